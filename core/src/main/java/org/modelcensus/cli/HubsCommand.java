package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.HubNamespaces;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.HubComparison;
import org.modelcensus.measure.HubLinks;
import org.modelcensus.report.HubsWriter;
import org.modelcensus.source.Hub;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "hubs",
        mixinStandardHelpOptions = true,
        description = {
            "How much does the Hugging Face view undercount? Each group's downloads on Hugging Face and on"
                    + " ModelScope over one window, its share of Hugging Face alone and of both hubs, and the"
                    + " difference (the undercount, in points).",
            "",
            "A hub with 30-day counts contributes its count at --to; a hub with all-time counts (ModelScope)"
                    + " its gain over the window (a model absent at --from counts from 0, a fall counts 0). Default"
                    + " window: the latest two snapshots of the ModelScope source. ModelScope namespaces count"
                    + " where data/hub_namespaces.csv places them in the registry; others are UNKNOWN. A combined"
                    + " count adds two different counters.",
            "",
            "Examples:",
            "  modelcensus hubs --by country",
            "  modelcensus hubs --by organization --from 2025-05-07 --to 2025-06-07 --format json",
            "  modelcensus hubs --links --limit 50",
            ""
        })
final class HubsCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(
            names = "--by",
            paramLabel = "GROUP",
            defaultValue = "country",
            description = "country (default), organization or type.")
    String by;

    @Option(
            names = "--source",
            paramLabel = "SOURCE",
            description = "The Hugging Face source (default: the ModelScope source's name without -modelscope, as"
                    + " `import --format osir-lmts` names the two).")
    String huggingfaceSource;

    @Option(
            names = "--modelscope-source",
            paramLabel = "SOURCE",
            description = "The ModelScope source (default: the only one in the store).")
    String modelscopeSource;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "The window's first day, a snapshot date of both sources (default: the ModelScope"
                    + " snapshot before --to).")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "The window's last day, a snapshot date of both sources (default: the latest ModelScope"
                    + " snapshot).")
    LocalDate to;

    @Option(
            names = "--links",
            description = "Instead of the shares: which ModelScope models are the same models as Hugging Face ones"
                    + " (same name, namespaces of the same organisation), at the window's last snapshots, with a"
                    + " confidence, and the ambiguous ones.")
    boolean links;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "With --links, the links a table shows (default 20; CSV and JSON list all).")
    int limit;

    @Mixin
    OutputOption output;

    @Mixin
    CommonOptions common;

    HubsCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw CensusException.invalidArgument("limit", "--limit is " + limit + "; expected a positive number");
        }
        var groupBy = ArgumentParser.forFlags().by(by);
        var format = output.format();
        try (Census session = common.openCensus(context)) {
            HubNamespaces namespaces = HubNamespaces.bundledWhereRegistered(session.registry());
            HubComparison comparison = new HubComparison(
                    session.engine(), namespaces, session.snapshots().snapshots());
            HubComparison.Window window = comparison.window(
                    Optional.ofNullable(huggingfaceSource),
                    Optional.ofNullable(modelscopeSource),
                    Optional.ofNullable(from),
                    Optional.ofNullable(to));
            HubsWriter writer = new HubsWriter(context.json(), context.width());
            if (links) {
                writer.write(
                        new HubLinks(session.engine(), namespaces)
                                .link(window.end(Hub.MODELSCOPE), window.end(Hub.HUGGINGFACE)),
                        limit,
                        format,
                        context.out());
            } else {
                writer.write(comparison.compare(groupBy, window), format, context.out());
            }
        }
        return 0;
    }
}
