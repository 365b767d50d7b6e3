package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.Callable;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.measure.AttributedDownloads;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.FamilyCalculator;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.IntermediaryCheck;
import org.modelcensus.measure.MeasureResolver;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.measure.ModelFacts;
import org.modelcensus.measure.ShareCalculator;
import org.modelcensus.report.CensusReport;
import org.modelcensus.report.LineageSection;
import org.modelcensus.report.TerminalReportWriter;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.SnapshotSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "The census report of one snapshot (default: the latest).",
            "",
            "Who the downloads go to by country, top organisations and developer type, with concentration,"
                    + " coverage, the data it was computed from and the command that reproduces each table; then"
                    + " lineage for the latest snapshot with declared base models: uploader against origin"
                    + " country shares, the largest families, data quality, and the registry's intermediary check.",
            ""
        })
final class ReportCommand implements Callable<Integer> {
    /** How many families the report lists. */
    private static final int TOP_FAMILIES = 5;

    private final CliContext context;

    @Mixin
    WindowOptions window;

    @Mixin
    MeasureOptions measureOptions;

    @Mixin
    CommonOptions common;

    ReportCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        UnknownNamespaces unknownNamespaces = measureOptions.unknownNamespaces();
        AttributionView view = measureOptions.view();
        try (CensusSession session = CensusSession.open(common, context)) {
            MeasureSelection selection = session.resolve(window.request(measureOptions));
            SnapshotSummary snapshot = selection.end();
            AttributedDownloads downloads = session.attribution.downloads(selection, view);
            ShareCalculator calculator = new ShareCalculator();
            CensusReport report = new CensusReport(
                    calculator.shares(downloads, GroupBy.COUNTRY, unknownNamespaces),
                    calculator.shares(downloads, GroupBy.ORGANIZATION, unknownNamespaces),
                    calculator.shares(downloads, GroupBy.TYPE, unknownNamespaces),
                    SnapshotFormat.fromLabel(snapshot.format()).description(),
                    session.catalog.files(snapshot),
                    session.store.path().toString(),
                    session.catalog.snapshots().size(),
                    MeasureOptions.reproduce(selection, view, unknownNamespaces),
                    session.catalog
                            .latestDeclaringBaseModels(window.to())
                            .map(lineageSnapshot -> lineage(session, lineageSnapshot, unknownNamespaces)));
            new TerminalReportWriter().write(report, context.out());
        }
        return 0;
    }

    private static LineageSection lineage(
            CensusSession session, SnapshotSummary snapshot, UnknownNamespaces unknownNamespaces) {
        MeasureSelection selection =
                MeasureSelection.at(snapshot, MeasureResolver.defaultMeasure(snapshot), Cohort.all());
        ShareCalculator calculator = new ShareCalculator();
        List<ModelFacts> modelFacts = session.attribution.modelFacts(selection);
        IntermediaryCheck check = new IntermediaryCheck(3);
        return new LineageSection(
                calculator.shares(
                        session.attribution.downloads(selection, AttributionView.UPLOADER),
                        GroupBy.COUNTRY,
                        unknownNamespaces),
                calculator.shares(
                        session.attribution.downloads(selection, AttributionView.ORIGIN),
                        GroupBy.COUNTRY,
                        unknownNamespaces),
                new FamilyCalculator(session.registry)
                        .families(selection, session.lineage.graph(snapshot), modelFacts, TOP_FAMILIES),
                check.candidates(session.lineage.graph(snapshot), modelFacts),
                check.minimumModels());
    }
}
