package org.modelcensus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Runs the CLI in-process with a given home directory and environment, capturing what it prints. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {}

    private final Path home;
    private final Map<String, String> environment;

    CliRunner(Path home, Map<String, String> environment) {
        this.home = home;
        this.environment = environment;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(
                environment,
                home,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(),
                new ObjectMapper(),
                false);
        int exitCode = Main.run(context, args);
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
