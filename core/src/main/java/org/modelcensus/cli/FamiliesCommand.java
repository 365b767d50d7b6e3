package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.FamilyCalculator;
import org.modelcensus.measure.FamilyTable;
import org.modelcensus.measure.MeasureRequest;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.report.FamilyTableWriter;
import org.modelcensus.store.SnapshotSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "families",
        mixinStandardHelpOptions = true,
        description = {
            "The largest model families (a root model and its derivatives) of a snapshot.",
            "",
            "Per family: derivatives by relation, the root's own downloads against its derivatives', the share"
                    + " of the family's downloads the derivatives carry, and where the derivatives' uploaders are"
                    + " based. A derivative of several roots counts in each family with an equal part of its"
                    + " downloads.",
            "Default snapshot: the latest where some model declares a base model.",
            ""
        })
final class FamiliesCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "How many families (default 10).")
    int top;

    @Mixin
    WindowOptions window;

    @Mixin
    MeasureOptions measureOptions;

    @Mixin
    OutputOption output;

    @Mixin
    CommonOptions common;

    @Mixin
    HubOption hubOption;

    FamiliesCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        if (top < 1) {
            throw CensusException.invalidArgument("top", "--top is " + top + "; expected a positive number");
        }
        var format = output.format();
        try (Census session = hubOption.open(common, context)) {
            SnapshotSummary snapshot =
                    session.snapshots().selectDeclaringBaseModels(window.to(), measureOptions.source());
            MeasureSelection selection = session.resolve(new MeasureRequest(
                    measureOptions.measure(),
                    window.from(),
                    Optional.of(snapshot.date()),
                    Optional.of(snapshot.source()),
                    measureOptions.windowDays(),
                    measureOptions.cohort()));
            FamilyTable table = new FamilyCalculator(session.attribution()).families(selection, top);
            new FamilyTableWriter(context.json(), context.width()).write(table, format, context.out());
        }
        return 0;
    }
}
