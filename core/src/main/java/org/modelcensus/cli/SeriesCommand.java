package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.Callable;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.SeriesCalculator;
import org.modelcensus.measure.SeriesRequest;
import org.modelcensus.measure.ShareChange;
import org.modelcensus.report.SeriesWriter;
import org.modelcensus.report.ShareChangeWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "series",
        mixinStandardHelpOptions = true,
        description = {
            "Download shares over time, at a series of dates of one source.",
            "",
            "Each point is a share table: at the snapshot on or before its date (downloads30d, alltime), or over"
                    + " the --window days before it (window, firstyear; default 30 days, 365 for firstyear)."
                    + " Points whose window starts before the source's first snapshot are left out. On a source with"
                    + " only 30-day counts, --measure window is the 30-day count at each snapshot.",
            "Default: 30-day downloads where the source has them, else the window measure; the source of the"
                    + " latest snapshot holding the counts the measure needs.",
            "",
            "Examples:",
            "  modelcensus series --by country --source llmfit",
            "  modelcensus series --by country --source llmfit --explain CN,US --from 2026-02-26 --to 2026-05-10",
            ""
        })
final class SeriesCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    SeriesOptions seriesOptions;

    @Mixin
    MeasureOptions measureOptions;

    @Mixin
    ViewOptions viewOptions;

    @Mixin
    CountingOptions countingOptions;

    @Option(
            names = "--explain",
            paramLabel = "A,B",
            split = ",",
            description = "Instead of the series, explain why these groups' shares changed from --from to --to: the"
                    + " part of the change from models present at both dates, from models that entered and from"
                    + " models that left, with the largest contributors of each.")
    List<String> explain;

    @Mixin
    OutputOption output;

    @Mixin
    CommonOptions common;

    @Mixin
    HubOption hubOption;

    SeriesCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        SeriesRequest request = seriesOptions.request(measureOptions, viewOptions, countingOptions);
        var format = output.format();
        try (Census session = hubOption.open(common, context)) {
            var calculator = new SeriesCalculator(session.attribution(), session.resolver());
            if (explain != null) {
                var endpoints = calculator.endpoints(request);
                new ShareChangeWriter(context.json(), context.width())
                        .write(endpoints, ShareChange.explain(session, endpoints, explain), format, context.out());
                return 0;
            }
            var series = calculator.series(request);
            new SeriesWriter(context.json(), context.width()).write(series, format, context.out());
        }
        return 0;
    }
}
