package org.modelcensus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.measure.Census;
import org.modelcensus.source.InputFile;
import org.modelcensus.store.BundledSample;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.ImportResult;
import org.modelcensus.store.SnapshotImporter;
import picocli.CommandLine.Option;

/** Options every command takes: which store and registry to use, and how much to say when something fails. */
final class CommonOptions {
    @Option(
            names = "--store",
            paramLabel = "PATH",
            description = "The store (a DuckDB file). Default: $MODELCENSUS_STORE, else ~/.modelcensus/census.duckdb,"
                    + " which is filled with the bundled sample when empty.")
    Path store;

    @Option(
            names = "--registry",
            paramLabel = "FILE",
            description = "Organisation registry CSV (namespace,organization,country,type,source)."
                    + " Default: the bundled data/organizations.csv.")
    Path registry;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    StoreLocation location(CliContext context) {
        return StoreLocation.resolve(Optional.ofNullable(store), context.environment(), context.home());
    }

    OrganizationRegistry registry() {
        return OrganizationRegistry.load(registryFile());
    }

    /** The registry's file: the one named, else the bundled one. */
    InputFile registryFile() {
        return registry == null ? InputFile.resource(OrganizationRegistry.BUNDLED) : InputFile.of(registry);
    }

    /** Loads the registry, then opens the store for reading, so that a bad registry fails before the store is touched. */
    Census openCensus(CliContext context) {
        if (context.censuses().isPresent()) {
            if (store != null) {
                throw CensusException.invalidArgument(
                        "store", "this command reads its --input here, not a --store: leave --store out");
            }
            return context.censuses().get().open(registry == null ? Optional.empty() : Optional.of(registry()));
        }
        OrganizationRegistry loaded = registry();
        CensusStore opened = openForReading(context);
        try {
            return new Census(opened, loaded);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** Opens the store for writing, creating it if needed; never seeds it. */
    CensusStore openForWriting(CliContext context) {
        return LineageDerivation.openStore(location(context).path(), context.json());
    }

    /**
     * Opens the store for reading. The default store, when missing or empty (or when its first filling was
     * interrupted), is first filled with the bundled sample (said on stderr); a store the user named is used as it is.
     * A store that needs nothing is never opened for writing, so that readers do not lock each other out.
     */
    CensusStore openForReading(CliContext context) {
        StoreLocation location = location(context);
        if (location.isDefault() && CensusStore.older(location.path())) {
            context.err()
                    .println("modelcensus: the default store " + location.path() + " was written by an older"
                            + " ModelCensus; upgrading it to schema version " + CensusStore.SCHEMA_VERSION
                            + " (the lineage of every snapshot is derived once)");
            LineageDerivation.openStore(location.path(), context.json()).close();
        }
        if (location.isDefault() && needsSample(location.path())) {
            seed(location.path(), context);
        }
        return CensusStore.openForReading(location.path());
    }

    private static boolean needsSample(Path path) {
        if (!Files.isRegularFile(path)) {
            return true;
        }
        try (CensusStore store = CensusStore.openForReading(path)) {
            return BundledSample.seedingNeeded(store);
        }
    }

    private static void seed(Path path, CliContext context) {
        try (CensusStore store = LineageDerivation.openStore(path, context.json())) {
            if (!BundledSample.seedingNeeded(store)) {
                return; // another process filled it meanwhile
            }
            context.err()
                    .println("modelcensus: the default store " + path
                            + " is empty; loading the bundled sample of real Hub data first (see data/SOURCES.md)");
            Instant start = context.clock().instant();
            List<ImportResult> results =
                    BundledSample.seed(store, new SnapshotImporter(store, context.json(), context.clock()), rows -> {});
            long snapshots = results.stream()
                    .mapToLong(result -> result.snapshots().size())
                    .sum();
            long rows = results.stream().mapToLong(ImportResult::rowsRead).sum();
            Duration took = Duration.between(start, context.clock().instant());
            context.err()
                    .printf(
                            "modelcensus: loaded %d snapshots (%,d model rows) in %.1f s%n",
                            snapshots, rows, took.toMillis() / 1000.0);
        }
    }
}
