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
import java.util.Locale;

/**
 * The JSON values of a file of JSON Lines or JSON arrays (see {@link JsonRecords}), parsed one at a time. Invalid
 * UTF-8, malformed JSON and a record longer than 64 MiB are row errors naming the line; reading goes on after them.
 */
final class JsonObjects {
    /** What is done with each value parsed. */
    @FunctionalInterface
    interface Handler {
        /**
         * @param place the file and line, for messages
         * @return whether to read on
         */
        boolean value(String place, JsonNode value);
    }

    private JsonObjects() {}

    /** Hands each value of the file to {@code handler} until it says stop or the file ends. */
    static void read(InputFile file, ObjectMapper json, RowErrors errors, Handler handler) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean[] stopped = {false};
        try (InputStream input = file.open()) {
            JsonRecords.split(input, new JsonRecords.Listener() {
                @Override
                public void record(long line, byte[] bytes, int length) {
                    if (stopped[0]) {
                        return;
                    }
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
                    JsonNode node;
                    try {
                        node = json.readTree(out.flip().toString());
                    } catch (JsonProcessingException e) {
                        errors.add(place, "malformed JSON (" + e.getOriginalMessage() + ")");
                        return;
                    }
                    stopped[0] = !handler.value(place, node);
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
