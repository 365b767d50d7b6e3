package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.StoreExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        mixinStandardHelpOptions = true,
        name = "export",
        description = {
            "Write the store as Parquet files that any engine reads (Spark, DuckDB, Polars, pandas).",
            "",
            "The layout (README, \"The export layout\"): manifest.json; snapshot/, snapshot_summary/ and snapshot_file/"
                    + " as one file each; model_observation/ and the lineage derived at import (lineage_node/,"
                    + " lineage_edge/, lineage_root/, lineage_broken_edge/, lineage_quality/) partitioned"
                    + " source=S/snapshot_date=D; registry.csv, the registry used. The directory must not exist; it"
                    + " appears whole when the export ends, or not at all.",
            "",
            "Examples:",
            "  modelcensus export --parquet census-export",
            "  modelcensus export --parquet llmfit-2026 --source llmfit --from 2026-01-01",
            ""
        })
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "The directory to write.")
    Path directory;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "Export only snapshots on or after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Export only snapshots on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--source", paramLabel = "LABEL", description = "Export only snapshots of this source.")
    String source;

    @Mixin
    CommonOptions common;

    ExportCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        OrganizationRegistry registry = common.registry();
        try (CensusStore store = common.openForReading(context)) {
            StoreExport.Result result = new StoreExport(store, context.json(), context.clock())
                    .export(
                            directory,
                            Optional.ofNullable(from),
                            Optional.ofNullable(to),
                            Optional.ofNullable(source),
                            common.registryFile(),
                            registry.version());
            context.err()
                    .printf(
                            "Exported %,d snapshots (%,d models, %,d lineage nodes) into %s%n",
                            result.snapshots(),
                            result.rows().get("model_observation"),
                            result.rows().get("lineage_node"),
                            result.directory());
        }
        return 0;
    }
}
