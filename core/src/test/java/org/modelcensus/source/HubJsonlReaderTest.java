package org.modelcensus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.Fixtures;

class HubJsonlReaderTest {
    private final HubJsonlReader reader = new HubJsonlReader(new ObjectMapper());

    @TempDir
    Path directory;

    @Test
    void readsRealHubApiObjectsWithTheDateFromTheFileName() {
        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();

        reader.read(Fixtures.file("hub/crawl_20250422.jsonl"), Optional.empty(), sink, errors);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(sink.rows).hasSize(4);
        assertThat(sink.rows).allSatisfy(row -> assertThat(row.date()).isEqualTo(LocalDate.of(2025, 4, 22)));
        ModelRecord first = sink.models().get(0);
        assertThat(first.id()).isEqualTo("deepseek-ai/DeepSeek-R1");
        assertThat(first.namespace()).isEqualTo("deepseek-ai");
        assertThat(first.createdAt()).contains(Instant.parse("2025-01-20T03:46:07Z"));
        assertThat(first.downloadsLast30Days()).hasValue(1_757_133);
        assertThat(first.downloadsAllTime()).isEmpty();
        assertThat(first.likes()).hasValue(11_967);
        assertThat(first.pipelineTag()).contains("text-generation");
        assertThat(first.libraryName()).contains("transformers");
        assertThat(first.license()).contains("mit");
        assertThat(first.gated()).contains("false");
        assertThat(first.tags()).contains("license:mit", "region:us");
        assertThat(first.baseModelDeclaration()).isEmpty();
        ModelRecord derivative = sink.models().get(1);
        assertThat(derivative.baseModelDeclaration()).contains("[\"deepseek-ai/DeepSeek-R1\"]");
        ModelRecord quantized = sink.models().get(2);
        assertThat(quantized.baseModelDeclaration()).contains("\"perplexity-ai/r1-1776\"");
    }

