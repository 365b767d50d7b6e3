package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.modelcensus.report.Layout;

/**
 * What the commands get from the world they run in, passed in so that tests can run the CLI in-process.
 *
 * @param environment the process environment ({@code MODELCENSUS_STORE}, ...)
 * @param home the user's home directory, where the default store lives
 * @param interactive whether stderr is a terminal, so that progress of long work is shown
 * @param censuses where measuring commands get their census when not from the store (modelcensus-spark)
 */
public record CliContext(
        Map<String, String> environment,
        Path home,
        PrintStream out,
        PrintStream err,
        Clock clock,
        ObjectMapper json,
        boolean interactive,
        Optional<CensusOpener> censuses) {
    /** A context whose commands read and write stores. */
    public CliContext(
            Map<String, String> environment,
            Path home,
            PrintStream out,
            PrintStream err,
            Clock clock,
            ObjectMapper json,
            boolean interactive) {
        this(environment, home, out, err, clock, json, interactive, Optional.empty());
    }

    public CliContext {
        environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        requireNonNull(home, "home is null");
        requireNonNull(out, "out is null");
        requireNonNull(err, "err is null");
        requireNonNull(clock, "clock is null");
        requireNonNull(json, "json is null");
        requireNonNull(censuses, "censuses is null");
    }

    /** The columns terminal text fits: {@code COLUMNS}, else 100. */
    public int width() {
        return Layout.width(environment);
    }
}
