package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.measure.ShareCalculator;
import org.modelcensus.measure.ShareTable;
import org.modelcensus.report.ShareTableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        mixinStandardHelpOptions = true,
        name = "shares",
        description = {
            "Download shares of one snapshot by country, organisation or developer type.",
            "",
            "With concentration (HHI on the 0-10,000 scale, Gini, top-1 and top-5 share, effective number ="
                    + " 10,000/HHI) and coverage (the share of downloads whose namespace the registry lists).",
            "Concentration is computed over attributed groups: UNKNOWN is left out and the other shares renormalised.",
            ""
        })
final class SharesCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(
            names = "--by",
            required = true,
            paramLabel = "GROUP",
            description = "country (ISO 3166-1 alpha-2, INTL = International/Online), organization or type.")
    String by;

    @Mixin
    WindowOptions window;

    @Mixin
    MeasureOptions measureOptions;

    @Mixin
    ViewOptions viewOptions;

    @Mixin
    CountingOptions countingOptions;

    @Mixin
    OutputOption output;

    @Mixin
    CommonOptions common;

    @Mixin
    HubOption hubOption;

    SharesCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        GroupBy groupBy = ArgumentParser.forFlags().by(by);
        var format = output.format();
        var unknownNamespaces = viewOptions.unknownNamespaces();
        AttributionView view = viewOptions.view();
        try (Census session = hubOption.open(common, context)) {
            MeasureSelection selection =
                    session.resolve(window.request(measureOptions).withCounting(countingOptions.counting()));
            ShareTable table = new ShareCalculator()
                    .shares(
                            session.attribution()
                                    .downloads(
                                            selection,
                                            view,
                                            ShareCalculator.needsNamespaces(groupBy, unknownNamespaces)),
                            groupBy,
                            unknownNamespaces);
            new ShareTableWriter(context.json(), context.width()).write(table, format, context.out());
        }
        return 0;
    }
}
