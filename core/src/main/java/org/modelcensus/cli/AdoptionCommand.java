package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.measure.Adoption;
import org.modelcensus.measure.AdoptionCalculator;
import org.modelcensus.measure.AdoptionTable;
import org.modelcensus.measure.Census;
import org.modelcensus.report.AdoptionWriter;
import org.modelcensus.store.SnapshotSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "adoption",
        mixinStandardHelpOptions = true,
        description = {
            "Relative adoption of models (the ATOM Project's metric).",
            "",
            "A model's all-time downloads --days after its creation, divided by those of the model ranked 10th in"
                    + " its size class at the same age: 1.0 is as adopted as the tenth most adopted model of its"
                    + " size. Size classes by total parameters: under 3B, 3B to 30B, 30B and over, unknown size;"
                    + " counts come from data/model_parameters.csv (the ATOM Project's curated table), else from"
                    + " the store's snapshots. Needs a source with all-time counts; only models created on or after"
                    + " its first snapshot, whose first --days it covers, are measured. A class of fewer than 10"
                    + " models has no reference.",
            ""
        })
final class AdoptionCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--model", paramLabel = "ID", description = "Show only this model.")
    String model;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many models (default 20).")
    int top;

    @Option(
            names = "--days",
            paramLabel = "N",
            defaultValue = "30",
            description = "The age at which models are compared, in days after creation (default 30).")
    int days;

    @Option(
            names = "--source",
            paramLabel = "LABEL",
            description = "The source. Default: that of the latest snapshot with all-time counts.")
    String source;

    @Mixin
    OutputOption output;

    @Mixin
    CommonOptions common;

    @Mixin
    HubOption hubOption;

    AdoptionCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        if (top < 1) {
            throw CensusException.invalidArgument("top", "--top is " + top + "; expected a positive number");
        }
        if (days < 1) {
            throw CensusException.invalidArgument("days", "--days is " + days + "; expected a positive number");
        }
        var format = output.format();
        try (Census session = hubOption.open(common, context)) {
            String chosen = source != null
                    ? source
                    : session.resolver()
                            .snapshots()
                            .latestWithAllTime()
                            .map(SnapshotSummary::source)
                            .orElseThrow(() -> new CensusException(
                                    ErrorCode.MEASURE_UNAVAILABLE,
                                    "no snapshot in the store has all-time download counts, which adoption needs"));
            List<SnapshotSummary> ofSource = session.snapshots().ofSource(chosen);
            if (ofSource.isEmpty()) {
                throw new CensusException(
                        ErrorCode.SNAPSHOT_NOT_FOUND,
                        "no snapshot of source \"" + chosen + "\"; `modelcensus status` lists the sources");
            }
            if (ofSource.get(ofSource.size() - 1).downloadsAllTime().isEmpty()) {
                throw new CensusException(
                        ErrorCode.MEASURE_UNAVAILABLE,
                        "source " + chosen + " has no all-time download counts, which adoption needs");
            }
            AdoptionTable table = new AdoptionCalculator(session.engine()).adoption(chosen, days);
            List<Adoption> shown;
            if (model != null) {
                shown = table.models().stream()
                        .filter(adoption -> adoption.model().equals(model))
                        .toList();
                if (shown.isEmpty()) {
                    throw CensusException.invalidArgument(
                            "model",
                            "--model " + model + " is not measured in source " + chosen + ": it is not there, its"
                                    + " creation date is unknown, or it was younger than " + days
                                    + " days at the last snapshot");
                }
            } else {
                shown = table.models().subList(0, Math.min(top, table.models().size()));
            }
            new AdoptionWriter(context.json(), context.width()).write(table, shown, format, context.out());
        }
        return 0;
    }
}
