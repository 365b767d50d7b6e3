package org.modelcensus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.duckdb.DuckDBAppender;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.source.FakeHub;
import org.modelcensus.source.HubClient;
import org.modelcensus.source.HubModelParser;
import org.modelcensus.source.ModelRecord;
import org.modelcensus.source.RetryPolicy;
import org.modelcensus.source.RowErrors;
import org.modelcensus.source.Sleeper;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.CrawlProgress;
import org.modelcensus.store.CrawlRequest;
import org.modelcensus.store.HubCrawler;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SqlResource;
import org.modelcensus.store.StagingRows;

/**
 * Crawls a fake Hub on loopback serving Hub-API-shaped models in pages of 1,000 and reports the rows parsed and
 * staged per second, and the time per page, including the fake's own serialisation and loopback HTTP: a lower bound
 * of the client's throughput.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.modelcensus.bench.CrawlBenchmark [-Dexec.args=MODELS]
 * </pre>
 */
public final class CrawlBenchmark {
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<JsonNode> models = models(count);
        parseAndStage(models);
        try (FakeHub hub = FakeHub.serving(models)) {
            for (int run = 0; run < 4; run++) {
                Path directory = Files.createTempDirectory("crawl-bench");
                long start = System.nanoTime();
                try (CensusStore store =
                        LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper())) {
                    HubClient client = new HubClient(
                            HttpClient.newHttpClient(),
                            hub.endpoint(),
                            Optional.empty(),
                            RetryPolicy.standard(),
                            Sleeper.system(),
                            Math::random,
                            new ObjectMapper());
                    new HubCrawler(
                                    store,
                                    client,
                                    new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC()),
                                    Clock.systemUTC())
                            .crawl(
                                    new CrawlRequest(
                                            hub.endpoint(),
                                            List.of(),
                                            Optional.empty(),
                                            OptionalLong.empty(),
                                            1000,
                                            "hub-api",
                                            false),
                                    CrawlProgress.silent());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "%s %,d models in %,d pages: %.2f s, %,.0f models/s, %.1f ms per page%n",
                        run == 0 ? "warm-up" : "run    ",
                        count,
                        count / 1000,
                        seconds,
                        count / seconds,
                        seconds * 1000 / (count / 1000.0));
            }
        }
    }

    /**
     * The client's own work on pages of 1,000 models, without the network: parse the body (Jackson), read the models
     * (HubModelParser) and append them to a staging table (DuckDB's appender).
     */
    private static void parseAndStage(List<JsonNode> models) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> pages = new ArrayList<>();
        for (int start = 0; start + 1000 <= models.size(); start += 1000) {
            pages.add(json.writeValueAsString(models.subList(start, start + 1000)));
        }
        HubModelParser parser = new HubModelParser();
        Path directory = Files.createTempDirectory("parse-bench");
        try (CensusStore store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper());
                Statement statement = store.connection().createStatement()) {
            statement.execute(SqlResource.load(SnapshotImporter.class, "import_staging.sql"));
            for (int run = 0; run < 4; run++) {
                long parse = 0;
                long stage = 0;
                long rows = 0;
                for (String body : pages) {
                    long begin = System.nanoTime();
                    List<ModelRecord> parsed = new ArrayList<>(1000);
                    RowErrors errors = new RowErrors();
                    for (JsonNode node : json.readTree(body)) {
                        parser.parse(node, "page", errors).ifPresent(parsed::add);
                    }
                    long parsedAt = System.nanoTime();
                    try (DuckDBAppender appender =
                            store.connection().createAppender("temp", "main", "import_staging")) {
                        for (ModelRecord model : parsed) {
                            StagingRows.append(appender, rows++, 0, LocalDate.of(2026, 6, 1), model);
                        }
                    }
                    long stagedAt = System.nanoTime();
                    parse += parsedAt - begin;
                    stage += stagedAt - parsedAt;
                }
                statement.execute("DELETE FROM import_staging");
                System.out.printf(
                        Locale.ROOT,
                        "%s parse %,.0f rows/s (%.1f ms per page), stage %,.0f rows/s (%.1f ms per page), both %,.0f"
                                + " rows/s%n",
                        run == 0 ? "warm-up" : "run    ",
                        rows / (parse / 1e9),
                        parse / 1e6 / pages.size(),
                        rows / (stage / 1e9),
                        stage / 1e6 / pages.size(),
                        rows / ((parse + stage) / 1e9));
            }
        }
    }

    /** Models shaped like the Hub API's answer with every expanded field. */
    private static List<JsonNode> models(int count) {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(7);
        List<JsonNode> models = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            ObjectNode model = json.createObjectNode();
            String namespace = "user" + random.nextInt(50_000);
            model.put("_id", Integer.toHexString(index));
            model.put("id", namespace + "/model-" + index);
            model.put("author", namespace);
            model.put("createdAt", "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T10:00:00.000Z");
            model.put("lastModified", "2025-10-01T00:00:00.000Z");
            model.put("downloads", (long) (1e7 / Math.pow(index + 1, 0.9)));
            model.put("downloadsAllTime", (long) (7e7 / Math.pow(index + 1, 0.9)));
            model.put("likes", random.nextInt(100));
            model.put("pipeline_tag", "text-generation");
            model.put("library_name", "transformers");
            model.putArray("tags")
                    .add("transformers")
                    .add("safetensors")
                    .add("text-generation")
                    .add("base_model:Qwen/Qwen3-8B")
                    .add("base_model:finetune:Qwen/Qwen3-8B")
                    .add("license:apache-2.0")
                    .add("region:us");
            model.putObject("cardData").put("license", "apache-2.0").put("base_model", "Qwen/Qwen3-8B");
            model.put("gated", false);
            model.putObject("safetensors").put("total", 8_000_000_000L);
            models.add(model);
        }
        return models;
    }
}
