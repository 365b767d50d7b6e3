package org.modelcensus.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
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
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream input = file.open()) {
            JsonRecords.split(input, new JsonRecords.Listener() {
                @Override
                public void record(long line, byte[] bytes, int length) {
                    String place = file.name() + ":" + line;
                    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
                    CharBuffer out = CharBuffer.allocate(length);
                    CoderResult result = decoder.reset().decode(in, out, true);
                    if (!result.isError()) {
                        result = decoder.flush(out);
                    }
                    if (result.isError()) {
                        errors.add(
                                place,
                                String.format(
                                        Locale.ROOT,
                                        "invalid UTF-8 (byte 0x%02X at byte %d of the record)",
                                        bytes[in.position()] & 0xff,
                                        in.position() + 1));
                        return;
                    }
                    String text = out.flip().toString();
                    JsonNode node;
                    try {
                        node = json.readTree(text);
                    } catch (JsonProcessingException e) {
                        errors.add(place, "malformed JSON (" + e.getOriginalMessage() + ")");
                        return;
                    }
                    parser.parse(node, place, errors).ifPresent(model -> sink.accept(date, model));
                }

                @Override
                public void tooLong(long line) {
                    errors.add(
                            file.name() + ":" + line,
                            "the record is longer than " + (JsonRecords.MAXIMUM_RECORD_BYTES >> 20) + " MiB; skipped");
                }

                @Override
                public void malformed(long line, String problem) {
                    errors.add(file.name() + ":" + line, problem);
                }
            });
        } catch (IOException e) {
            throw file.unreadable(e);
        }
    }
}
