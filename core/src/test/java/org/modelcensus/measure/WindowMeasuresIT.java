package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;
import org.modelcensus.Fixtures;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.DuckDbEngine;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotImporter;

/**
 * Window, cohort and first-year measures on three hand-written snapshots (fixtures/window) of all-time counts:
 *
 * <pre>
 * model            created          2025-01-01  2025-01-31  2025-03-02
 * Qwen/m1 (CN)     2024-06-01              100         160         200
 * meta-llama/m2    2024-12-15               50          80         120
 * google/m3 (US)   placeholder             200         150         170   (a reset: the count falls)
 * deepseek-ai/m4   2025-01-10                -          40         100   (new in the window)
 * x/m5 (unlisted)  2024-01-01               10           -           -   (gone at the end)
 * mistralai/m6     2024-02-10              500         530         600   (first year ends 2025-02-09)
 * </pre>
 */
class WindowMeasuresIT {
    @TempDir
    Path directory;

    private CensusStore store;
    private AttributionQuery query;
    private MeasureResolver resolver;
    private final ShareCalculator calculator = new ShareCalculator();

    @BeforeEach
    void importSnapshots() {
        store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper());
        new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC())
                .importFiles(
                        List.of(
                                Fixtures.file("window/models_2025-01-01.jsonl"),
                                Fixtures.file("window/models_2025-01-31.jsonl"),
                                Fixtures.file("window/models_2025-03-02.jsonl")),
                        SnapshotFormat.HUB_JSONL,
                        ImportOptions.defaults(),
                        rows -> {});
        query = new AttributionQuery(new DuckDbEngine(store), OrganizationRegistry.bundled(), new StoredLineage(store));
        resolver = new MeasureResolver(new SnapshotCatalog(store).list());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aWindowSubtractsTheStartCountsAndClampsDecreases() {
        AttributedDownloads downloads = measure(Measure.WINDOW, "2025-01-01", "2025-01-31", Cohort.all());

        // m1 60 + m2 30 + m3 0 (150 < 200: clamped) + m4 40 (absent at the start) + m6 30
        assertThat(downloads.totalDownloads()).isEqualTo(160);
        assertThat(downloads.notes()).isEqualTo(new MeasureNotes(1, 1, 0, 0, false));
        assertThat(calculator
                        .shares(downloads, GroupBy.COUNTRY, UnknownNamespaces.REPORT)
                        .rows())
                .extracting(ShareRow::key, ShareRow::downloads, ShareRow::models)
                .containsExactly(tuple("CN", 100.0, 2L), tuple("FR", 30.0, 1L), tuple("US", 30.0, 2L));
        assertThat(downloads.selection().start().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aModelWithoutACountAtTheStartHasNoWindowCount() throws Exception {
        Path start = directory.resolve("gap_2025-05-01.jsonl");
        Path end = directory.resolve("gap_2025-05-31.jsonl");
        java.nio.file.Files.writeString(
                start, "{\"id\":\"a/counted\",\"downloadsAllTime\":5}\n{\"id\":\"a/uncounted\"}\n");
        java.nio.file.Files.writeString(
                end,
                "{\"id\":\"a/counted\",\"downloadsAllTime\":9}\n{\"id\":\"a/uncounted\",\"downloadsAllTime\":1000}\n");
        try (CensusStore other = LineageDerivation.openStore(directory.resolve("gap.duckdb"), new ObjectMapper())) {
            new SnapshotImporter(other, new ObjectMapper(), Clock.systemUTC())
                    .importFiles(
                            List.of(
                                    org.modelcensus.source.InputFile.of(start),
                                    org.modelcensus.source.InputFile.of(end)),
                            SnapshotFormat.HUB_JSONL,
                            ImportOptions.defaults(),
                            rows -> {});
            AttributedDownloads downloads = new AttributionQuery(
                            new DuckDbEngine(other), OrganizationRegistry.bundled(), new StoredLineage(other))
                    .downloads(
                            new MeasureResolver(new SnapshotCatalog(other).list())
                                    .resolve(new MeasureRequest(
                                            Optional.of(Measure.WINDOW),
                                            Optional.of(LocalDate.of(2025, 5, 1)),
                                            Optional.of(LocalDate.of(2025, 5, 31)),
                                            Optional.empty(),
                                            Optional.empty(),
                                            Cohort.all())),
                            AttributionView.UPLOADER);

            // a/uncounted was in the start snapshot without a count: its 1,000 are not all from the window
            assertThat(downloads.totalDownloads()).isEqualTo(4);
            assertThat(downloads.models()).isEqualTo(1);
        }
    }

    @Test
    void aWindowUsesTheSnapshotsOnOrBeforeItsEnds() {
        AttributedDownloads downloads = measure(Measure.WINDOW, "2025-01-15", "2025-03-01", Cohort.all());

        // start 2025-01-01, end 2025-01-31: the same numbers as the window (2025-01-01, 2025-01-31]
        assertThat(downloads.totalDownloads()).isEqualTo(160);
        assertThat(downloads.selection().end().date()).isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void aCohortKeepsModelsCreatedInItsRangeAndCountsUnknownCreations() {
        Cohort lastYear = new Cohort(Optional.empty(), Optional.empty(), Optional.of(365));
        Cohort sinceDecember = new Cohort(Optional.of(LocalDate.of(2024, 12, 1)), Optional.empty(), Optional.empty());

        AttributedDownloads recent = measure(Measure.WINDOW, "2025-01-01", "2025-01-31", lastYear);
        AttributedDownloads december = measure(Measure.WINDOW, "2025-01-01", "2025-01-31", sinceDecember);

        // created on or after 2024-01-31: m1, m2, m4, m6; m3's placeholder date means unknown: left out, counted
        assertThat(recent.totalDownloads()).isEqualTo(160);
        assertThat(recent.cells().stream().mapToLong(AttributionCell::models).sum())
                .isEqualTo(4);
        assertThat(recent.notes().unknownCreationExcluded()).isEqualTo(1);
        // created on or after 2024-12-01: m2 30 + m4 40
        assertThat(december.totalDownloads()).isEqualTo(70);
    }

    @Test
    void aCohortAppliesToPointMeasuresToo() {
        AttributedDownloads downloads = query.downloads(
                resolver.resolve(new MeasureRequest(
                        Optional.of(Measure.ALL_TIME),
                        Optional.empty(),
                        Optional.of(LocalDate.of(2025, 3, 2)),
                        Optional.empty(),
                        Optional.empty(),
                        new Cohort(Optional.empty(), Optional.of(LocalDate.of(2024, 12, 31)), Optional.empty()))),
                AttributionView.UPLOADER);

        // created on or before 2024-12-31 with known dates: m1 200, m2 120, m6 600
        assertThat(downloads.totalDownloads()).isEqualTo(920);
        assertThat(downloads.notes().unknownCreationExcluded()).isEqualTo(1);
    }

    @Test
    void firstYearDownloadsCountOnlyThePartOfEachFirstYearInsideTheWindow() {
        AttributedDownloads downloads = measure(Measure.FIRST_YEAR, "2025-01-01", "2025-03-02", Cohort.all());

        // m1: 200 - 100 = 100 (its first year runs to 2025-06-01); m2: 120 - 50 = 70; m4: 100 - 0 = 100 (created in
        // the window, counted from creation); m6: its first year ends 2025-02-09, and the latest snapshot by then is
        // 2025-01-31: 530 - 500 = 30; m3: unknown creation, left out and counted
        assertThat(downloads.totalDownloads()).isEqualTo(300);
        assertThat(downloads.notes().unknownCreationExcluded()).isEqualTo(1);
        assertThat(calculator
                        .shares(downloads, GroupBy.COUNTRY, UnknownNamespaces.REPORT)
                        .rows())
                .extracting(ShareRow::key, ShareRow::downloads)
                .containsExactly(tuple("CN", 200.0), tuple("US", 70.0), tuple("FR", 30.0));
    }

    @Test
    void aModelWhoseFirstYearEndedBeforeTheWindowCountsNothing() {
        AttributedDownloads downloads = measure(Measure.FIRST_YEAR, "2025-01-31", "2025-03-02", Cohort.all());

        // m6's first year ended on 2025-02-09, before any snapshot after 2025-01-31: 530 - 530 = 0;
        // m1 40, m2 40, m4 60
        assertThat(downloads.totalDownloads()).isEqualTo(140);
    }

    @Test
    void firstYearsStartingBeforeTheDataAreLeftOutAndCounted() {
        AttributedDownloads downloads = measure(Measure.FIRST_YEAR, "2024-12-01", "2025-03-02", Cohort.all());

        // the data starts on 2025-01-01: m1, m2, m6 and m5 (seen on 2025-01-01 only; its first year ends that day)
        // were counting before it, so their downloads from 2024-12-01 (or their creation) are unknown; m4, created
        // 2025-01-10, is fully known: 100
        assertThat(downloads.totalDownloads()).isEqualTo(100);
        assertThat(downloads.notes().firstYearBeforeData()).isEqualTo(4);
        assertThat(downloads.notes().unknownCreationExcluded()).isEqualTo(1);
    }

    @Test
    void aWindowStartingBeforeTheFirstSnapshotIsRefused() {
        assertThatThrownBy(() -> measure(Measure.WINDOW, "2024-12-01", "2025-01-31", Cohort.all()))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("the window starts on 2024-12-01, before the first snapshot of source hub-jsonl"
                        + " (2025-01-01)");
    }

    private AttributedDownloads measure(Measure measure, String from, String to, Cohort cohort) {
        MeasureSelection selection = resolver.resolve(new MeasureRequest(
                Optional.of(measure),
                Optional.of(LocalDate.parse(from)),
                Optional.of(LocalDate.parse(to)),
                Optional.empty(),
                Optional.empty(),
                cohort));
        return query.downloads(selection, AttributionView.UPLOADER);
    }
}
