package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.lineage.Lineage;
import org.modelcensus.measure.Census;
import org.modelcensus.report.LineageWriter;
import org.modelcensus.store.SnapshotSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "lineage",
        mixinStandardHelpOptions = true,
        description = {
            "The lineage graph of a snapshot: each model's parents, roots and depth.",
            "",
            "Edges come from the tags base_model:<relation>:<id> and base_model:<id> and the card's base_model"
                    + " (a string or a list) with base_model_relation; relations are finetune, adapter, quantized,"
                    + " merge, or unknown when only the base model is named. Depth counts the edges on the"
                    + " shortest path to the nearest root. Missing parents (dangling), cycles (broken at their"
                    + " smallest id), self-references and invalid ids are counted, never fatal.",
            "Default snapshot: the latest where some model declares a base model.",
            ""
        })
final class LineageCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(
            names = "--model",
            paramLabel = "ID",
            description = "Show only this model, its ancestors and its descendants (a tree in table format).")
    String model;

    @Mixin
    SnapshotChoice snapshotChoice;

    @Mixin
    OutputOption output;

    @Mixin
    CommonOptions common;

    @Mixin
    HubOption hubOption;

    LineageCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        var format = output.format();
        try (Census session = hubOption.open(common, context)) {
            SnapshotSummary snapshot =
                    session.snapshots().selectDeclaringBaseModels(snapshotChoice.at(), snapshotChoice.source());
            LineageWriter writer = new LineageWriter(context.json(), context.width());
            if (model == null) {
                writer.writeAll(snapshot, session.lineage(), format, context.out());
                return 0;
            }
            Lineage around = session.lineage()
                    .around(snapshot, model)
                    .orElseThrow(() -> new CensusException(
                            ErrorCode.INVALID_ARGUMENT,
                            "--model " + model + " is neither a model of snapshot " + snapshot.label()
                                    + " nor a base model one of them declares (ids are case-sensitive, as on the"
                                    + " Hub)"));
            writer.writeModel(snapshot, around, model, format, context.out());
        }
        return 0;
    }
}
