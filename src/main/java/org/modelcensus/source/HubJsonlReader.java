package org.modelcensus.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads JSON Lines with one Hub API model object per line ({@code hub-jsonl}), as {@code /api/models} returns them.
 * Blank lines are skipped.
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
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8), 1 << 16)) {
            long lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String place = file.name() + ":" + lineNumber;
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JsonProcessingException e) {
                    errors.add(place, "malformed JSON (" + e.getOriginalMessage() + ")");
                    continue;
                }
                parser.parse(node, place, errors).ifPresent(model -> sink.accept(date, model));
            }
        } catch (IOException e) {
            throw file.unreadable(e);
        }
    }
}
