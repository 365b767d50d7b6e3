package org.modelcensus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/** Saved answers of ModelScope's API in the shapes its SDK documents (hub/api.py: list_models, get_model). */
class ModelScopeApiReaderTest {
    private static final String QWEN = "{\"Id\": 1, \"Path\": \"Qwen\", \"Name\": \"Qwen2.5-7B-Instruct\","
            + " \"ChineseName\": \"通义千问2.5-7B-Instruct\", \"Downloads\": 1520334, \"Stars\": 91, \"Likes\": 94,"
            + " \"CreatedTime\": 1726563541, \"LastUpdatedTime\": 1727092232, \"License\": \"Apache License 2.0\","
            + " \"Tasks\": [{\"Name\": \"text-generation\", \"ChineseName\": \"文本生成\"}],"
            + " \"Tags\": [\"qwen2.5\", \"chat\"]}";
    private static final String GLM = "{\"Path\": \"ZhipuAI\", \"Name\": \"glm-4-9b-chat\", \"Downloads\": 80214,"
            + " \"Stars\": 12, \"CreatedTime\": \"2024-06-05T08:00:00Z\"}";

    private final ModelScopeApiReader reader = new ModelScopeApiReader(new ObjectMapper());

    @TempDir
    Path directory;

    private InputFile write(String name, String text) throws IOException {
        Path path = directory.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return InputFile.of(path);
    }

    private CollectingSink read(InputFile file, RowErrors errors) {
        CollectingSink sink = new CollectingSink();
        reader.read(file, Optional.empty(), sink, errors);
        return sink;
    }

    @Test
    void readsAListingPageAndASingleModelAnswerOneAfterTheOther() throws IOException {
        String page = "{\"Code\": 200, \"Success\": true, \"Message\": \"success\", \"Data\": {\"Models\": [" + QWEN
                + "], \"TotalCount\": 322}}";
        String single = "{\"Code\": 200, \"Success\": true, \"Data\": " + GLM + "}";
        RowErrors errors = new RowErrors();

        CollectingSink sink = read(write("modelscope_2025-07-07.json", page + "\n" + single + "\n"), errors);

        assertThat(errors.messages()).isEmpty();
        assertThat(sink.rows).hasSize(2);
        assertThat(sink.rows.get(0)).satisfies(row -> {
            assertThat(row.date()).isEqualTo(LocalDate.of(2025, 7, 7));
            assertThat(row.model().id()).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
            assertThat(row.model().namespace()).isEqualTo("Qwen");
            assertThat(row.model().downloadsAllTime()).hasValue(1_520_334);
            assertThat(row.model().downloadsLast30Days()).isEmpty();
            assertThat(row.model().likes()).as("Likes wins over Stars").hasValue(94);
            assertThat(row.model().createdAt()).contains(Instant.ofEpochSecond(1_726_563_541));
            assertThat(row.model().lastModified()).contains(Instant.ofEpochSecond(1_727_092_232));
            assertThat(row.model().license()).contains("Apache License 2.0");
            assertThat(row.model().pipelineTag()).contains("text-generation");
            assertThat(row.model().tags()).containsExactly("qwen2.5", "chat");
        });
        assertThat(sink.rows.get(1).model()).satisfies(model -> {
            assertThat(model.id()).isEqualTo("ZhipuAI/glm-4-9b-chat");
            assertThat(model.likes()).as("Stars without Likes").hasValue(12);
            assertThat(model.createdAt()).contains(Instant.parse("2024-06-05T08:00:00Z"));
        });
    }

    @Test
    void readsPrettyPrintedAnswersBareDataAndArraysOfModels() throws IOException {
        String pretty = new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(new ObjectMapper().readTree("{\"Models\": [" + QWEN + "], \"TotalCount\": 1}"));
        RowErrors errors = new RowErrors();

        CollectingSink sink =
                read(write("ms-2025-07-07.json", pretty + "\n[" + GLM + ", " + GLM + "]\n" + QWEN), errors);

        assertThat(errors.messages()).isEmpty();
        assertThat(sink.rows.stream().map(row -> row.model().id()))
                .containsExactly(
                        "Qwen/Qwen2.5-7B-Instruct",
                        "ZhipuAI/glm-4-9b-chat",
                        "ZhipuAI/glm-4-9b-chat",
                        "Qwen/Qwen2.5-7B-Instruct");
    }

    @Test
    void badAnswersAndModelsAreRowErrorsNamingTheLine() throws IOException {
        String refused = "{\"Code\": 10010205, \"Success\": false, \"Message\": \"owner not found\", \"Data\": null}";
        String noPath = "{\"Data\": {\"Models\": [{\"Name\": \"x\", \"Downloads\": 1}]}}";
        String badTime = "{\"Path\": \"Qwen\", \"Name\": \"a\", \"CreatedTime\": \"yesterday\"}";
        String badTasks = "{\"Path\": \"Qwen\", \"Name\": \"b\", \"Tasks\": \"text-generation\"}";
        String negative = "{\"Path\": \"Qwen\", \"Name\": \"c\", \"Downloads\": -4}";
        String badId = "{\"Path\": \"Qwen\", \"Name\": \"a/b\"}";
        RowErrors errors = new RowErrors();

        CollectingSink sink = read(
                write(
                        "saved-2025-07-07.json",
                        String.join("\n", refused, noPath, badTime, badTasks, negative, badId, GLM, "{\"Path\": ")),
                errors);

        assertThat(sink.rows)
                .singleElement()
                .satisfies(row -> assertThat(row.model().id()).isEqualTo("ZhipuAI/glm-4-9b-chat"));
        assertThat(errors.messages())
                .hasSize(7)
                .anySatisfy(message -> assertThat(message)
                        .contains("saved-2025-07-07.json:1")
                        .contains("the request failed (Code 10010205: owner not found)"))
                .anySatisfy(message -> assertThat(message)
                        .contains("saved-2025-07-07.json:2 (model 1)")
                        .contains("no \"Path\""))
                .anySatisfy(message -> assertThat(message)
                        .contains("saved-2025-07-07.json:3")
                        .contains("\"CreatedTime\" is \"yesterday\"; expected seconds since 1970"))
                .anySatisfy(message -> assertThat(message).contains("\"Tasks\" is \"text-generation\""))
                .anySatisfy(message -> assertThat(message).contains("\"Downloads\" is -4"))
                .anySatisfy(message -> assertThat(message).contains("\"Path\"/\"Name\" is \"Qwen/a/b\""))
                .anySatisfy(message ->
                        assertThat(message).contains("saved-2025-07-07.json:8").contains("malformed JSON"));
    }

    @Test
    void aFileWithoutADateNeedsOne() throws IOException {
        InputFile file = write("models.json", QWEN);

        assertThatThrownBy(() -> read(file, new RowErrors()))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("models.json: no snapshot date")
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.MISSING_SNAPSHOT_DATE);
    }
}
