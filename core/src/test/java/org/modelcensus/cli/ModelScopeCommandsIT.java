package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.source.FakeHub;
import org.modelcensus.source.FakeModelScope;

/** ModelScope's crawl and saved answers as a user works with them, against the fake of its API. */
class ModelScopeCommandsIT {
    private static final String TOKEN = "ms-notARealTokenButSecret7";

    private final FakeModelScope modelScope = FakeModelScope.serving(FakeModelScope.sampleModels());

    @TempDir
    Path directory;

    @AfterEach
    void stop() {
        modelScope.close();
    }

    @Test
    void aCrawlOfTwoOwnersIsAModelScopeSnapshotWithTheirAllTimeCounts() throws IOException {
        modelScope.fault(2, new FakeHub.Unavailable()).fault(5, new FakeHub.RetryAfter(1));
        CliRunner cli = new CliRunner(directory, Map.of("MODELSCOPE_API_TOKEN", TOKEN));
        Path store = directory.resolve("census.duckdb");

        CliRunner.Result crawl = cli.run(
                "crawl",
                "--hub",
                "modelscope",
                "--endpoint",
                modelScope.endpoint().toString(),
                "--owner",
                "ZhipuAI",
                "--owner",
                "deepseek-ai",
                "--store",
                store.toString());

        assertThat(crawl.exitCode()).as(crawl.err()).isZero();
        assertThat(crawl.out())
                .contains("Crawled 187 models in 3 pages into snapshot ")
                .contains("(modelscope-api), which now holds 187 models");
        assertThat(crawl.out() + crawl.err()).doesNotContain(TOKEN);
        assertThat(modelScope.requests())
                .allSatisfy(request -> assertThat(request.cookie()).contains("m_session_id=" + TOKEN));
        JsonNode snapshot = cli.json(store, "status").get("snapshots").get(0);
        assertThat(snapshot.get("hub").asText()).isEqualTo("modelscope");
        assertThat(snapshot.get("format").asText()).isEqualTo("modelscope-api");
        assertThat(snapshot.get("downloadsAllTime").asLong()).isEqualTo(osirAllTime(List.of("ZhipuAI", "deepseek-ai")));
    }

    @Test
    void savedAnswersImportAsModelScopeSnapshotsAndABadOneLeavesTheStoreAsItWas() throws IOException {
        CliRunner cli = new CliRunner(directory, Map.of());
        Path store = directory.resolve("census.duckdb");
        Path saved = directory.resolve("qwen_2025-07-07.json");
        ObjectMapper json = new ObjectMapper();
        var page = json.createObjectNode().put("Code", 200).put("Success", true);
        var models = page.putObject("Data").putArray("Models");
        modelScope.models("Qwen").forEach(models::add);
        page.with("Data").put("TotalCount", models.size());
        Files.writeString(saved, json.writerWithDefaultPrettyPrinter().writeValueAsString(page));
        Path bad = directory.resolve("bad_2025-08-07.json");
        Files.writeString(
                bad, "{\"Data\": {\"Models\": [{\"Path\": \"Qwen\", \"Name\": \"x\", \"Downloads\": \"many\"}]}}");

        CliRunner.Result imported =
                cli.run("import", saved.toString(), "--format", "modelscope-api", "--store", store.toString());
        CliRunner.Result refused =
                cli.run("import", bad.toString(), "--format", "modelscope-api", "--store", store.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("snapshot 2025-07-07 (modelscope-api), which now holds 322 models");
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err()).contains("bad_2025-08-07.json:1 (model 1): \"Downloads\" is \"many\"");
        JsonNode snapshots = cli.json(store, "status").get("snapshots");
        assertThat(snapshots).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.get("hub").asText()).isEqualTo("modelscope");
            assertThat(snapshot.get("downloadsAllTime").asLong()).isEqualTo(osirAllTime(List.of("Qwen")));
        });
    }

    @Test
    void wrongFlagsAreUsageErrors() {
        CliRunner cli = new CliRunner(directory, Map.of());
        String store = directory.resolve("census.duckdb").toString();
        String endpoint = modelScope.endpoint().toString();

        CliRunner.Result noOwner = cli.run("crawl", "--hub", "modelscope", "--endpoint", endpoint, "--store", store);
        CliRunner.Result search = cli.run(
                "crawl",
                "--hub",
                "modelscope",
                "--endpoint",
                endpoint,
                "--owner",
                "Qwen",
                "--search",
                "VL",
                "--store",
                store);
        CliRunner.Result bigPages = cli.run(
                "crawl",
                "--hub",
                "modelscope",
                "--endpoint",
                endpoint,
                "--owner",
                "Qwen",
                "--page-size",
                "500",
                "--store",
                store);
        CliRunner.Result unknownHub = cli.run("crawl", "--hub", "gitee", "--store", store);

        assertThat(List.of(noOwner, search, bigPages, unknownHub))
                .allSatisfy(result -> assertThat(result.exitCode()).isEqualTo(2));
        assertThat(noOwner.err()).contains("ModelScope lists models by owner only; give --owner NAME");
        assertThat(search.err()).contains("leave out --search with --hub modelscope");
        assertThat(bigPages.err()).contains("--page-size is 500; expected 1 to 100");
        assertThat(unknownHub.err()).contains("--hub is \"gitee\"; expected one of huggingface, modelscope");
        assertThat(modelScope.requests()).isEmpty();
        assertThat(Path.of(store)).doesNotExist();
    }

    /** The sum of the owners' all-time counts in the bundled OSIR-LMTS crawl, read with plain JSON. */
    private static long osirAllTime(List<String> owners) throws IOException {
        long total = 0;
        ObjectMapper json = new ObjectMapper();
        try (InputStream raw =
                        Files.newInputStream(Path.of("../data/sample/osir-lmts/modelscope_2025-07-07.jsonl.gz"));
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = json.readTree(line);
                if (owners.contains(row.get("repo").asText())) {
                    total += row.get("total_downloads").asLong();
                }
            }
        }
        return total;
    }
}