    @Test
    void takesModelIdAndAuthorFallbacksAndIgnoresUnknownFields() throws IOException {
        Path file = write(
                "models.jsonl",
                "{\"modelId\":\"Qwen/Qwen3-8B\",\"downloads\":5,\"somethingNew\":{\"x\":1}}",
                "",
                "{\"id\":\"gpt2\",\"author\":\"openai-community\",\"downloadsAllTime\":12.0,"
                        + "\"safetensors\":{\"total\":124439808},\"gated\":\"manual\"}");

        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();
        reader.read(InputFile.of(file), Optional.of(LocalDate.of(2026, 1, 1)), sink, errors);

        assertThat(errors.messages()).isEmpty();
        assertThat(sink.models())
                .extracting(ModelRecord::id, ModelRecord::namespace)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Qwen/Qwen3-8B", "Qwen"),
                        org.assertj.core.groups.Tuple.tuple("gpt2", "openai-community"));
        assertThat(sink.models().get(1).downloadsAllTime()).isEqualTo(OptionalLong.of(12));
        assertThat(sink.models().get(1).parameters()).hasValue(124_439_808);
        assertThat(sink.models().get(1).gated()).contains("manual");
    }

    @Test
    void storesTheHubPlaceholderCreationDateAsUnknown() throws IOException {
        Path file = write("models.jsonl", "{\"id\":\"google/bert\",\"createdAt\":\"2022-03-02T23:29:04.000Z\"}");

        CollectingSink sink = new CollectingSink();
        reader.read(InputFile.of(file), Optional.of(LocalDate.of(2026, 1, 1)), sink, new RowErrors());

        ModelRecord model = sink.models().get(0);
        assertThat(model.createdAt()).isEmpty();
        assertThat(model.createdAtPlaceholder()).isTrue();
    }

    @Test
    void readsGzipCompressedFiles() throws IOException {
        Path file = directory.resolve("models_2026-03-01.jsonl.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("{\"id\":\"a/b\",\"downloads\":3}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());

        CollectingSink sink = new CollectingSink();
        reader.read(InputFile.of(file), Optional.empty(), sink, new RowErrors());

        assertThat(sink.rows).singleElement().satisfies(row -> {
            assertThat(row.date()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(row.model().downloadsLast30Days()).hasValue(3);
        });
    }

    @Test
    void reportsEveryBadRowWithFileLineAndWhatWasExpected() throws IOException {
        Path file = write(
                "models.jsonl",
                "{\"id\":\"a/good\",\"downloads\":1}",
                "{\"id\":\"a/broken\",\"downloads\":",
                "{\"author\":\"someone\"}",
                "{\"id\":\"a/negative\",\"downloads\":-4}",
                "{\"id\":\"a/text\",\"downloads\":\"many\",\"likes\":1.5}",
                "{\"id\":\"noslash\"}",
                "[1,2]",
                "{\"id\":\"a/date\",\"createdAt\":\"yesterday\",\"tags\":\"x\"}");

        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();
        reader.read(InputFile.of(file), Optional.of(LocalDate.of(2026, 1, 1)), sink, errors);

        String name = file.toString();
        assertThat(errors.messages())
                .containsExactly(
                        name + ":2: malformed JSON (Unexpected end-of-input within/between Object entries)",
                        name + ":3: no \"id\" (or \"modelId\"); expected the model's Hub id such as \"Qwen/Qwen3-8B\"",
                        name + ":4: \"downloads\" is -4; expected a non-negative integer",
                        name + ":5: \"downloads\" is \"many\"; expected a non-negative integer",
                        name + ":5: \"likes\" is 1.5; expected a non-negative integer",
                        name + ":6: \"id\" is \"noslash\" and there is no \"author\"; expected an id of the form"
                                + " \"owner/name\"",
                        name + ":7: is [1,2]; expected a JSON object describing a model",
                        name + ":8: \"createdAt\" is \"yesterday\"; expected an ISO-8601 time such as"
                                + " 2025-01-20T03:46:07Z",
                        name + ":8: \"tags\" is \"x\"; expected an array of strings");
        assertThat(sink.models()).extracting(ModelRecord::id).containsExactly("a/good");
    }

    @Test
    void keepsTwentyErrorsAndCountsTheRest() throws IOException {
        String[] lines = new String[25];
        for (int index = 0; index < lines.length; index++) {
            lines[index] = "{\"id\":\"a/m" + index + "\",\"downloads\":-1}";
        }
        Path file = write("models.jsonl", lines);
        RowErrors errors = new RowErrors();

        reader.read(InputFile.of(file), Optional.of(LocalDate.of(2026, 1, 1)), new CollectingSink(), errors);

        assertThat(errors.count()).isEqualTo(25);
        assertThat(errors.messages()).hasSize(20);
        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOf(CensusException.class)
                .hasMessageStartingWith("25 bad rows; nothing was imported:")
                .hasMessageEndingWith("... and 5 more")
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.MALFORMED_ROWS);
    }

    @Test
    void needsASnapshotDateFromTheFlagOrTheFileName() throws IOException {
        Path file = write("models.jsonl", "{\"id\":\"a/b\"}");

        assertThatThrownBy(
                        () -> reader.read(InputFile.of(file), Optional.empty(), new CollectingSink(), new RowErrors()))
                .isInstanceOf(CensusException.class)
                .hasMessage(file + ": no snapshot date; give --snapshot-date YYYY-MM-DD (the file name holds none)")
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.MISSING_SNAPSHOT_DATE);
    }

    @Test
    void aMissingFileIsUnreadable() {
        InputFile missing = InputFile.of(directory.resolve("missing_2026-01-01.jsonl"));

        assertThatThrownBy(() -> reader.read(missing, Optional.empty(), new CollectingSink(), new RowErrors()))
                .isInstanceOf(CensusException.class)
                .hasMessage(missing.name() + ": no such file")
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.UNREADABLE_FILE);
    }

    @Test
    void readsSavedApiPagesAsArraysOneAfterAnotherWithTheLineOfEachElement() throws IOException {
        Path file = directory.resolve("pages.json");
        Files.writeString(
                file,
                "\uFEFF[\n  {\"id\": \"a/one\", \"downloads\": 1},\n  {\"id\": \"a/two\",\n   \"downloads\": 2}\n]\n"
                        + "[{\"id\": \"b/three\", \"tags\": [\"x]\"]}, {\"id\": \"b/four\", \"downloads\": -1}]",
                StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();

        reader.read(InputFile.of(file), Optional.of(LocalDate.of(2026, 1, 1)), sink, errors);

        assertThat(sink.models()).extracting(ModelRecord::id).containsExactly("a/one", "a/two", "b/three");
        assertThat(sink.models().get(2).tags()).containsExactly("x]");
        assertThat(errors.messages())
                .containsExactly(file + ":6: \"downloads\" is -1; expected a non-negative integer");
    }

    @Test
    void aDownloadCountAboveATrillionIsARowErrorSoThatNoSumOfASnapshotCanOverflow() throws IOException {
        Path file = write(
                "big.jsonl",
                "{\"id\":\"a/x\",\"downloads\":1000000000000}",
                "{\"id\":\"a/y\",\"downloadsAllTime\":9000000000000000000}");
        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();

        reader.read(InputFile.of(file), Optional.of(LocalDate.of(2026, 1, 1)), sink, errors);

        assertThat(sink.models()).extracting(ModelRecord::id).containsExactly("a/x");
        assertThat(errors.messages())
                .containsExactly(file + ":2: \"downloadsAllTime\" is 9000000000000000000; expected a download count of"
                        + " at most 1,000,000,000,000");
    }

    @Test
    void anArrayCutShortIsAnErrorNamingWhereTheFileEnds() throws IOException {
        Path file = directory.resolve("page.json");
        Files.writeString(file, "[{\"id\": \"a/one\"},\n{\"id\": \"a/t", StandardCharsets.UTF_8);
        RowErrors errors = new RowErrors();

        reader.read(InputFile.of(file), Optional.of(LocalDate.of(2026, 1, 1)), new CollectingSink(), errors);

        assertThat(errors.messages())
                .containsExactly(file + ":2: the file ends inside a JSON array (a truncated page?)");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndInvalidUtf8IsAnErrorNamingTheLine() throws IOException {
        Path file = directory.resolve("models.jsonl");
        byte[] bad = "{\"id\":\"a/caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        bytes.write("{\"id\":\"a/first\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(bad);
        bytes.write("{\"id\":\"a/third\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();

        reader.read(InputFile.of(file), Optional.of(LocalDate.of(2026, 1, 1)), sink, errors);

        assertThat(sink.models()).extracting(ModelRecord::id).containsExactly("a/first", "a/third");
        assertThat(errors.messages()).containsExactly(file + ":2: invalid UTF-8 (byte 0xE9 at byte 13 of the record)");
    }

    @Test
    void readsEveryMemberOfAMultiMemberGzipAndRefusesATruncatedOne() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (int member = 0; member < 3; member++) {
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(one)) {
                for (int index = 0; index < 100; index++) {
                    gzip.write(("{\"id\":\"a/m" + member + "-" + index + "\"}\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            whole.write(one.toByteArray());
        }
        byte[] bytes = whole.toByteArray();
        Path complete = directory.resolve("complete.jsonl.gz");
        Files.write(complete, bytes);
        Path truncated = directory.resolve("truncated.jsonl.gz");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        CollectingSink sink = new CollectingSink();

        reader.read(InputFile.of(complete), Optional.of(LocalDate.of(2026, 1, 1)), sink, new RowErrors());

        assertThat(sink.rows).hasSize(300);
        assertThatThrownBy(() -> reader.read(
                        InputFile.of(truncated),
                        Optional.of(LocalDate.of(2026, 1, 1)),
                        new CollectingSink(),
                        new RowErrors()))
                .isInstanceOf(CensusException.class)
                .hasMessage(truncated + ": is truncated (it ends inside compressed data); nothing was imported from it")
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.UNREADABLE_FILE);
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }
}
