package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.Fixtures;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.lineage.Relation;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.DuckDbEngine;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SnapshotSummary;

/**
 * The origin view on a hand-built snapshot (fixtures/hub/origin_2026-01-15.jsonl): Llama (US, 100 downloads), Qwen
 * (CN, 50), a GGUF of Llama by bartowski (INTL, 40), a merge of Llama and Qwen by an unlisted namespace (30), a
 * fine-tune of a Mistral model missing from the snapshot (20) and a fine-tune of an unlisted organisation's model
 * (10).
 */
class OriginViewIT {
    @TempDir
    Path directory;

    private CensusStore store;
    private AttributionQuery query;
    private SnapshotSummary snapshot;
    private final ShareCalculator calculator = new ShareCalculator();

    @BeforeEach
    void importFixture() {
        store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper());
        new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC())
                .importFiles(
                        List.of(Fixtures.file("hub/origin_2026-01-15.jsonl")),
                        SnapshotFormat.HUB_JSONL,
                        ImportOptions.defaults(),
                        rows -> {});
        query = new AttributionQuery(new DuckDbEngine(store), OrganizationRegistry.bundled(), new StoredLineage(store));
        snapshot = new SnapshotCatalog(store).select(Optional.empty(), Optional.empty());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theUploaderViewCreditsWhoeverPublished() {
        ShareTable table = calculator.shares(
                query.downloads(snapshot, Measure.DOWNLOADS_30D, AttributionView.UPLOADER),
                GroupBy.COUNTRY,
                UnknownNamespaces.REPORT);

        // mistral-fan, someone and nobody are not in the registry: 20 + 30 + 10
        assertThat(table.rows())
                .extracting(ShareRow::key, ShareRow::downloads)
                .containsExactly(tuple("US", 100.0), tuple("UNKNOWN", 60.0), tuple("CN", 50.0), tuple("INTL", 40.0));
        assertThat(table.lineage()).isEmpty();
    }

    @Test
    void theOriginViewCreditsRootsAndSplitsMergesEqually() {
        ShareTable table = calculator.shares(
                query.downloads(snapshot, Measure.DOWNLOADS_30D, AttributionView.ORIGIN),
                GroupBy.COUNTRY,
                UnknownNamespaces.REPORT);

        // US: Llama 100 + its GGUF 40 + half the merge 15; CN: Qwen 50 + half the merge 15; FR: the fine-tune of
        // the missing Mistral model 20; UNKNOWN: the fine-tune of unknownorg's model 10
        assertThat(table.rows())
                .extracting(ShareRow::key, ShareRow::downloads, ShareRow::models)
                .containsExactly(
                        tuple("US", 155.0, 3L),
                        tuple("CN", 65.0, 2L),
                        tuple("FR", 20.0, 1L),
                        tuple("UNKNOWN", 10.0, 1L));
        assertThat(table.totalDownloads()).isEqualTo(250);
        assertThat(table.models())
                .as("the merge counts once, though it credits two groups")
                .isEqualTo(6);
        assertThat(table.coverage()).isEqualTo(240 / 250.0);
        assertThat(table.lineage().orElseThrow().dangling()).isEqualTo(2);
    }

    @Test
    void firstYearDownloadsOfAModelGoneFromTheLastSnapshotStayInTheOriginView() {
        try (CensusStore other = LineageDerivation.openStore(directory.resolve("gone.duckdb"), new ObjectMapper())) {
            new SnapshotImporter(other, new ObjectMapper(), Clock.systemUTC())
                    .importFiles(
                            List.of(
                                    Fixtures.file("gone/models_2025-01-01.jsonl"),
                                    Fixtures.file("gone/models_2025-01-15.jsonl"),
                                    Fixtures.file("gone/models_2025-02-01.jsonl")),
                            SnapshotFormat.HUB_JSONL,
                            ImportOptions.defaults(),
                            rows -> {});
            AttributionQuery goneQuery = new AttributionQuery(
                    new DuckDbEngine(other), OrganizationRegistry.bundled(), new StoredLineage(other));
            MeasureSelection firstYear = new MeasureResolver(new SnapshotCatalog(other).list())
                    .resolve(new MeasureRequest(
                            Optional.of(Measure.FIRST_YEAR),
                            Optional.of(java.time.LocalDate.of(2025, 1, 1)),
                            Optional.of(java.time.LocalDate.of(2025, 2, 1)),
                            Optional.empty(),
                            Optional.empty(),
                            Cohort.all()));

            ShareTable uploader = calculator.shares(
                    goneQuery.downloads(firstYear, AttributionView.UPLOADER),
                    GroupBy.COUNTRY,
                    UnknownNamespaces.REPORT);
            ShareTable origin = calculator.shares(
                    goneQuery.downloads(firstYear, AttributionView.ORIGIN), GroupBy.COUNTRY, UnknownNamespaces.REPORT);

            // Qwen/base 300 - 100; fan/tune 70 - 20, a fine-tune of Qwen/base; meta-llama/old, gone on 2025-02-01,
            // 80 at 2025-01-15 - 30: its own root in the origin view
            assertThat(uploader.rows())
                    .extracting(ShareRow::key, ShareRow::downloads)
                    .containsExactly(tuple("CN", 200.0), tuple("UNKNOWN", 50.0), tuple("US", 50.0));
            assertThat(origin.rows())
                    .extracting(ShareRow::key, ShareRow::downloads)
                    .containsExactly(tuple("CN", 250.0), tuple("US", 50.0));
            assertThat(origin.totalDownloads()).isEqualTo(uploader.totalDownloads());
        }
    }

    @Test
    void theOriginViewByOrganizationAndType() {
        AttributedDownloads downloads = query.downloads(snapshot, Measure.DOWNLOADS_30D, AttributionView.ORIGIN);

        assertThat(calculator
                        .shares(downloads, GroupBy.ORGANIZATION, UnknownNamespaces.REPORT)
                        .rows())
                .extracting(ShareRow::key, ShareRow::downloads)
                .containsExactly(
                        tuple("Meta", 155.0),
                        tuple("Alibaba", 65.0),
                        tuple("Mistral AI", 20.0),
                        tuple("UNKNOWN", 10.0));
        assertThat(calculator
                        .shares(downloads, GroupBy.TYPE, UnknownNamespaces.INTL)
                        .rows())
                .extracting(ShareRow::key, ShareRow::downloads)
                .containsExactly(tuple("big-tech", 220.0), tuple("ai-lab", 20.0), tuple("community", 10.0));
    }

    @Test
    void familiesSplitAMergeBetweenItsRoots() {
        FamilyTable table = new FamilyCalculator(query)
                .families(MeasureSelection.at(snapshot, Measure.DOWNLOADS_30D, Cohort.all()), 10);

        assertThat(table.familiesWithDerivatives()).isEqualTo(4);
        Family llama = table.families().get(0);
        assertThat(llama.root()).isEqualTo("meta-llama/Llama-3.1-8B");
        assertThat(llama.rootDownloads()).isEqualTo(100);
        assertThat(llama.derivativeDownloads()).isEqualTo(40 + 15);
        assertThat(llama.derivativeShare()).isEqualTo(55 / 155.0);
        assertThat(llama.derivativesByRelation())
                .containsEntry(Relation.QUANTIZED, 1L)
                .containsEntry(Relation.MERGE, 1L);
        // bartowski's 40 is INTL, someone's 15 is unlisted
        assertThat(llama.uploaderCountries())
                .extracting(ShareRow::key, ShareRow::downloads)
                .containsExactly(tuple("INTL", 40.0), tuple("UNKNOWN", 15.0));
        Family qwen = table.families().get(1);
        assertThat(qwen.root()).isEqualTo("Qwen/Qwen2.5-7B");
        assertThat(qwen.derivativeDownloads()).isEqualTo(15);
        Family mistral = table.families().get(2);
        assertThat(mistral.root()).isEqualTo("mistralai/Mistral-7B-v0.1");
        assertThat(mistral.rootInSnapshot()).isFalse();
        assertThat(mistral.derivativesByRelation()).containsEntry(Relation.UNKNOWN, 1L);
        assertThat(mistral.organization().orElseThrow().name()).isEqualTo("Mistral AI");
    }

    @Test
    void aModelSplitAmongSeveralRootsOfOneGroupCountsOnceInIt() {
        try (CensusStore other = LineageDerivation.openStore(directory.resolve("shared.duckdb"), new ObjectMapper())) {
            new SnapshotImporter(other, new ObjectMapper(), Clock.systemUTC())
                    .importFiles(
                            List.of(Fixtures.file("hub/shared_roots_2026-01-20.jsonl")),
                            SnapshotFormat.HUB_JSONL,
                            ImportOptions.defaults(),
                            rows -> {});
            AttributedDownloads downloads = new AttributionQuery(
                            new DuckDbEngine(other), OrganizationRegistry.bundled(), new StoredLineage(other))
                    .downloads(
                            new SnapshotCatalog(other).select(Optional.empty(), Optional.empty()),
                            Measure.DOWNLOADS_30D,
                            AttributionView.ORIGIN);

            // Counted by hand from the fixture. US: meta-llama/A, google/B, x/merge (both roots US) and z/triple
            // (two of its three roots US): 100 + 60 + 30 + 9 * 2/3. y/blend's two roots are both unlisted.
            assertThat(calculator
                            .shares(downloads, GroupBy.COUNTRY, UnknownNamespaces.REPORT)
                            .rows())
                    .extracting(ShareRow::key, ShareRow::downloads, ShareRow::models)
                    .containsExactly(tuple("US", 196.0, 4L), tuple("UNKNOWN", 20.0, 1L), tuple("CN", 3.0, 1L));
            assertThat(calculator
                            .shares(downloads, GroupBy.ORGANIZATION, UnknownNamespaces.REPORT)
                            .rows())
                    .extracting(ShareRow::key, ShareRow::downloads, ShareRow::models)
                    .containsExactly(
                            tuple("Meta", 118.0, 3L),
                            tuple("Google", 78.0, 3L),
                            tuple("UNKNOWN", 20.0, 1L),
                            tuple("Alibaba", 3.0, 1L));
            assertThat(calculator
                            .shares(downloads, GroupBy.ORGANIZATION, UnknownNamespaces.INTL)
                            .rows())
                    .extracting(ShareRow::key, ShareRow::downloads, ShareRow::models)
                    .containsExactly(
                            tuple("Meta", 118.0, 3L),
                            tuple("Google", 78.0, 3L),
                            tuple("p", 10.0, 1L),
                            tuple("q", 10.0, 1L),
                            tuple("Alibaba", 3.0, 1L));
            assertThat(calculator
                            .shares(downloads, GroupBy.TYPE, UnknownNamespaces.REPORT)
                            .rows())
                    .extracting(ShareRow::key, ShareRow::downloads, ShareRow::models)
                    .containsExactly(tuple("big-tech", 199.0, 4L), tuple("UNKNOWN", 20.0, 1L));
            assertThat(calculator
                            .shares(downloads, GroupBy.COUNTRY, UnknownNamespaces.INTL)
                            .rows())
                    .extracting(ShareRow::key, ShareRow::models)
                    .containsExactly(tuple("US", 4L), tuple("INTL", 1L), tuple("CN", 1L));
            assertThat(downloads.models()).isEqualTo(5);
        }
    }

    @Test
    void oneCellForEveryUnregisteredNamespaceGivesTheSameTablesAsACellEach() {
        for (AttributionView view : AttributionView.values()) {
            AttributedDownloads apart =
                    query.downloads(MeasureSelection.at(snapshot, Measure.DOWNLOADS_30D, Cohort.all()), view, true);
            AttributedDownloads together =
                    query.downloads(MeasureSelection.at(snapshot, Measure.DOWNLOADS_30D, Cohort.all()), view, false);
            assertThat(together.cells().stream()
                            .filter(cell -> cell.organization().isEmpty()))
                    .as("one cell for all unregistered namespaces")
                    .hasSize(1);
            assertThat(apart.cells().stream().filter(cell -> cell.organization().isEmpty()))
                    .hasSize(view == AttributionView.UPLOADER ? 3 : 1);
            for (GroupBy by : GroupBy.values()) {
                for (UnknownNamespaces unknown : UnknownNamespaces.values()) {
                    if (ShareCalculator.needsNamespaces(by, unknown)) {
                        continue;
                    }
                    ShareTable expected = calculator.shares(apart, by, unknown);
                    ShareTable actual = calculator.shares(together, by, unknown);
                    assertThat(actual.rows())
                            .as(view + " " + by + " " + unknown)
                            .isEqualTo(expected.rows());
                    assertThat(actual.coverage()).isEqualTo(expected.coverage());
                }
            }
        }
    }
}
