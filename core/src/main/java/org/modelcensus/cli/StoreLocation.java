package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Which store a command uses: {@code --store PATH}, else {@code MODELCENSUS_STORE}, else the default
 * {@code ~/.modelcensus/census.duckdb}. Only the default store is ever seeded with the bundled sample.
 */
record StoreLocation(Path path, boolean isDefault) {
    static final String ENVIRONMENT_VARIABLE = "MODELCENSUS_STORE";

    StoreLocation {
        requireNonNull(path, "path is null");
    }

    static StoreLocation resolve(Optional<Path> flag, Map<String, String> environment, Path home) {
        if (flag.isPresent()) {
            return new StoreLocation(flag.get(), false);
        }
        String variable = environment.get(ENVIRONMENT_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new StoreLocation(Path.of(variable), false);
        }
        return new StoreLocation(home.resolve(".modelcensus").resolve("census.duckdb"), true);
    }
}
