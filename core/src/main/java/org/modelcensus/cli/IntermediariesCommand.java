package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.IntermediaryCheck;
import org.modelcensus.measure.Measure;
import org.modelcensus.measure.MeasureResolver;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.report.IntermediaryWriter;
import org.modelcensus.store.SnapshotSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "intermediaries",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the registry's intermediary type against the data.",
            "",
            "Lists namespaces whose models are 80 %% or more re-packaged derivatives (declared quantized, or"
                    + " declaring a base model and tagged gguf, mlx, awq, gptq, exl2 or compressed-tensors) but"
                    + " which the registry types otherwise or does not list, so a curator can fix them.",
            "Default snapshot: the latest where some model declares a base model.",
            ""
        })
final class IntermediariesCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(
            names = "--min-models",
            paramLabel = "N",
            defaultValue = "3",
            description = "Judge only namespaces with at least N models in the snapshot (default 3).")
    int minimumModels;

    @Mixin
    SnapshotChoice snapshotChoice;

    @Mixin
    OutputOption output;

    @Mixin
    CommonOptions common;

    @Mixin
    HubOption hubOption;

    IntermediariesCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        if (minimumModels < 1) {
            throw CensusException.invalidArgument(
                    "min-models", "--min-models is " + minimumModels + "; expected a positive number");
        }
        var format = output.format();
        try (Census session = hubOption.open(common, context)) {
            SnapshotSummary snapshot =
                    session.snapshots().selectDeclaringBaseModels(snapshotChoice.at(), snapshotChoice.source());
            Measure measure = MeasureResolver.defaultMeasure(snapshot);
            IntermediaryCheck check = new IntermediaryCheck(minimumModels);
            new IntermediaryWriter(context.json(), context.width())
                    .write(
                            snapshot,
                            minimumModels,
                            check.candidates(
                                    session.attribution(), MeasureSelection.at(snapshot, measure, Cohort.all())),
                            format,
                            context.out());
        }
        return 0;
    }
}
