package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terminal output fits 100 columns, or the terminal's COLUMNS, and still names every model and group whole. */
class TerminalWidthIT {
    private static final List<List<String>> COMMANDS = List.of(
            List.of("report"),
            List.of("status"),
            List.of("shares", "--by", "country"),
            List.of("shares", "--by", "organization", "--view", "origin", "--source", "lineage-crawl"),
            List.of("shares", "--by", "type"),
            List.of("series", "--by", "country", "--source", "llmfit"),
            List.of("series", "--by", "country", "--source", "forecast-hf", "--measure", "firstyear"),
            List.of("crossover", "--by", "country", "--a", "CN", "--b", "US", "--source", "forecast-hf"),
            List.of("families", "--top", "20"),
            List.of("lineage"),
            List.of("intermediaries"),
            List.of("adoption", "--source", "forecast-hf"));

    @TempDir
    static Path directory;

    private static String store;

    @BeforeAll
    static void importSample() {
        store = directory.resolve("sample.duckdb").toString();
        assertThat(new CliRunner(directory, Map.of())
                        .run("import", "--sample", "--store", store)
                        .exitCode())
                .isZero();
    }

    @Test
    void everyCommandFitsOneHundredColumnsByDefaultAndColumnsWhenSet() {
        for (Map<String, String> environment : List.of(Map.<String, String>of(), Map.of("COLUMNS", "120"))) {
            int width = Integer.parseInt(environment.getOrDefault("COLUMNS", "100"));
            CliRunner cli = new CliRunner(directory, environment);
            for (List<String> command : COMMANDS) {
                CliRunner.Result result =
                        cli.run(CliRunner.args(command.get(0), command.subList(1, command.size()), "--store", store));
                String what = String.join(" ", command) + " at " + width;
                assertThat(result.exitCode()).as(what + ": " + result.err()).isZero();
                assertThat(result.out().lines())
                        .as(what)
                        .isNotEmpty()
                        .allSatisfy(line ->
                                assertThat(line.length()).as(what + ": " + line).isLessThanOrEqualTo(width));
            }
        }
    }

    @Test
    void aWideTerminalGetsTheTableUnwrappedAndANarrowOneKeepsTheNamesReadable() {
        String[] families = CliRunner.args("families", List.of("--top", "5"), "--store", store);
        String wide =
                new CliRunner(directory, Map.of("COLUMNS", "200")).run(families).out();
        String narrow = new CliRunner(directory, Map.of()).run(families).out();
        assertThat(wide).contains("Root downloads", "deepseek-ai/DeepSeek-R1 ", "by relation: 302 finetune");
        // at 100 columns the headers wrap, the short root ids stay whole and the long ones break after a hyphen
        assertThat(narrow)
                .doesNotContain("Root downloads")
                .contains("deepseek-ai/DeepSeek-R1 ", "deepseek-ai/Janus-Pro-7B", "unsloth/deepseek-r1-");
    }
}
