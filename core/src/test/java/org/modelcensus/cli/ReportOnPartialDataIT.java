package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.lineage.LineageDerivation;

/**
 * The report on the stores a first user really has: one Hub dump, one crawl, two snapshots a few days apart, lineage
 * crawls only, nothing at all. Every section the data can give is printed; the others are left out with why and what
 * data would give them, and the report still exits 0.
 */
class ReportOnPartialDataIT {
    /** A store of Hub data alone has no leaderboard: the report says so and how to import one. */
    private static final String QUALITY = "Quality beside adoption";

    /** The comparison with ModelScope, left out of every report of Hugging Face data alone. */
    private static final String HUBS = "Beyond Hugging Face";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Hub's placeholder creation date, stored as unknown. */
    private static final String PLACEHOLDER = "2022-03-02T23:29:04";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private CliRunner cli() {
        // wide enough that no line wraps: these tests read what the report says, TerminalWidthIT how it fits
        return new CliRunner(home, Map.of("COLUMNS", "1000"));
    }

    private Path synthesize(String... flags) {
        Path out = work.resolve(
                "hub-" + flags.length + "-" + String.join("", flags).hashCode());
        List<String> args = new ArrayList<>(List.of("synth", "--models", "3000", "--out", out.toString()));
        args.addAll(List.of(flags));
        CliRunner.Result synth = cli().run(args.toArray(String[]::new));
        assertThat(synth.exitCode()).as(synth.err()).isZero();
        return out;
    }

