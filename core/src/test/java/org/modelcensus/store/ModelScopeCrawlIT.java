package org.modelcensus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.source.FakeHub;
import org.modelcensus.source.FakeModelScope;
import org.modelcensus.source.Hub;
import org.modelcensus.source.HubClient;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.ModelScopeListing;
import org.modelcensus.source.RetryPolicy;
import org.modelcensus.source.SnapshotFormat;

/** Crawls of ModelScope's listing, against the fake built from its documented shapes and the bundled real models. */
class ModelScopeCrawlIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-07T06:00:00Z"), ZoneOffset.UTC);
    private static final List<String> OWNERS = List.of("ZhipuAI", "deepseek-ai", "Qwen");

    @TempDir
    Path directory;

    private final FakeModelScope modelScope = FakeModelScope.serving(FakeModelScope.sampleModels());

    @AfterEach
    void stop() {
        modelScope.close();
    }

    private CrawlResult crawl(Path store, boolean restart, int attempts) throws InterruptedException {
        try (CensusStore census = LineageDerivation.openStore(store, new ObjectMapper())) {
            HubClient client = new HubClient(
                    HttpClient.newHttpClient(),
                    new ModelScopeListing(),
                    modelScope.endpoint(),
                    Optional.empty(),
                    new RetryPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMillis(500)),
                    duration -> {},
                    () -> 0.5,
                    new ObjectMapper());
            CrawlRequest request = new CrawlRequest(
                    modelScope.endpoint(),
                    OWNERS,
                    Optional.empty(),
                    OptionalLong.empty(),
                    40,
                    "modelscope-api",
                    restart,
                    Hub.MODELSCOPE);
            return new HubCrawler(census, client, new SnapshotImporter(census, new ObjectMapper(), CLOCK), CLOCK)
                    .crawl(request, CrawlProgress.silent());
        }
    }

    @Test
    void aCrawlThroughFaultsHoldsEveryOwnersModelsWithTheCrawlsAllTimeCounts() throws Exception {
        modelScope
                .fault(2, new FakeHub.RetryAfter(2))
                .fault(4, new FakeHub.Unavailable())
                .fault(6, new FakeHub.Truncated())
                .fault(8, new FakeHub.Dropped())
                .fault(11, new FakeHub.Shifted(5)); // Qwen's second page
        Path store = directory.resolve("crawled.duckdb");

        CrawlResult result = crawl(store, false, 4);

        Map<String, Long> expected = osirAllTimeDownloads();
        assertThat(expected).hasSize(113 + 74 + 322);
        assertThat(result.snapshot().snapshots())
                .containsExactly(new ImportResult.WrittenSnapshot(LocalDate.of(2025, 7, 7), "modelscope-api", 509));
        assertThat(result.snapshot().duplicatesCollapsed()).isEqualTo(5);
        assertThat(downloads(store)).isEqualTo(expected);
        try (CensusStore census = CensusStore.openForReading(store)) {
            SnapshotSummary snapshot = new SnapshotCatalog(census).snapshots().get(0);
            assertThat(snapshot.hub()).isEqualTo(Hub.MODELSCOPE);
            assertThat(snapshot.format()).isEqualTo(SnapshotFormat.MODELSCOPE_API.label());
        }
        assertThat(HubCrawlerIT.rows(store)).isEqualTo(HubCrawlerIT.rows(imported()));
    }

    @Test
    void anInterruptedCrawlResumesAfterItsLastCommittedPage() throws Exception {
        for (int request = 4; request <= 5; request++) {
            modelScope.fault(request, new FakeHub.Unavailable());
        }
        Path store = directory.resolve("census.duckdb");

        assertThatThrownBy(() -> crawl(store, false, 2))
                .isInstanceOf(CensusException.class)
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.HUB_UNAVAILABLE);
        int before = modelScope.requests().size();

        CrawlResult resumed = crawl(store, false, 2);

        assertThat(resumed.resumed()).isTrue();
        List<String> asked = modelScope
                .requests()
                .subList(before, modelScope.requests().size())
                .stream()
                .map(request -> request.body().get("Path").asText() + ":"
                        + request.body().get("PageNumber").asInt())
                .toList();
        assertThat(asked).first().isEqualTo("deepseek-ai:1");
        assertThat(asked).doesNotContain("ZhipuAI:1", "ZhipuAI:2", "ZhipuAI:3");
        assertThat(downloads(store)).isEqualTo(osirAllTimeDownloads());
    }

    /** The all-time counts of the three owners in the bundled OSIR-LMTS file, read with plain JSON. */
    private static Map<String, Long> osirAllTimeDownloads() throws IOException {
        Map<String, Long> downloads = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream raw =
                        Files.newInputStream(Path.of("../data/sample/osir-lmts/modelscope_2025-07-07.jsonl.gz"));
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = json.readTree(line);
                if (OWNERS.contains(row.get("repo").asText())) {
                    downloads.put(
                            row.get("repo").asText() + "/"
                                    + row.get("model_name").asText(),
                            row.get("total_downloads").asLong());
                }
            }
        }
        return downloads;
    }

    private static Map<String, Long> downloads(Path path) throws SQLException {
        Map<String, Long> downloads = new TreeMap<>();
        try (CensusStore store = CensusStore.openForReading(path);
                Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery("SELECT model_id, downloads_all_time FROM model_observation")) {
            while (rows.next()) {
                downloads.put(rows.getString(1), rows.getLong(2));
            }
        }
        return downloads;
    }

    /** The fake's models of the three owners saved as a modelscope-api file and imported into a store of their own. */
    private Path imported() throws IOException {
        Path file = directory.resolve("saved_2025-07-07.json");
        List<String> lines = new ArrayList<>();
        for (String owner : OWNERS) {
            modelScope.models(owner).forEach(model -> lines.add(model.toString()));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        Path store = directory.resolve("saved.duckdb");
        try (CensusStore census = LineageDerivation.openStore(store, new ObjectMapper())) {
            new SnapshotImporter(census, new ObjectMapper(), CLOCK)
                    .importFiles(
                            List.of(InputFile.of(file)),
                            SnapshotFormat.MODELSCOPE_API,
                            ImportOptions.defaults(),
                            rows -> {});
        }
        return store;
    }
}
