package org.modelcensus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.cli.CliContext;
import org.modelcensus.cli.Main;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.store.BundledSample;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotImporter;

/** modelcensus-spark as a user runs it: the CLI's command and flags, the same output, clear refusals. */
class SparkMainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;

    private static Path store;
    private static Path export;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void exportTheSample() {
        store = directory.resolve("census.duckdb");
        try (CensusStore opened = LineageDerivation.openStore(store, JSON)) {
            BundledSample.importInto(new SnapshotImporter(opened, JSON, Clock.systemUTC()), rows -> {});
        }
        export = directory.resolve("export");
        assertThat(modelcensus("export", "--parquet", export.toString(), "--store", store.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void sharesOnSparkPrintWhatTheStorePrints() {
        Run onSpark = spark(
                "--input",
                export.toString(),
                "--master",
                "local[2]",
                "shares",
                "--by",
                "organization",
                "--view",
                "origin",
                "--source",
                "lineage-crawl",
                "--format",
                "csv");
        Run onStore = modelcensus(
                "shares",
                "--by",
                "organization",
                "--view",
                "origin",
                "--source",
                "lineage-crawl",
                "--format",
                "csv",
                "--store",
                store.toString());
        assertThat(onSpark.exitCode()).as(onSpark.err()).isZero();
        assertThat(onSpark.out()).isEqualTo(onStore.out()).contains("DeepSeek");
    }

    @Test
    void whatCannotRunOnSparkIsRefusedInOneLine() throws Exception {
        Run store = spark("--input", export.toString(), "import", "x.jsonl");
        assertThat(store.exitCode()).isEqualTo(2);
        assertThat(store.err()).contains("'import' does not run on Spark");
        Run noInput = spark("shares", "--by", "country");
        assertThat(noInput.exitCode()).isEqualTo(2);
        assertThat(noInput.err()).contains("--input is required");
        Run help = spark("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: modelcensus-spark --input PATH", "families, series, shares");

        Path empty = Files.createDirectories(directory.resolve("not-an-export"));
        Run notExport = spark("--input", empty.toString(), "--master", "local[1]", "shares", "--by", "country");
        assertThat(notExport.exitCode()).isEqualTo(2);
        assertThat(notExport.err()).contains("holds no manifest.json");
    }

    private static Run spark(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SparkMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run modelcensus(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                new CliContext(
                        Map.of(),
                        directory,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Clock.systemUTC(),
                        JSON,
                        false),
                args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
