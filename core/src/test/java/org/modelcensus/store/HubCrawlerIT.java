package org.modelcensus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.source.FakeHub;
import org.modelcensus.source.HubClient;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.RetryPolicy;
import org.modelcensus.source.SnapshotFormat;

class HubCrawlerIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private final FakeHub hub = FakeHub.serving(FakeHub.sampleModels());
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private CrawlResult crawl(Path store, CrawlRequest request, int attempts) throws InterruptedException {
        try (CensusStore census = LineageDerivation.openStore(store, new ObjectMapper())) {
            HubClient client = new HubClient(
                    HttpClient.newHttpClient(),
                    hub.endpoint(),
                    Optional.empty(),
                    new RetryPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMillis(500)),
                    waits::add,
                    () -> 0.5,
                    new ObjectMapper());
            return new HubCrawler(census, client, new SnapshotImporter(census, new ObjectMapper(), CLOCK), CLOCK)
                    .crawl(request, CrawlProgress.silent());
        }
    }

    private CrawlRequest request(List<String> authors, OptionalLong limit, boolean restart) {
        return new CrawlRequest(hub.endpoint(), authors, Optional.empty(), limit, 50, "hub-api", restart);
    }

    @Test
    void aCrawlThroughFaultsHoldsExactlyTheRowsOfADirectImport() throws Exception {
        hub.fault(1, new FakeHub.RateLimited(3))
                .fault(3, new FakeHub.Unavailable())
                .fault(5, new FakeHub.Slow(2_000))
                .fault(7, new FakeHub.Truncated())
                .fault(8, new FakeHub.Dropped())
                .fault(9, new FakeHub.Shifted(10));
        Path crawled = directory.resolve("crawled.duckdb");

        CrawlResult result = crawl(crawled, request(List.of(), OptionalLong.empty(), false), 4);

        assertThat(result.snapshot().snapshots())
                .containsExactly(new ImportResult.WrittenSnapshot(
                        java.time.LocalDate.of(2026, 6, 1),
                        "hub-api",
                        hub.models().size()));
        assertThat(result.snapshot().duplicatesCollapsed()).isEqualTo(10);
        assertThat(result.skipped()).isZero();
        assertThat(waits).startsWith(Duration.ofSeconds(3));
        assertThat(rows(crawled)).isEqualTo(rows(imported(hub.models())));
        try (CensusStore store = CensusStore.openForReading(crawled)) {
            assertThat(count(store, "SELECT count(*) FROM crawl")).isZero();
            assertThat(count(store, "SELECT count(*) FROM crawl_model")).isZero();
            assertThat(new SnapshotCatalog(store)
                            .files(new SnapshotCatalog(store).snapshots().get(0)))
                    .singleElement()
                    .satisfies(file -> assertThat(file.name()).startsWith("crawl of " + hub.endpoint()));
        }
    }

    @Test
    void anInterruptedCrawlResumesAfterItsLastCommittedPage() throws Exception {
        for (int request = 3; request <= 5; request++) {
            hub.fault(request, new FakeHub.Unavailable());
        }
        Path store = directory.resolve("census.duckdb");

        assertThatThrownBy(() -> crawl(store, request(List.of(), OptionalLong.empty(), false), 3))
                .isInstanceOf(CensusException.class)
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.HUB_UNAVAILABLE);
        try (CensusStore census = CensusStore.openForReading(store)) {
            assertThat(new SnapshotCatalog(census).snapshots())
                    .as("no snapshot until the last page")
                    .isEmpty();
            assertThat(count(census, "SELECT count(*) FROM crawl_model")).isEqualTo(100);
        }
        int before = hub.requests().size();

        CrawlResult resumed = crawl(store, request(List.of(), OptionalLong.empty(), false), 3);

        assertThat(resumed.resumed()).isTrue();
        assertThat(hub.requests().subList(before, hub.requests().size()))
                .extracting(FakeHub::offsetOf)
                .containsExactly(100, 150, 200, 250, 300, 350);
        assertThat(rows(store)).isEqualTo(rows(imported(hub.models())));
    }

    @Test
    void restartDiscardsTheCheckpoint() throws Exception {
        for (int request = 2; request <= 3; request++) {
            hub.fault(request, new FakeHub.Unavailable());
        }
        Path store = directory.resolve("census.duckdb");
        assertThatThrownBy(() -> crawl(store, request(List.of(), OptionalLong.empty(), false), 2))
                .isInstanceOf(CensusException.class);
        int before = hub.requests().size();

        CrawlResult restarted = crawl(store, request(List.of(), OptionalLong.empty(), true), 2);

        assertThat(restarted.resumed()).isFalse();
        assertThat(FakeHub.offsetOf(hub.requests().get(before))).isZero();
        assertThat(rows(store)).isEqualTo(rows(imported(hub.models())));
    }

    @Test
    void aLimitKeepsTheMostDownloadedModels() throws Exception {
        Path store = directory.resolve("census.duckdb");

        CrawlResult result = crawl(store, request(List.of(), OptionalLong.of(120), false), 2);

        assertThat(result.models()).isEqualTo(120);
        assertThat(hub.requests()).hasSize(3);
        assertThat(rows(store)).isEqualTo(rows(imported(hub.models().subList(0, 120))));
    }

    @Test
    void severalAuthorsAreWalkedOneListingEach() throws Exception {
        Path store = directory.resolve("census.duckdb");

        crawl(store, request(List.of("unsloth", "mradermacher"), OptionalLong.empty(), false), 2);

        List<JsonNode> expected = hub.models().stream()
                .filter(model -> model.get("id").asText().startsWith("unsloth/")
                        || model.get("id").asText().startsWith("mradermacher/"))
                .toList();
        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(rows(store)).isEqualTo(rows(imported(expected)));
    }

    /** The same models imported as a hub-jsonl file dated like the crawl, in a store of their own. */
    private Path imported(List<JsonNode> models) throws IOException {
        Path file = directory.resolve("direct_2026-06-01.jsonl");
        List<String> lines = models.stream().map(JsonNode::toString).toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
        Path store = directory.resolve("direct-" + System.nanoTime() + ".duckdb");
        try (CensusStore census = LineageDerivation.openStore(store, new ObjectMapper())) {
            new SnapshotImporter(census, new ObjectMapper(), CLOCK)
                    .importFiles(
                            List.of(InputFile.of(file)),
                            SnapshotFormat.HUB_JSONL,
                            new ImportOptions(Optional.empty(), Optional.of("hub-api"), false),
                            rows -> {});
        }
        return store;
    }

    /** Every stored model row with its snapshot's date, source and hub, in a fixed order, as text. */
    static List<String> rows(Path path) throws SQLException {
        try (CensusStore store = CensusStore.openForReading(path);
                Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT s.snapshot_date, s.source, s.hub, o.* EXCLUDE (snapshot_id)"
                                + " FROM model_observation o JOIN snapshot s USING (snapshot_id) ORDER BY o.model_id")) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(rows.getString(column)).append('|');
                }
                result.add(row.toString());
            }
            return result;
        }
    }

    private static long count(CensusStore store, String sql) throws SQLException {
        try (Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aNextLinkBackToAPageAlreadyFetchedStopsTheCrawlInsteadOfLooping(@TempDir Path directory) {
        hub.fault(2, new FakeHub.LoopingCursor());

        assertThatThrownBy(() ->
                        crawl(directory.resolve("loop.duckdb"), request(List.of(), OptionalLong.empty(), false), 3))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("is page 2 again: its cursor repeats, so the listing would loop; stopping");
        assertThat(hub.requests()).hasSize(2);
    }

    @Test
    void aLimitSmallerThanAPageAsksForThatManyAndBoundsThePages(@TempDir Path directory) throws Exception {
        CrawlRequest request = request(List.of(), OptionalLong.of(10), false);

        CrawlResult result = crawl(directory.resolve("ten.duckdb"), request, 3);

        assertThat(hub.requests())
                .singleElement()
                .satisfies(first -> assertThat(first.query()).contains("limit=10&"));
        assertThat(result.models()).isEqualTo(10);
        assertThat(request.maximumPages()).isEqualTo(2 + 5);
        assertThat(request(List.of(), OptionalLong.of(1_000), false).maximumPages())
                .isEqualTo(2 * 20 + 5);
        assertThat(request(List.of(), OptionalLong.empty(), false).maximumPages())
                .isEqualTo(CrawlRequest.MAXIMUM_PAGES);
    }
}
