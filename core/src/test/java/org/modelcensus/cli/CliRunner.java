package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process with a given home directory and environment, capturing what it prints. */
public final class CliRunner {
    public record Result(int exitCode, String out, String err) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path home;
    private final Map<String, String> environment;

    public CliRunner(Path home, Map<String, String> environment) {
        this.home = home;
        this.environment = environment;
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(
                environment,
                home,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(),
                JSON,
                false);
        int exitCode = Main.run(context, args);
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a command prints with {@code --format json} on a store; it must succeed. */
    public JsonNode json(Path store, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json", "--store", store.toString()));
        Result result = run(all.toArray(String[]::new));
        assertThat(result.exitCode())
                .as(String.join(" ", all) + ": " + result.err())
                .isZero();
        try {
            return JSON.readTree(result.out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command line: the command, shared flags, then more. */
    public static String[] args(String command, List<String> flags, String... more) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(flags);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
