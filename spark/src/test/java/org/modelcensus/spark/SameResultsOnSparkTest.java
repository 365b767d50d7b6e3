package org.modelcensus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.Every;
import org.modelcensus.measure.FamilyCalculator;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.Measure;
import org.modelcensus.measure.MeasureRequest;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.measure.SeriesCalculator;
import org.modelcensus.measure.SeriesRequest;
import org.modelcensus.measure.ShareCalculator;
import org.modelcensus.report.FamilyTableWriter;
import org.modelcensus.report.SeriesWriter;
import org.modelcensus.report.ShareTableWriter;
import org.modelcensus.source.InputFile;
import org.modelcensus.store.BundledSample;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.StoreExport;

/**
 * The same measure definitions on two engines: every answer computed on Spark over the export of the bundled sample
 * is the JSON DuckDB computes over the store itself, to the last digit.
 */
class SameResultsOnSparkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;

    private static SparkSession session;
    private static Census duckdb;
    private static Census spark;

    @BeforeAll
    static void exportTheSampleAndOpenBothEngines() {
        Path storePath = directory.resolve("census.duckdb");
        try (CensusStore store = LineageDerivation.openStore(storePath, JSON)) {
            BundledSample.importInto(new SnapshotImporter(store, JSON, Clock.systemUTC()), rows -> {});
        }
        OrganizationRegistry registry = OrganizationRegistry.bundled();
        Path export = directory.resolve("export");
        try (CensusStore store = CensusStore.openForReading(storePath)) {
            new StoreExport(store, JSON, Clock.systemUTC())
                    .export(
                            export,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            InputFile.resource(OrganizationRegistry.BUNDLED),
                            registry.version());
        }
        assertThat(Files.exists(export.resolve(StoreExport.MANIFEST))).isTrue();
        session = SparkCensus.session(Optional.of("local[2]"));
        duckdb = new Census(CensusStore.openForReading(storePath), registry);
        spark = SparkCensus.open(session, export.toUri().toString(), Optional.of(registry), JSON);
    }

    @AfterAll
    static void close() {
        if (duckdb != null) {
            duckdb.close();
        }
        if (session != null) {
            session.stop();
        }
    }

    @Test
    void theSnapshotsAreTheSame() {
        assertThat(spark.snapshots().snapshots()).isEqualTo(duckdb.snapshots().snapshots());
    }

    @Test
    void sharesByEveryGroupViewAndMeasureAreTheSame() {
        List<String> compared = new ArrayList<>();
        for (GroupBy by : GroupBy.values()) {
            for (AttributionView view : AttributionView.values()) {
                for (MeasureRequest request : List.of(
                        request(Optional.empty(), "llmfit", Optional.empty()),
                        request(Optional.empty(), "lineage-crawl", Optional.empty()),
                        request(Optional.of(Measure.ALL_TIME), "forecast-hf", Optional.empty()),
                        request(Optional.of(Measure.WINDOW), "forecast-hf", Optional.of(LocalDate.parse("2025-01-19"))),
                        request(Optional.of(Measure.FIRST_YEAR), "forecast-hf", Optional.empty()))) {
                    for (UnknownNamespaces unknown : UnknownNamespaces.values()) {
                        Function<Census, JsonNode> shares = census -> {
                            MeasureSelection selection = census.resolve(request);
                            return new ShareTableWriter(JSON)
                                    .toJson(new ShareCalculator()
                                            .shares(
                                                    census.attribution()
                                                            .downloads(
                                                                    selection,
                                                                    view,
                                                                    ShareCalculator.needsNamespaces(by, unknown)),
                                                    by,
                                                    unknown));
                        };
                        String what = by + " " + view + " " + request + " " + unknown;
                        assertThat(shares.apply(spark)).as(what).isEqualTo(shares.apply(duckdb));
                        compared.add(what);
                    }
                }
            }
        }
        assertThat(compared).hasSize(3 * 2 * 5 * UnknownNamespaces.values().length);
    }

    @Test
    void familiesAreTheSame() {
        Function<Census, JsonNode> families = census -> new FamilyTableWriter(JSON)
                .toJson(new FamilyCalculator(census.attribution())
                        .families(census.resolve(request(Optional.empty(), "lineage-crawl", Optional.empty())), 20));
        JsonNode onDuckDb = families.apply(duckdb);
        assertThat(onDuckDb.get("families").size()).isPositive();
        assertThat(families.apply(spark)).isEqualTo(onDuckDb);
    }

    @Test
    void seriesInBothViewsAreTheSame() {
        for (AttributionView view : AttributionView.values()) {
            for (String source : List.of("llmfit", "forecast-hf")) {
                Function<Census, JsonNode> series = census -> new SeriesWriter(JSON)
                        .toJson(new SeriesCalculator(census.attribution(), census.resolver())
                                .series(new SeriesRequest(
                                        Optional.empty(),
                                        GroupBy.COUNTRY,
                                        view,
                                        UnknownNamespaces.REPORT,
                                        Optional.of(source),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Every.MONTH,
                                        Optional.empty(),
                                        Cohort.all())));
                JsonNode onDuckDb = series.apply(duckdb);
                assertThat(onDuckDb.get("points").size()).as(source).isPositive();
                assertThat(series.apply(spark)).as(view + " " + source).isEqualTo(onDuckDb);
            }
        }
    }

    private static MeasureRequest request(Optional<Measure> measure, String source, Optional<LocalDate> from) {
        return new MeasureRequest(measure, from, Optional.empty(), Optional.of(source), Optional.empty(), Cohort.all());
    }
}