    private Path store(String name, String source, Path... files) {
        Path store = work.resolve(name + ".duckdb");
        List<String> args = new ArrayList<>(
                List.of("import", "--format", "hub-jsonl", "--source", source, "--store", store.toString()));
        Stream.of(files).map(Path::toString).forEach(args::add);
        CliRunner.Result imported = cli().run(args.toArray(String[]::new));
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        return store;
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.sorted().toList();
        }
    }

    private static List<String> omittedSections(JsonNode report) {
        List<String> sections = new ArrayList<>();
        report.get("omitted")
                .forEach(omission -> sections.add(omission.get("section").asText()));
        return sections;
    }

    @Test
    void oneHubDumpWithAllTimeCountsGivesEveryTableItCanAndSaysWhatItLeftOut() throws IOException {
        Path dump = files(synthesize()).get(0);
        Path store = store("dump", "hub-jsonl", dump);

        CliRunner.Result report = cli().run("report", "--store", store.toString());
        JsonNode json = cli().json(store, "report");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out())
                .contains(
                        "Downloads by country",
                        "Lineage - snapshot 2025-12-01 (hub-jsonl)",
                        "Left out (the data at hand cannot give these sections)",
                        "Change over time - source hub-jsonl: the source has one snapshot (2025-12-01); import"
                                + " another snapshot of hub-jsonl",
                        "Store " + store + ": 1 snapshot (")
                .doesNotContain("Change over time - source hub-jsonl\n");
        assertThat(omittedSections(json))
                .containsExactly(
                        "Change over time - source hub-jsonl",
                        "Cohorts - first-year downloads (within 365 days of each model's creation) in the window"
                                + " (2024-12-01, 2025-12-01]",
                        QUALITY,
                        HUBS);
        // the 30-day cohort comes from the dump's own 30-day counts: a second reading of the file gives its total
        assertThat(json.get("headlines")).hasSize(1);
        JsonNode cohort = json.get("headlines").get(0);
        assertThat(cohort.get("measure").asText()).isEqualTo("downloads30d");
        assertThat(cohort.get("totalDownloads").asLong())
                .isEqualTo(thirtyDayDownloadsOfModelsCreatedWithin(dump, LocalDate.parse("2025-12-01"), 365));
        assertThat(json.get("countries").get("totalDownloads").asLong())
                .isEqualTo(thirtyDayDownloads(dump, created -> true));
        assertThat(json.get("lineage").get("families").get("families")).isNotEmpty();
    }

    @Test
    void aReportWrittenAsHtmlFromOneDumpListsWhatItLeftOut() throws IOException {
        Path store = store("html", "hub-jsonl", files(synthesize()).get(0));
        Path html = work.resolve("report.html");

        CliRunner.Result written = cli().run("report", "--store", store.toString(), "--html", html.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readString(html))
                .contains("<h2>Left out</h2>", "Change over time - source hub-jsonl: the source has one snapshot");
    }

    @Test
    void theHtmlFileGetsTheUsualPermissionsAndAFailedWriteLeavesNoTemporaryFile() throws IOException {
        Path store = store("write", "crawl", Path.of("src/test/resources/fixtures/hub/crawl_20250422.jsonl"));
        Path html = work.resolve("out/report.html");
        Path blocked = Files.createDirectories(work.resolve("blocked/report.html/inside"));

        CliRunner.Result written = cli().run("report", "--store", store.toString(), "--html", html.toString());
        CliRunner.Result failed = cli().run(
                        "report",
                        "--store",
                        store.toString(),
                        "--html",
                        blocked.getParent().toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        Path plain = Files.createFile(work.resolve("out/plain.txt")); // what any new file gets here
        assertThat(Files.getPosixFilePermissions(html)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(failed.exitCode()).isEqualTo(65);
        assertThat(failed.err())
                .isEqualTo("modelcensus report: cannot write " + blocked.getParent()
                        + ": it is a directory; give a file name\n");
        try (Stream<Path> left = Files.list(blocked.getParent().getParent())) {
            assertThat(left).extracting(path -> path.getFileName().toString()).containsExactly("report.html");
        }
        try (Stream<Path> left = Files.list(html.getParent())) {
            assertThat(left)
                    .extracting(path -> path.getFileName().toString())
                    .containsExactlyInAnyOrder("report.html", "plain.txt");
        }
    }

    @Test
    void oneCrawlWithoutAllTimeCountsLeavesOutTheCohortsAndSaysWhichDataWouldGiveThem() {
        Path crawl = Path.of("src/test/resources/fixtures/hub/crawl_20250422.jsonl");
        Path store = store("crawl", "crawl", crawl);

        CliRunner.Result report = cli().run("report", "--store", store.toString());
        JsonNode json = cli().json(store, "report");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out())
                .contains(
                        "Cohorts: no snapshot in the store has all-time download counts; import a hub-stats dump,",
                        "Lineage - snapshot 2025-04-22 (crawl)");
        assertThat(omittedSections(json)).containsExactly("Change over time - source crawl", "Cohorts", QUALITY, HUBS);
        assertThat(json.get("headlines")).isEmpty();
        assertThat(json.get("countries").get("totalDownloads").asLong()).isEqualTo(1_765_807);
    }

    @Test
    void twoSnapshotsTenDaysApartShowChangeOverTimeAndTheThirtyDayCohortFromTheirOwnCounts() throws IOException {
        Path hub = synthesize("--snapshots", "2", "--every", "10d");
        List<Path> dumps = files(hub);
        Path store = store("two", "hub-jsonl", dumps.toArray(Path[]::new));

        JsonNode json = cli().json(store, "report");

        JsonNode time = json.get("time");
        assertThat(time).hasSize(1);
        List<String> dates = new ArrayList<>();
        time.get(0)
                .get("uploader")
                .get("points")
                .forEach(point -> dates.add(point.get("date").asText()));
        assertThat(dates).containsExactly("2025-11-21", "2025-12-01");
        assertThat(time.get(0).get("origin").isObject()).isTrue();
        assertThat(omittedSections(json)).doesNotContain("Change over time - source hub-jsonl");
        // the window 30 days back starts before the first snapshot, so the snapshot's own 30-day counts measure it
        JsonNode thirtyDays = json.get("headlines").get(json.get("headlines").size() - 1);
        assertThat(thirtyDays.get("measure").asText()).isEqualTo("downloads30d");
        assertThat(thirtyDays.get("totalDownloads").asLong())
                .isEqualTo(thirtyDayDownloadsOfModelsCreatedWithin(dumps.get(1), LocalDate.parse("2025-12-01"), 365));
    }

    @Test
    void lineageCrawlsAloneGiveTheLineageAndTheCurveButNoCohorts() throws IOException {
        Path[] crawls;
        try (Stream<Path> listed = Files.list(Path.of("../data/sample/lineage"))) {
            crawls = listed.filter(file -> file.getFileName().toString().startsWith("DeepSeek-R1_"))
                    .sorted()
                    .toArray(Path[]::new);
        }
        Path store = store("lineage", "lineage-crawl", crawls);

        CliRunner.Result report = cli().run("report", "--store", store.toString());
        JsonNode json = cli().json(store, "report");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out())
                .contains("Lineage - snapshot 2025-04-22 (lineage-crawl)", "Change over time - source lineage-crawl");
        assertThat(json.get("time").get(0).get("uploader").get("points")).hasSize(crawls.length);
        assertThat(omittedSections(json)).containsExactly("Cohorts", QUALITY, HUBS);
        assertThat(json.get("lineage")
                        .get("families")
                        .get("families")
                        .get(0)
                        .get("root")
                        .asText())
                .isEqualTo("deepseek-ai/DeepSeek-R1");
    }

    @Test
    void anEmptyStoreIsBadDataWithAMessageSayingHowToFillIt() {
        Path store = work.resolve("empty.duckdb");
        LineageDerivation.openStore(store, JSON).close();

        CliRunner.Result report = cli().run("report", "--store", store.toString());

        assertThat(report.exitCode()).isEqualTo(65);
        assertThat(report.err())
                .contains("store " + store + " holds no snapshot; import one first, e.g. `modelcensus import FILE"
                        + " --format hub-jsonl`");
        assertThat(report.out()).isEmpty();
    }

    /**
     * A second reading of a synthetic dump: the sum of the 30-day downloads of models created within {@code days}
     * days up to {@code end} (the day of creation counted in UTC; the placeholder creation date is unknown).
     */
    private static long thirtyDayDownloadsOfModelsCreatedWithin(Path dump, LocalDate end, int days) throws IOException {
        LocalDate first = end.minusDays(days - 1L);
        return thirtyDayDownloads(
                dump,
                created -> created.filter(day -> !day.isBefore(first) && !day.isAfter(end))
                        .isPresent());
    }

    /** The sum of the 30-day downloads of the dump's models whose creation day (empty when unknown) passes. */
    private static long thirtyDayDownloads(Path dump, Predicate<Optional<LocalDate>> created) throws IOException {
        long total = 0;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(dump)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode model = JSON.readTree(line);
                String text = model.path("createdAt").asText("");
                Optional<LocalDate> day = text.isEmpty() || text.startsWith(PLACEHOLDER)
                        ? Optional.empty()
                        : Optional.of(OffsetDateTime.parse(text)
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .toLocalDate());
                if (created.test(day)) {
                    total += model.path("downloads").asLong();
                }
            }
        }
        return total;
    }
}
