package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import org.modelcensus.report.StatusWriter;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        mixinStandardHelpOptions = true,
        name = "status",
        description = {"The snapshots in the store, with their model counts and download totals.", ""})
final class StatusCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    OutputOption output;

    @Mixin
    CommonOptions common;

    StatusCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        var format = output.format();
        try (CensusStore store = common.openForReading(context)) {
            SnapshotCatalog catalog = new SnapshotCatalog(store);
            new StatusWriter(context.json(), context.width())
                    .write(
                            store.path().toString(),
                            catalog.snapshots(),
                            catalog.interruptedCrawls(),
                            format,
                            context.out());
        }
        return 0;
    }
}
