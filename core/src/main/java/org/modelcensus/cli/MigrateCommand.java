package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.store.CensusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        mixinStandardHelpOptions = true,
        name = "migrate",
        description = {
            "Upgrades a store written by an older ModelCensus to this version's schema, in place.",
            "",
            "Version 2 stores each snapshot's totals and its lineage (edges, roots, quality), derived once here"
                    + " instead of on every query. The upgrade is one transaction: interrupted, the store is as it was."
                    + " Reading commands refuse an older store until it is migrated; import and crawl migrate it"
                    + " themselves.",
            "",
            "Example:",
            "  modelcensus migrate --store census.duckdb",
            ""
        })
final class MigrateCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    CommonOptions common;

    MigrateCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        Path path = common.location(context).path();
        if (!Files.isRegularFile(path)) {
            throw new CensusException(
                    ErrorCode.STORE_NOT_FOUND, "store " + path + " does not exist; nothing to migrate");
        }
        boolean older = CensusStore.older(path);
        try (CensusStore store = common.openForWriting(context)) {
            context.out()
                    .println(
                            older
                                    ? "Migrated store " + path + " to schema version " + CensusStore.SCHEMA_VERSION
                                    : "Store " + path + " already has schema version " + CensusStore.SCHEMA_VERSION);
        }
        return 0;
    }
}
