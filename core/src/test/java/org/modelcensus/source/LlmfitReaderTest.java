package org.modelcensus.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.Fixtures;

class LlmfitReaderTest {
    private final LlmfitReader reader = new LlmfitReader(new ObjectMapper());

    @TempDir
    Path directory;

    @Test
    void readsARealScrapeDatedByItsFileName() {
        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();

        reader.read(Fixtures.file("llmfit/hf_models_2026-05-10T1400Z.json"), Optional.empty(), sink, errors);

        assertThat(errors.messages()).isEmpty();
        assertThat(sink.rows).hasSize(12);
        assertThat(sink.rows).allSatisfy(row -> assertThat(row.date()).isEqualTo(LocalDate.of(2026, 5, 10)));
        // the fixture's first model, as in the source file: "brain-bzh/reve-positions", hf_downloads 34113
        ModelRecord first = sink.models().get(0);
        assertThat(first.id()).isEqualTo("brain-bzh/reve-positions");
        assertThat(first.namespace()).isEqualTo("brain-bzh");
        assertThat(first.downloadsLast30Days()).hasValue(34_113);
        assertThat(first.downloadsAllTime()).isEmpty();
        assertThat(first.parameters()).hasValue(1629);
        assertThat(first.pipelineTag())
                .as("llmfit writes \"unknown\" for a missing tag")
                .isEmpty();
        // the sum of hf_downloads of the 12 fixture rows, added up by hand from the file
        assertThat(sink.models().stream()
                        .mapToLong(model -> model.downloadsLast30Days().getAsLong())
                        .sum())
                .isEqualTo(570_238);
    }

    @Test
    void reportsBadModelsAndMalformedJsonWithTheirLines() throws IOException {
        Path file = directory.resolve("hf_models_2026-01-02T0000Z.json");
        Files.writeString(
                file,
                "[\n"
                        + "  {\"name\": \"a/ok\", \"hf_downloads\": 3},\n"
                        + "  {\"name\": \"a/bad\", \"hf_downloads\": -3},\n"
                        + "  {\"provider\": \"x\"},\n"
                        + "  {\"name\": \"a/cut\", \"hf_downloads\": \n",
                StandardCharsets.UTF_8);

        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();
        reader.read(InputFile.of(file), Optional.empty(), sink, errors);

        assertThat(errors.messages())
                .containsExactly(
                        file + ":3 (model 2): \"hf_downloads\" is -3; expected a non-negative integer",
                        file + ":4 (model 3): no \"name\"; expected the model's Hub id such as \"Qwen/Qwen3-8B\"",
                        file + ":6: malformed JSON (Unexpected end-of-input within/between Object entries)");
        assertThat(sink.models()).extracting(ModelRecord::id).containsExactly("a/ok");
    }

    @Test
    void rejectsAFileThatIsNotAnArray() throws IOException {
        Path file = directory.resolve("hf_models_2026-01-02T0000Z.json");
        Files.writeString(file, "{\"name\": \"a/b\"}", StandardCharsets.UTF_8);
        RowErrors errors = new RowErrors();

        reader.read(InputFile.of(file), Optional.empty(), new CollectingSink(), errors);

        assertThat(errors.messages()).containsExactly(file + ":1: expected a JSON array of models");
    }
}
