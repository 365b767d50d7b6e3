package org.modelcensus.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads Hub API model objects ({@code hub-jsonl}): JSON Lines with one object per line, or JSON arrays of them as
 * {@code /api/models} answers (one saved page, or several one after another), streamed either way. Blank lines are
 * skipped and a UTF-8 byte order mark is accepted; invalid UTF-8 and a record longer than 64 MiB are row errors
 * naming the line.
 */
public final class HubJsonlReader implements SnapshotReader {
    private final ObjectMapper json;
    private final HubModelParser parser = new HubModelParser();

    public HubJsonlReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void read(InputFile file, Optional<LocalDate> snapshotDate, RowSink sink, RowErrors errors) {
        LocalDate date = SnapshotDates.resolve(snapshotDate, file);
        JsonObjects.read(file, json, errors, (place, node) -> {
            parser.parse(node, place, errors).ifPresent(model -> sink.accept(date, model));
            return true;
        });
    }
}
