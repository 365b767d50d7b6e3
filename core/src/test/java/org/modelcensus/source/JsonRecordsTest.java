package org.modelcensus.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {
    /** What the splitter reported, one entry per call. */
    private static List<String> split(String text, int maximum) throws IOException {
        List<String> found = new ArrayList<>();
        JsonRecords.split(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new JsonRecords.Listener() {
                    @Override
                    public void record(long line, byte[] bytes, int length) {
                        found.add(line + " " + new String(bytes, 0, length, StandardCharsets.UTF_8).strip());
                    }

                    @Override
                    public void tooLong(long line) {
                        found.add(line + " too long");
                    }

                    @Override
                    public void malformed(long line, String problem) {
                        found.add(line + " " + problem);
                    }
                },
                maximum);
        return found;
    }

    @Test
    void aLineLongerThanTheMaximumIsReportedAndTheNextOneRead() throws IOException {
        assertThat(split("{\"a\":1}\r\n\n{\"b\":\"" + "x".repeat(100) + "\"}\n  \n{\"c\":3}", 50))
                .containsExactly("1 {\"a\":1}", "3 too long", "5 {\"c\":3}");
    }

    @Test
    void anArrayElementLongerThanTheMaximumIsReportedAndTheNextOneRead() throws IOException {
        assertThat(split("[{\"a\":[1,2]},\n{\"b\":\"" + "y".repeat(100) + "\"},\n{\"c\":\"}]\\\"\"}]", 50))
                .containsExactly("1 {\"a\":[1,2]}", "2 too long", "3 {\"c\":\"}]\\\"\"}");
    }

    @Test
    void somethingElseAfterAnArrayIsMalformed() throws IOException {
        assertThat(split("[{\"a\":1}]\n[]\n{\"b\":2}", 50))
                .containsExactly("1 {\"a\":1}", "3 expected '[' (another page of models) or the end of the file");
    }

    @Test
    void anEmptyInputHasNoRecords() throws IOException {
        assertThat(split("", 50)).isEmpty();
        assertThat(split("\uFEFF \n", 50)).isEmpty();
    }
}
