package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.Sensitivity;
import org.modelcensus.measure.SensitivityCalculator;
import org.modelcensus.report.SensitivityWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        mixinStandardHelpOptions = true,
        name = "sensitivity",
        description = {
            "How much a share table depends on the counting choices: recomputes it under each documented choice,"
                    + " one at a time and all combined, and prints each group's share range and the gap between two"
                    + " groups.",
            "",
            "Choices: the view (uploader, origin); re-packaged derivatives (counted, left out, credited to their"
                    + " roots); suspected automated downloads (data/counting/automated_rules.csv); spikes capped"
                    + " (window measure); stale 30-day counters as 0 (needs all-time counts); unregistered"
                    + " namespaces (UNKNOWN, INTL, left out, allocated in proportion); regions (HK, MO, TW with CN or"
                    + " apart); the measure (downloads30d, firstyear, alltime where the data has them). \"All"
                    + " combined\" applies every cleaning choice the data allows at once, unregistered namespaces"
                    + " left out. A choice the data cannot answer is listed with the reason.",
            "Each variant prints the flags that make 'shares' print its table.",
            "",
            "Examples:",
            "  modelcensus sensitivity --by country",
            "  modelcensus sensitivity --by country --compare CN,US --format json",
            "  modelcensus sensitivity --by country --source forecast-hf --measure window --from 2024-09-30"
                    + " --to 2024-10-31",
            ""
        })
final class SensitivityCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--by", required = true, paramLabel = "GROUP", description = "country, organization or type.")
    String by;

    @Option(
            names = "--compare",
            paramLabel = "A,B",
            split = ",",
            description = "The two groups whose gap to follow (e.g. CN,US). Default: the baseline's two largest"
                    + " attributed groups.")
    List<String> compare;

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

    SensitivityCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        var groupBy = ArgumentParser.forFlags().by(by);
        var format = output.format();
        var request = window.request(measureOptions).withCounting(countingOptions.counting());
        try (Census census = hubOption.open(common, context)) {
            Sensitivity sensitivity = new SensitivityCalculator(census)
                    .compute(
                            request,
                            groupBy,
                            viewOptions.view(),
                            viewOptions.unknownNamespaces(),
                            Optional.ofNullable(compare));
            new SensitivityWriter(context.json(), context.width()).write(sensitivity, format, context.out());
        }
        return 0;
    }
}
