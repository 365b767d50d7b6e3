package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.modelcensus.source.Hub;

/**
 * How to import files.
 *
 * @param snapshotDate the date of the snapshot; when empty, each file's name must give one (formats whose files carry
 *     their own dates use it to pick a single day)
 * @param source the snapshot's source label; empty means the format's name
 * @param replace whether the snapshots written should hold exactly the imported rows, instead of adding them to (and
 *     updating) what the snapshots already hold
 * @param hub the hub the snapshots are of; all snapshots of a source are of one hub
 */
public record ImportOptions(Optional<LocalDate> snapshotDate, Optional<String> source, boolean replace, Hub hub) {
    /** Options of an import of Hugging Face snapshots. */
    public ImportOptions(Optional<LocalDate> snapshotDate, Optional<String> source, boolean replace) {
        this(snapshotDate, source, replace, Hub.HUGGINGFACE);
    }

    public ImportOptions {
        requireNonNull(snapshotDate, "snapshotDate is null");
        requireNonNull(source, "source is null");
        requireNonNull(hub, "hub is null");
        source.ifPresent(label -> {
            if (!label.matches("[a-z0-9][a-z0-9._-]*")) {
                throw new IllegalArgumentException("source label must be lower-case letters, digits, . _ -: " + label);
            }
        });
    }

    /** The same options for snapshots of another hub under another source label. */
    public ImportOptions of(Hub otherHub, String otherSource) {
        return new ImportOptions(snapshotDate, Optional.of(otherSource), replace, otherHub);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Optional.empty(), false);
    }
}
