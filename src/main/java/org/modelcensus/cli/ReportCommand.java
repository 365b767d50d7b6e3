package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.measure.AttributedDownloads;
import org.modelcensus.measure.AttributionQuery;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.Measure;
import org.modelcensus.measure.ShareCalculator;
import org.modelcensus.report.CensusReport;
import org.modelcensus.report.TerminalReportWriter;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        mixinStandardHelpOptions = true,
        name = "report",
        description = {
            "The census report of one snapshot (default: the latest).",
            "",
            "Who the downloads go to by country, top organisations and developer type, with concentration,"
                    + " coverage, the data it was computed from and the command that reproduces each table.",
            ""
        })
final class ReportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    SnapshotOptions snapshotOptions;

    @Mixin
    CommonOptions common;

    ReportCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        UnknownNamespaces unknownNamespaces = snapshotOptions.unknownNamespaces();
        try (CensusStore store = common.openForReading(context)) {
            AttributionQuery query = new AttributionQuery(store, common.registry());
            SnapshotCatalog catalog = new SnapshotCatalog(store);
            SnapshotSummary snapshot = catalog.select(snapshotOptions.at(), snapshotOptions.source());
            Measure measure = snapshotOptions.measure(snapshot);
            AttributedDownloads downloads = query.downloads(snapshot, measure, AttributionView.UPLOADER);
            ShareCalculator calculator = new ShareCalculator();
            CensusReport report = new CensusReport(
                    calculator.shares(downloads, GroupBy.COUNTRY, unknownNamespaces),
                    calculator.shares(downloads, GroupBy.ORGANIZATION, unknownNamespaces),
                    calculator.shares(downloads, GroupBy.TYPE, unknownNamespaces),
                    SnapshotFormat.fromLabel(snapshot.format()).description(),
                    catalog.files(snapshot),
                    store.path().toString(),
                    catalog.snapshots().size(),
                    snapshotOptions.reproduce(snapshot, measure, unknownNamespaces));
            new TerminalReportWriter().write(report, context.out());
        }
        return 0;
    }
}
