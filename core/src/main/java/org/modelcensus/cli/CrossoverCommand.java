package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.CrossoverFinder;
import org.modelcensus.measure.SeriesCalculator;
import org.modelcensus.measure.SeriesRequest;
import org.modelcensus.measure.ShareSeries;
import org.modelcensus.report.CrossoverWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "crossover",
        mixinStandardHelpOptions = true,
        description = {
            "The dates where one group's share passes another's (and falls back).",
            "",
            "Measures the same series as `series` and lists every point where a's share moves from at most b's to"
                    + " more than b's (up) or back (down), with both shares on that date. Points without downloads"
                    + " are passed over.",
            ""
        })
final class CrossoverCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--a", required = true, paramLabel = "KEY", description = "The group that passes, e.g. CN.")
    String a;

    @Option(names = "--b", required = true, paramLabel = "KEY", description = "The group passed, e.g. US.")
    String b;

    @Mixin
    SeriesOptions seriesOptions;

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

    CrossoverCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        SeriesRequest request = seriesOptions.request(measureOptions, viewOptions, countingOptions);
        var format = output.format();
        try (Census session = hubOption.open(common, context)) {
            ShareSeries series = new SeriesCalculator(session.attribution(), session.resolver()).series(request);
            CrossoverFinder.requireGroups(series, a, b, ArgumentParser.forFlags());
            new CrossoverWriter(context.json(), context.width())
                    .write(series, a, b, CrossoverFinder.crossings(series, a, b), format, context.out());
        }
        return 0;
    }
}
