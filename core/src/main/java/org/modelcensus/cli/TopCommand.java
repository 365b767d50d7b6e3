package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.TopModels;
import org.modelcensus.report.TopWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        mixinStandardHelpOptions = true,
        name = "top",
        description = {
            "The evidence behind a share: the models that carry a group's downloads, largest first, with each one's"
                    + " part of the group, the cumulative part, its creation date, its relation and root, and the"
                    + " counting rules that flag it (repackaged, an automated rule, stale, spike).",
            "With --unknown: the namespaces the registry does not list, by downloads (what a registry curator adds"
                    + " next).",
            "",
            "Examples:",
            "  modelcensus top --by country --key CN",
            "  modelcensus top --by organization --key Alibaba --limit 5 --format json",
            "  modelcensus top --by country --key US --flagged automated",
            "  modelcensus top --unknown --limit 30",
            ""
        })
final class TopCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(
            names = "--by",
            paramLabel = "GROUP",
            description = "country, organization or type: how --key names the group.")
    String by;

    @Option(
            names = "--key",
            paramLabel = "KEY",
            description = "The group, as shares prints its key (CN, Alibaba, big-tech, UNKNOWN).")
    String key;

    @Option(names = "--unknown", description = "List the namespaces the registry does not list instead.")
    boolean unknown;

    @Option(
            names = "--flagged",
            paramLabel = "RULE",
            description = "Only the models a rule flags: repackaged, automated, stale, spike, or one automated rule"
                    + " (test-namespace, test-name, tiny-model-volume).")
    String flagged;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "How many models or namespaces (default 20).")
    int limit;

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

    TopCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        if (unknown == (key != null)) {
            throw CensusException.invalidArgument(
                    "key",
                    "give --by and --key to list a group's models, or --unknown to list unregistered namespaces");
        }
        if (key != null && by == null) {
            throw CensusException.invalidArgument("by", "--key needs --by (country, organization or type)");
        }
        var format = output.format();
        var request = window.request(measureOptions).withCounting(countingOptions.counting());
        var writer = new TopWriter(context.json(), context.width());
        try (Census census = hubOption.open(common, context)) {
            TopModels top = new TopModels(census);
            if (unknown) {
                writer.write(top.unknownNamespaces(request, viewOptions.view(), limit), format, context.out());
            } else {
                GroupBy groupBy = ArgumentParser.forFlags().by(by);
                writer.write(
                        top.top(
                                request,
                                groupBy,
                                viewOptions.view(),
                                viewOptions.unknownNamespaces(),
                                key,
                                limit,
                                Optional.ofNullable(flagged)),
                        format,
                        context.out());
            }
        }
        return 0;
    }
}
