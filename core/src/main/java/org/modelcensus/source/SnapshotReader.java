package org.modelcensus.source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads one input file of a known format, streaming: rows go to the sink as they are parsed and the file is never
 * held in memory whole. Row problems go to {@code errors} and reading goes on, so that one run reports many of them;
 * a problem that makes the rest of the file unreadable raises a {@link org.modelcensus.CensusException}.
 */
public interface SnapshotReader {
    /**
     * @param snapshotDate the date given by the user; readers whose files carry their own dates may ignore it
     */
    void read(InputFile file, Optional<LocalDate> snapshotDate, RowSink sink, RowErrors errors);
}
