package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.source.InputFile;
import org.modelcensus.store.BundledSample;

/**
 * Every measure gives byte-identical JSON on two stores holding the same data imported differently: the whole
 * bundled sample in one command, and every sample file imported on its own in reverse order. Nothing a result says
 * may depend on import order, batching or the order rows were summed in.
 */
class StoreIndependenceIT {
    @TempDir
    Path directory;

    @Test
    void everyMeasureIsIdenticalWhateverTheImportOrder() {
        CliRunner cli = new CliRunner(directory.resolve("home"), Map.of());
        Path together = directory.resolve("together.duckdb");
        Path apart = directory.resolve("apart.duckdb");
        assertThat(cli.run("import", "--sample", "--store", together.toString()).exitCode())
                .isZero();
        List<BundledSample.Part> parts = BundledSample.parts();
        for (int part = parts.size() - 1; part >= 0; part--) {
            List<InputFile> files = parts.get(part).files();
            for (int index = files.size() - 1; index >= 0; index--) {
                CliRunner.Result result = cli.run(
                        "import",
                        "../" + files.get(index).name(), // the resource's path in the project, from core/
                        "--format",
                        parts.get(part).format().label(),
                        "--source",
                        parts.get(part).source(),
                        "--store",
                        apart.toString());
                assertThat(result.exitCode())
                        .as(files.get(index).name() + ": " + result.err())
                        .isZero();
            }
        }

        List<List<String>> commands = new ArrayList<>();
        for (String source : List.of("llmfit", "forecast-hf", "lineage-crawl")) {
            for (String by : List.of("country", "organization", "type")) {
                for (String view : List.of("uploader", "origin")) {
                    commands.add(List.of("shares", "--by", by, "--view", view, "--source", source));
                }
            }
            commands.add(List.of(
                    "shares", "--by", "country", "--view", "origin", "--source", source, "--unknown-as", "INTL"));
        }
        for (String view : List.of("uploader", "origin")) {
            commands.add(List.of(
                    "shares", "--by", "country", "--view", view, "--source", "forecast-hf", "--measure", "window"));
            commands.add(List.of("series", "--by", "organization", "--view", view, "--source", "llmfit"));
        }
        // only the lineage crawls declare base models
        commands.add(List.of("families", "--top", "20", "--source", "lineage-crawl"));
        commands.add(List.of("intermediaries", "--source", "lineage-crawl", "--min-models", "2"));
        commands.add(List.of("lineage", "--source", "lineage-crawl"));
        commands.add(List.of("lineage", "--source", "lineage-crawl", "--model", "deepseek-ai/DeepSeek-R1"));
        commands.add(List.of("status"));

        for (List<String> command : commands) {
            CliRunner.Result first = run(cli, command, together);
            CliRunner.Result second = run(cli, command, apart);
            String label = String.join(" ", command);
            assertThat(first.exitCode()).as(label + ": " + first.err()).isZero();
            assertThat(second.exitCode()).as(label + ": " + second.err()).isZero();
            assertThat(second.out().replace(apart.toString(), together.toString()))
                    .as(label)
                    .isEqualTo(first.out());
        }
    }

    private static CliRunner.Result run(CliRunner cli, List<String> command, Path store) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of("--format", "json", "--store", store.toString()));
        return cli.run(all.toArray(String[]::new));
    }
}
