package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.sample.SampleData;
import org.modelcensus.store.BundledSample;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.DuckDbEngine;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SnapshotSummary;

/** Shares of real bundled snapshots against an independent recomputation from the sample files. */
class SharesOnBundledSampleIT {
    @TempDir
    static Path directory;

    private static CensusStore store;
    private static AttributionQuery query;
    private static SnapshotCatalog catalog;

    @BeforeAll
    static void importSample() {
        store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper());
        BundledSample.importInto(new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC()), rows -> {});
        query = new AttributionQuery(new DuckDbEngine(store), OrganizationRegistry.bundled(), new StoredLineage(store));
        catalog = new SnapshotCatalog(store);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void countrySharesOfTheLatestLlmfitScrapeMatchAnIndependentRecomputation() {
        SnapshotSummary snapshot = catalog.select(Optional.empty(), Optional.empty());
        assertThat(snapshot.date()).isEqualTo(LocalDate.of(2026, 5, 10));
        ShareTable table = new ShareCalculator()
                .shares(
                        query.downloads(snapshot, Measure.DOWNLOADS_30D, AttributionView.UPLOADER),
                        GroupBy.COUNTRY,
                        UnknownNamespaces.REPORT);

        SampleData.Snapshot independent = SampleData.llmfit("llmfit/hf_models_2026-05-10T1400Z.json.gz");
        Map<String, Long> expected = byRegistryColumn(independent, 1);
        // the sum of hf_downloads over the 1,851 models of the source file (1,852 rows: it lists
        // microsoft/Phi-3-mini-4k-instruct under two spellings, one model on the Hub), computed outside the program
        assertThat(table.totalDownloads()).isEqualTo(871_109_847);
        assertThat(independent.total()).isEqualTo(871_109_847);
        assertThat(table.rows()).hasSize(expected.size());
        for (ShareRow row : table.rows()) {
            assertThat(row.downloads()).as(row.key()).isEqualTo((double) expected.get(row.key()));
            assertThat(row.share()).as(row.key()).isCloseTo(expected.get(row.key()) / 871_109_847.0, within(1e-12));
        }
        assertThat(table.coverage()).isCloseTo(1 - expected.getOrDefault("UNKNOWN", 0L) / 871_109_847.0, within(1e-12));
        assertConcentrationMatches(table, expected);
    }

    @Test
    void organizationSharesOfAForecastDayMatchAnIndependentRecomputation() {
        SnapshotSummary snapshot = catalog.select(Optional.of(LocalDate.of(2025, 2, 18)), Optional.of("forecast-hf"));
        ShareTable table = new ShareCalculator()
                .shares(
                        query.downloads(snapshot, MeasureResolver.defaultMeasure(snapshot), AttributionView.UPLOADER),
                        GroupBy.ORGANIZATION,
                        UnknownNamespaces.REPORT);
        SampleData.Snapshot independent = SampleData.forecastSnapshots().stream()
                .filter(day -> day.name().endsWith("2025-02-18"))
                .findFirst()
                .orElseThrow();
        Map<String, Long> expected = byRegistryColumn(independent, 0);

        assertThat(table.measure()).isEqualTo(Measure.ALL_TIME);
        assertThat(table.totalDownloads()).isEqualTo((double) independent.total());
        for (ShareRow row : table.rows()) {
            assertThat(row.downloads()).as(row.key()).isEqualTo((double) expected.get(row.key()));
        }
        assertThat(table.rows()).hasSize(expected.size());
        assertConcentrationMatches(table, expected);
    }

    @Test
    void theOriginViewOfTheCrawledDeepSeekTreesCreditsDerivativesBackToChina() {
        SnapshotSummary snapshot = catalog.select(Optional.of(LocalDate.of(2025, 4, 22)), Optional.of("lineage-crawl"));
        ShareTable uploader = new ShareCalculator()
                .shares(
                        query.downloads(snapshot, Measure.DOWNLOADS_30D, AttributionView.UPLOADER),
                        GroupBy.COUNTRY,
                        UnknownNamespaces.REPORT);
        ShareTable origin = new ShareCalculator()
                .shares(
                        query.downloads(snapshot, Measure.DOWNLOADS_30D, AttributionView.ORIGIN),
                        GroupBy.COUNTRY,
                        UnknownNamespaces.REPORT);

        // Computed outside the program (a Python walk of the three 2025-04-22 crawl files, the last row of a model
        // winning, roots found by following every base_model tag and card entry): 407 models, 2,839,394 downloads;
        // uploaders CN 2,768,405, US 68,425 (mostly nvidia/DeepSeek-R1-FP4), UNKNOWN 2,403, INTL 161; by origin
        // every derivative goes back to deepseek-ai (CN) except a fine-tune of unsloth/phi-4 (US, 12 downloads).
        assertThat(snapshot.models()).isEqualTo(407);
        assertThat(uploader.totalDownloads()).isEqualTo(2_839_394);
        assertThat(downloadsOf(uploader, "CN")).isEqualTo(2_768_405);
        assertThat(downloadsOf(uploader, "US")).isEqualTo(68_425);
        assertThat(downloadsOf(uploader, "UNKNOWN")).isEqualTo(2_403);
        assertThat(downloadsOf(uploader, "INTL")).isEqualTo(161);
        assertThat(downloadsOf(origin, "CN")).isEqualTo(2_839_382);
        assertThat(downloadsOf(origin, "US")).isEqualTo(12);
        assertThat(share(origin, "CN")).isGreaterThan(share(uploader, "CN"));
        assertThat(share(origin, "US")).isLessThan(share(uploader, "US"));
    }

    private static double downloadsOf(ShareTable table, String key) {
        return table.rows().stream()
                .filter(row -> row.key().equals(key))
                .mapToDouble(ShareRow::downloads)
                .sum();
    }

    private static double share(ShareTable table, String key) {
        return downloadsOf(table, key) / table.totalDownloads();
    }

    /** Downloads by a registry column (0 organisation, 1 country, 2 type), UNKNOWN for unlisted namespaces. */
    private static Map<String, Long> byRegistryColumn(SampleData.Snapshot snapshot, int column) {
        Map<String, String[]> registry = SampleData.registry();
        Map<String, Long> sums = new HashMap<>();
        snapshot.downloadsByNamespace().forEach((namespace, downloads) -> {
            String[] row = registry.get(namespace);
            sums.merge(row == null ? "UNKNOWN" : row[column], downloads, Long::sum);
        });
        return sums;
    }

    /** HHI from squared shares and Gini from the mean absolute difference of all pairs: a second method. */
    private static void assertConcentrationMatches(ShareTable table, Map<String, Long> expected) {
        List<Long> attributed = expected.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("UNKNOWN"))
                .map(Map.Entry::getValue)
                .toList();
        double total = attributed.stream().mapToLong(Long::longValue).sum();
        double hhi = attributed.stream()
                .mapToDouble(value -> Math.pow(100 * value / total, 2))
                .sum();
        double absoluteDifferences = 0;
        for (long left : attributed) {
            for (long right : attributed) {
                absoluteDifferences += Math.abs(left - right);
            }
        }
        double count = attributed.size();
        double gini = absoluteDifferences / (2 * count * count * (total / count));
        long largest = attributed.stream().mapToLong(Long::longValue).max().orElseThrow();

        Concentration concentration = table.concentration().orElseThrow();
        assertThat(concentration.hhi()).isCloseTo(hhi, within(1e-6));
        assertThat(concentration.effectiveNumber()).isCloseTo(10_000 / hhi, within(1e-9));
        assertThat(concentration.gini()).isCloseTo(gini, within(1e-9));
        assertThat(concentration.top1()).isCloseTo(largest / total, within(1e-12));
    }
}
