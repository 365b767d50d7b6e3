package org.modelcensus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;

/** Rows as the OSIR-LMTS crawls of 2025-07-07 hold them (copied from its files, links and trees left out). */
class OsirLmtsReaderTest {
    private static final String HUGGING_FACE_ROW = "{\"repo\": \"internlm\", \"model_name\": \"internlm2_5-7b\","
            + " \"downloads_last_month\": 5302, \"likes\": 17, \"community\": 1, \"descendants\": 15,"
            + " \"date_crawl\": \"2025-07-07\"}";
    private static final String MODELSCOPE_ROW = "{\"repo\": \"BAAI\", \"model_name\": \"RoboBrain2.0-7B\","
            + " \"total_downloads\": 275, \"likes\": 0, \"community\": 0, \"date_crawl\": \"2025-07-07\"}";

    private final OsirLmtsReader reader = new OsirLmtsReader(new ObjectMapper());

    @TempDir
    Path directory;

    @Test
    void readsAHuggingFaceFileAsThirtyDayCounts() throws IOException {
        InputFile file = write("huggingface_2025-07-07.jsonl", HUGGING_FACE_ROW);
        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();

        reader.read(file, Optional.empty(), sink, errors);

        assertThat(errors.messages()).isEmpty();
        assertThat(reader.hub(file)).isEqualTo(Hub.HUGGINGFACE);
        assertThat(sink.rows).singleElement().satisfies(row -> {
            assertThat(row.date()).isEqualTo(LocalDate.of(2025, 7, 7));
            assertThat(row.model().id()).isEqualTo("internlm/internlm2_5-7b");
            assertThat(row.model().namespace()).isEqualTo("internlm");
            assertThat(row.model().downloadsLast30Days()).hasValue(5302);
            assertThat(row.model().downloadsAllTime()).isEmpty();
            assertThat(row.model().likes()).hasValue(17);
        });
    }

    @Test
    void readsAModelScopeFileAsAllTimeCounts() throws IOException {
        InputFile file = write("modelscope_2025-07-07.jsonl", MODELSCOPE_ROW);
        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();

        reader.read(file, Optional.empty(), sink, errors);

        assertThat(errors.messages()).isEmpty();
        assertThat(reader.hub(file)).isEqualTo(Hub.MODELSCOPE);
        ModelRecord model = sink.models().get(0);
        assertThat(model.id()).isEqualTo("BAAI/RoboBrain2.0-7B");
        assertThat(model.downloadsAllTime()).hasValue(275);
        assertThat(model.downloadsLast30Days()).isEmpty();
    }

    @Test
    void aFileNamedNeitherWayIsOfTheHubItsFirstRowSaysAndDatedByItsRows() throws IOException {
        InputFile file = write("crawl.jsonl", MODELSCOPE_ROW);
        CollectingSink sink = new CollectingSink();

        reader.read(file, Optional.empty(), sink, new RowErrors());

        assertThat(reader.hub(file)).isEqualTo(Hub.MODELSCOPE);
        assertThat(sink.rows.get(0).date()).as("date_crawl").isEqualTo(LocalDate.of(2025, 7, 7));
    }

    @Test
    void aGivenDateWinsOverTheFileName() throws IOException {
        CollectingSink sink = new CollectingSink();

        reader.read(
                write("huggingface_2025-07-07.jsonl", HUGGING_FACE_ROW),
                Optional.of(LocalDate.of(2025, 7, 8)),
                sink,
                new RowErrors());

        assertThat(sink.rows.get(0).date()).isEqualTo(LocalDate.of(2025, 7, 8));
    }

    @Test
    void badRowsAreNamedByLineAndTheRestIsRead() throws IOException {
        InputFile file = write(
                "huggingface_2025-07-07.jsonl",
                MODELSCOPE_ROW,
                "{\"repo\": \"internlm\", \"downloads_last_month\": 3}",
                "{\"repo\": \"intern lm\", \"model_name\": \"x\", \"downloads_last_month\": 3}",
                "{\"repo\": \"internlm\", \"model_name\": \"x\", \"downloads_last_month\": -3}",
                "[1]",
                HUGGING_FACE_ROW);
        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();

        reader.read(file, Optional.empty(), sink, errors);

        assertThat(errors.messages())
                .hasSize(5)
                .anySatisfy(message -> assertThat(message)
                        .contains("huggingface_2025-07-07.jsonl:1")
                        .contains("\"total_downloads\", a count of the other hub, in a Hugging Face file"))
                .anySatisfy(message -> assertThat(message).contains(":2").contains("no \"model_name\""))
                .anySatisfy(message -> assertThat(message).contains(":3").contains("\"repo\"/\"model_name\" is"))
                .anySatisfy(message -> assertThat(message).contains(":4").contains("non-negative"))
                .anySatisfy(message -> assertThat(message).contains(":5").contains("expected a JSON object"));
        assertThat(sink.models()).extracting(ModelRecord::id).containsExactly("internlm/internlm2_5-7b");
    }

    @Test
    void aFileOfNoKnownHubIsRefusedByName() throws IOException {
        InputFile file = write("crawl.jsonl", "{\"repo\": \"BAAI\", \"model_name\": \"x\"}");

        assertThatThrownBy(() -> reader.hub(file))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("crawl.jsonl: cannot tell which hub this OSIR-LMTS file is of");
    }

    private InputFile write(String name, String... lines) throws IOException {
        Path path = directory.resolve(name);
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return InputFile.of(path);
    }
}
