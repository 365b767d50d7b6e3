package org.modelcensus.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.measure.AttributionQuery;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.Measure;
import org.modelcensus.measure.ShareCalculator;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.BundledSample;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.DuckDbEngine;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SnapshotSummary;

/**
 * Times imports and measures in one JVM, after warm-up, and prints a table for BENCHMARKS.md.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.modelcensus.bench.ImportBenchmark [-Dexec.args="ROWS"]
 * </pre>
 *
 * ROWS (default 1,000,000) sizes a synthetic Hub-API JSON Lines snapshot written to a temporary file: the real sample
 * is too small to show how imports scale.
 */
public final class ImportBenchmark {
    private static final int REPETITIONS = 7;

    public static void main(String[] args) throws IOException {
        long syntheticRows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path directory = Files.createTempDirectory("modelcensus-bench");
        ObjectMapper json = new ObjectMapper();
        OrganizationRegistry registry = OrganizationRegistry.bundled();
        InputFile latest = InputFile.resource("data/sample/llmfit/hf_models_2026-05-10T1400Z.json.gz");

        System.out.printf("%-58s %10s %10s%n", "operation", "median ms", "min ms");
        report("import one llmfit snapshot (1,852 models)", REPETITIONS, run -> {
            try (CensusStore store =
                    LineageDerivation.openStore(directory.resolve("one-" + run + ".duckdb"), new ObjectMapper())) {
                new SnapshotImporter(store, json, Clock.systemUTC())
                        .importFiles(List.of(latest), SnapshotFormat.LLMFIT, ImportOptions.defaults(), rows -> {});
            }
        });
        Path sampleStore = directory.resolve("sample.duckdb");
        report("import the whole bundled sample (253 snapshots, 147,511 rows)", 3, run -> {
            Files.deleteIfExists(sampleStore);
            try (CensusStore store = LineageDerivation.openStore(sampleStore, new ObjectMapper())) {
                BundledSample.importInto(new SnapshotImporter(store, json, Clock.systemUTC()), rows -> {});
            }
        });
        try (CensusStore store = CensusStore.openForReading(sampleStore)) {
            SnapshotSummary snapshot = new SnapshotCatalog(store).select(Optional.empty(), Optional.empty());
            report("shares by country of the latest snapshot (incl. registry)", REPETITIONS, run -> {
                AttributionQuery query =
                        new AttributionQuery(new DuckDbEngine(store), registry, new StoredLineage(store));
                new ShareCalculator()
                        .shares(
                                query.downloads(snapshot, Measure.DOWNLOADS_30D, AttributionView.UPLOADER),
                                GroupBy.COUNTRY,
                                UnknownNamespaces.REPORT);
            });
        }

        Path synthetic = directory.resolve("synthetic_2026-06-01.jsonl.gz");
        writeSynthetic(synthetic, syntheticRows);
        Path bigStore = directory.resolve("big.duckdb");
        long[] heap = new long[1];
        report(String.format(Locale.ROOT, "import synthetic hub-jsonl (%,d models, gzip)", syntheticRows), 3, run -> {
            Files.deleteIfExists(bigStore);
            try (CensusStore store = LineageDerivation.openStore(bigStore, new ObjectMapper())) {
                new SnapshotImporter(store, json, Clock.systemUTC())
                        .importFiles(
                                List.of(InputFile.of(synthetic)),
                                SnapshotFormat.HUB_JSONL,
                                ImportOptions.defaults(),
                                rows -> heap[0] = Math.max(heap[0], usedHeap()));
            }
        });
        try (CensusStore store = CensusStore.openForReading(bigStore)) {
            SnapshotSummary snapshot = new SnapshotCatalog(store).select(Optional.empty(), Optional.empty());
            report(String.format(Locale.ROOT, "shares by country (%,d models)", syntheticRows), REPETITIONS, run -> {
                AttributionQuery query =
                        new AttributionQuery(new DuckDbEngine(store), registry, new StoredLineage(store));
                new ShareCalculator()
                        .shares(
                                query.downloads(snapshot, Measure.DOWNLOADS_30D, AttributionView.UPLOADER),
                                GroupBy.COUNTRY,
                                UnknownNamespaces.REPORT);
            });
            report(
                    String.format(
                            Locale.ROOT, "shares by country, origin view (%,d models, incl. lineage)", syntheticRows),
                    3,
                    run -> {
                        AttributionQuery query =
                                new AttributionQuery(new DuckDbEngine(store), registry, new StoredLineage(store));
                        new ShareCalculator()
                                .shares(
                                        query.downloads(snapshot, Measure.DOWNLOADS_30D, AttributionView.ORIGIN),
                                        GroupBy.COUNTRY,
                                        UnknownNamespaces.REPORT);
                    });
        }
        System.out.printf(
                Locale.ROOT,
                "largest Java heap in use during the synthetic import: %,d MiB (max heap %,d MiB); file %,d MiB%n",
                heap[0] >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                Files.size(synthetic) >> 20);
    }

    private interface Work {
        void run(int run) throws IOException;
    }

    private static void report(String name, int repetitions, Work work) throws IOException {
        work.run(-1); // warm-up
        double[] millis = new double[repetitions];
        for (int run = 0; run < repetitions; run++) {
            long start = System.nanoTime();
            work.run(run);
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-58s %10.1f %10.1f%n", name, millis[repetitions / 2], millis[0]);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Hub-API-shaped rows: Zipf-like downloads over 200,000 namespaces, a tenth of them registered ones. */
    private static void writeSynthetic(Path file, long rows) throws IOException {
        List<String> registered = OrganizationRegistry.bundled().entries().stream()
                .map(entry -> entry.namespace())
                .toList();
        Random random = new Random(42);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            for (long index = 0; index < rows; index++) {
                String namespace = random.nextInt(10) == 0
                        ? registered.get(random.nextInt(registered.size()))
                        : "user" + random.nextInt(200_000);
                long downloads = (long) (1e7 / Math.pow(index + 1, 0.9));
                out.write("{\"id\":\"" + namespace + "/model-" + index + "\",\"author\":\"" + namespace
                        + "\",\"createdAt\":\"2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                        + "T10:00:00.000Z\",\"lastModified\":\"2025-10-01T00:00:00.000Z\",\"downloads\":" + downloads
                        + ",\"downloadsAllTime\":" + downloads * 7 + ",\"likes\":" + random.nextInt(100)
                        + ",\"pipeline_tag\":\"text-generation\",\"library_name\":\"transformers\",\"tags\":"
                        + "[\"transformers\",\"safetensors\",\"license:apache-2.0\",\"region:us\"],\"cardData\":"
                        + "{\"license\":\"apache-2.0\",\"base_model\":\"Qwen/Qwen3-8B\"},\"gated\":false}\n");
            }
        }
    }
}
