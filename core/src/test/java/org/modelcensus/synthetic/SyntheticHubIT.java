package org.modelcensus.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.Sha256;
import org.modelcensus.cli.CliRunner;

/**
 * The synthetic Hub: the same flags write the same bytes; its two formats import to the same census; its snapshots
 * are consistent over time; and it has the features a census must survive (derivatives, dangling parents, cycles,
 * the placeholder date).
 */
class SyntheticHubIT {
    @TempDir
    Path directory;

    private final CliRunner cli = new CliRunner(Path.of("unused-home"), Map.of());

    @Test
    void theSameFlagsWriteTheSameBytesAndBothFormatsImportToTheSameCensus() throws IOException {
        for (String run : List.of("first", "second")) {
            for (String format : List.of("hub-jsonl", "hub-stats")) {
                CliRunner.Result result = cli.run(
                        "synth",
                        "--models",
                        "20000",
                        "--snapshots",
                        "3",
                        "--every",
                        "7",
                        "--seed",
                        "7",
                        "--format",
                        format,
                        "--out",
                        directory.resolve(run + "-" + format).toString());
                assertThat(result.exitCode()).as(result.err()).isZero();
            }
        }
        for (String format : List.of("hub-jsonl", "hub-stats")) {
            assertThat(hashes(directory.resolve("second-" + format)))
                    .hasSize(3)
                    .isEqualTo(hashes(directory.resolve("first-" + format)));
        }

        Path jsonl = importAll("hub-jsonl");
        Path stats = importAll("hub-stats");
        for (List<String> command : List.of(
                List.of("shares", "--by", "country"),
                List.of("shares", "--by", "organization", "--view", "origin"),
                List.of("shares", "--by", "country", "--measure", "window", "--window", "14"),
                List.of("families", "--top", "10"))) {
            String[] args = command.toArray(String[]::new);
            JsonNode fromJsonl = cli.json(jsonl, args);
            JsonNode fromStats = cli.json(stats, args);
            assertThat(fromStats.get("rows") == null ? fromStats.get("families") : fromStats.get("rows"))
                    .as(String.join(" ", command))
                    .isEqualTo(fromJsonl.get("rows") == null ? fromJsonl.get("families") : fromJsonl.get("rows"));
        }

        JsonNode status = cli.json(jsonl, "status");
        JsonNode snapshots = status.get("snapshots");
        assertThat(snapshots).hasSize(3);
        long earlier = 0;
        for (JsonNode snapshot : snapshots) {
            long models = snapshot.get("models").asLong();
            assertThat(models).as("models appear week by week").isGreaterThan(earlier);
            earlier = models;
        }
        assertThat(earlier).isEqualTo(20_000);
        long declaring = snapshots.get(2).get("modelsDeclaringBaseModels").asLong();
        assertThat(declaring / 20_000.0).isBetween(0.36, 0.42);

        JsonNode lineage = cli.json(jsonl, "lineage");
        // models 1 and 2 declare each other; a few derivatives name a base model the hub lacks
        assertThat(lineage.get("brokenCycles")).hasSize(1);
        assertThat(lineage.get("quality").get("dangling").asLong()).isPositive();
        JsonNode window = cli.json(jsonl, "shares", "--by", "country", "--measure", "window", "--window", "14");
        assertThat(window.get("notes").get("decreasesClamped").asLong())
                .as("all-time counts never decrease")
                .isZero();
    }

    private Path importAll(String format) throws IOException {
        Path store = directory.resolve(format + ".duckdb");
        List<String> args = new java.util.ArrayList<>(List.of("import"));
        try (Stream<Path> files = Files.list(directory.resolve("first-" + format))) {
            files.sorted().map(Path::toString).forEach(args::add);
        }
        args.addAll(List.of("--format", format, "--source", "synthetic", "--store", store.toString()));
        CliRunner.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return store;
    }

    private static List<String> hashes(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<String> hashes = new java.util.ArrayList<>();
            for (Path file : files.sorted().toList()) {
                hashes.add(file.getFileName() + " " + Sha256.hex(Sha256.digest().digest(Files.readAllBytes(file))));
            }
            return hashes;
        }
    }
}
