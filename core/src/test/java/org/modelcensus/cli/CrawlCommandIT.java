package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.source.FakeHub;

/** The crawl command as a user runs it, against the fake Hub: with faults, and killed mid-way. */
class CrawlCommandIT {
    private static final String TOKEN = "hf_notARealTokenButSecret42";

    private final ObjectMapper json = new ObjectMapper();
    private final FakeHub hub = FakeHub.serving(FakeHub.sampleModels());

    @TempDir
    Path directory;

    @AfterEach
    void stopHub() {
        hub.close();
    }

    @Test
    void aCrawlWithFaultsGivesTheStatusAndSharesOfADirectImport() throws IOException {
        hub.fault(2, new FakeHub.RateLimited(1))
                .fault(4, new FakeHub.Truncated())
                .fault(6, new FakeHub.Shifted(7));
        CliRunner cli = new CliRunner(directory, Map.of("HF_TOKEN", TOKEN));
        String crawled = directory.resolve("crawled.duckdb").toString();
        String imported = directory.resolve("imported.duckdb").toString();

        CliRunner.Result crawl =
                cli.run("crawl", "--endpoint", hub.endpoint().toString(), "--page-size", "60", "--store", crawled);
        Path file = directory.resolve("models.jsonl");
        Files.write(file, hub.models().stream().map(JsonNode::toString).toList(), StandardCharsets.UTF_8);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        cli.run("import", file.toString(), "--format", "hub-jsonl", "--snapshot-date", today, "--store", imported);

        assertThat(crawl.exitCode()).as(crawl.err()).isZero();
        assertThat(crawl.out())
                .contains("Crawled " + (hub.models().size() + 7) + " models in 7 pages into snapshot " + today
                        + " (hub-api), which now holds " + hub.models().size() + " models")
                .contains("7 models were listed on more than one page; the last listing was kept.");
        assertThat(crawl.out() + crawl.err()).doesNotContain(TOKEN);
        assertThat(hub.requests())
                .allSatisfy(request -> assertThat(request.authorization()).contains("Bearer " + TOKEN));
        assertThat(cli.json(Path.of(crawled), "status").get("snapshots").get(0).get("models"))
                .isEqualTo(cli.json(Path.of(imported), "status")
                        .get("snapshots")
                        .get(0)
                        .get("models"));
        assertThat(cli.json(Path.of(crawled), "status").get("snapshots").get(0).get("downloads30d"))
                .isEqualTo(cli.json(Path.of(imported), "status")
                        .get("snapshots")
                        .get(0)
                        .get("downloads30d"));
        for (String by : List.of("country", "organization", "type")) {
            JsonNode fromCrawl = cli.json(Path.of(crawled), "shares", "--by", by);
            JsonNode fromImport = cli.json(Path.of(imported), "shares", "--by", by);
            assertThat(fromCrawl.get("rows")).isEqualTo(fromImport.get("rows"));
            assertThat(fromCrawl.get("concentration")).isEqualTo(fromImport.get("concentration"));
        }
    }

    @Test
    void aCrawlKilledMidWayResumesWithoutRefetchingOrLosingPages() throws Exception {
        hub.fault(4, new FakeHub.Hang());
        Path store = directory.resolve("census.duckdb");
        Path jar = Path.of("target", "modelcensus.jar").toAbsolutePath();
        assertThat(jar).exists();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "crawl",
                        "--endpoint",
                        hub.endpoint().toString(),
                        "--page-size",
                        "50",
                        "--store",
                        store.toString())
                .redirectOutput(directory.resolve("out.txt").toFile())
                .redirectError(directory.resolve("err.txt").toFile());
        builder.environment().put("HOME", directory.toString());
        Process crawl = builder.start();
        assertThat(hub.awaitHanging(120))
                .as("the crawl reaches its fourth page")
                .isTrue();

        crawl.destroyForcibly(); // kill -9: no clean-up runs
        assertThat(crawl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        hub.release();
        int before = hub.requests().size();
        // wide enough that the listing's long address stays on the line it is named in
        CliRunner cli = new CliRunner(directory, Map.of("COLUMNS", "1000"));
        CliRunner.Result status = cli.run("status", "--store", store.toString());
        JsonNode interrupted = cli.json(store, "status").get("interruptedCrawls");
        assertThat(status.out())
                .contains(
                        "Interrupted crawl (source hub-api, snapshot ",
                        "3 pages and 150 models so far, from " + hub.endpoint() + "/api/models?limit=50")
                .contains("Run the same `modelcensus crawl` command to resume it, or add --restart to discard it.");
        assertThat(interrupted).singleElement().satisfies(checkpoint -> {
            assertThat(checkpoint.get("pages").asLong()).isEqualTo(3);
            assertThat(checkpoint.get("models").asLong()).isEqualTo(150);
        });
        CliRunner.Result resumed = cli.run(
                "crawl", "--endpoint", hub.endpoint().toString(), "--page-size", "50", "--store", store.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("(resumed from a checkpoint)");
        assertThat(cli.json(store, "status").get("interruptedCrawls")).isEmpty();
        // pages 1 to 3 were committed before the kill; the resumed crawl starts at the fourth
        assertThat(hub.requests().subList(before, hub.requests().size()))
                .extracting(FakeHub::offsetOf)
                .containsExactly(150, 200, 250, 300, 350);
        Path file = directory.resolve("models.jsonl");
        Files.write(file, hub.models().stream().map(JsonNode::toString).toList(), StandardCharsets.UTF_8);
        String imported = directory.resolve("imported.duckdb").toString();
        String snapshotDate =
                cli.json(store, "status").get("snapshots").get(0).get("date").asText();
        cli.run(
                "import",
                file.toString(),
                "--format",
                "hub-jsonl",
                "--snapshot-date",
                snapshotDate,
                "--store",
                imported);
        assertThat(cli.json(store, "status")
                        .get("snapshots")
                        .get(0)
                        .get("models")
                        .asLong())
                .isEqualTo(hub.models().size());
        assertThat(cli.json(store, "shares", "--by", "organization").get("rows"))
                .isEqualTo(cli.json(Path.of(imported), "shares", "--by", "organization")
                        .get("rows"));
    }
}
