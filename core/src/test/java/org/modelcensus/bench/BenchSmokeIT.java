package org.modelcensus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark at its smoke size: bench/run.sh on 5,000 synthetic models, which first checks that the pandas +
 * networkx peer (an independent implementation) gives ModelCensus's shares in both views and its largest families,
 * then times every command once. Skipped where python3 lacks pandas or networkx, unless MODELCENSUS_REQUIRE_PEER is
 * set, as .ci/run sets it after installing them.
 */
class BenchSmokeIT {
    @TempDir
    Path directory;

    @Test
    void thePeerAgreesAndEveryBenchmarkedCommandRuns() throws IOException, InterruptedException {
        boolean peer = run(new ProcessBuilder("/usr/bin/python3", "-c", "import pandas, networkx"), 60) == 0;
        if (System.getenv("MODELCENSUS_REQUIRE_PEER") == null) {
            assumeThat(peer).as("python3 with pandas and networkx").isTrue();
        }
        assertThat(peer)
                .as("python3 with pandas and networkx (MODELCENSUS_REQUIRE_PEER is set)")
                .isTrue();
        Path out = directory.resolve("out.txt");
        Path err = directory.resolve("err.txt");
        ProcessBuilder bench = new ProcessBuilder("bash", "../bench/run.sh")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        bench.environment().put("SIZES", "5000");
        bench.environment().put("REPEAT", "1");
        bench.environment().put("PEER_MAX", "5000");

        int exit = run(bench, 600);

        String errors = Files.readString(err, StandardCharsets.UTF_8);
        String table = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(exit).as(errors).isZero();
        assertThat(errors).contains("The peer gives ModelCensus's figures at 5000 models.");
        assertThat(table)
                .contains("| import hub-jsonl.gz: ModelCensus |")
                .contains("| shares by country (origin, recursive CTE): DuckDB alone |")
                .contains("| sensitivity --by country (every variant): ModelCensus |")
                .contains("| whole census (read, shares in both views, families): pandas + networkx |");

        ProcessBuilder sensitivity = new ProcessBuilder("bash", "../bench/sensitivity.sh")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        sensitivity.environment().put("MODELS", "5000");
        sensitivity.environment().put("REPEAT", "1");
        int sensitivityExit = run(sensitivity, 600);
        assertThat(sensitivityExit)
                .as(Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .contains("| sensitivity --by country (every variant): ModelCensus |")
                .contains("| shares by country (uploader): DuckDB alone |");

        ProcessBuilder scan = new ProcessBuilder("bash", "../bench/scan.sh")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        scan.environment().put("REPEAT", "1");
        int scanExit = run(scan, 300);
        assertThat(scanExit).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .contains("| scan (all cores): ModelCensus |")
                .contains("| regular expressions and the registry: Python notebook (peer) |");
    }

    private static int run(ProcessBuilder process, int seconds) throws IOException, InterruptedException {
        Process started = process.start();
        if (!started.waitFor(seconds, TimeUnit.SECONDS)) {
            started.destroyForcibly();
            throw new AssertionError(String.join(" ", process.command()) + " took over " + seconds + " s");
        }
        return started.exitValue();
    }
}
