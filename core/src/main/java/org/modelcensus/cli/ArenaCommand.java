package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.ArenaMapping;
import org.modelcensus.measure.ArenaCalculator;
import org.modelcensus.measure.ArenaStandings;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.report.ArenaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "arena",
        mixinStandardHelpOptions = true,
        description = {
            "Quality beside adoption: LMArena standings by country or organisation, over time.",
            "",
            "For every leaderboard date, each group's best model (open-weights only with --open-only): its rating,"
                    + " rank and 95 %% interval, the gap to the best proprietary model, and how many of the group's"
                    + " models are among the ten and fifty best. Leaderboard models map to the registry's"
                    + " organisations through data/arena/ (see `arena mapping`).",
            "",
            "Examples:",
            "  modelcensus arena --by country --open-only --at 2025-11-09",
            "  modelcensus arena --by organization --every month --format csv",
            "  modelcensus arena crossover --a CN --b US --open-only",
            "  modelcensus arena mapping --unmatched",
            "  modelcensus arena adoption --view origin",
            ""
        })
final class ArenaCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--by", paramLabel = "GROUP", description = "country (default) or organization.")
    String by = "country";

    @Option(
            names = "--open-only",
            description = "Count open-weights models only (licence class from data/arena/licenses.csv).")
    boolean openOnly;

    @Option(
            names = "--at",
            paramLabel = "YYYY-MM-DD",
            description = "Only the latest leaderboard date on or before this one.")
    LocalDate at;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "The first leaderboard date to show.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The last leaderboard date to show.")
    LocalDate to;

    @Option(
            names = "--every",
            paramLabel = "STEP",
            description = "snapshot (default): every leaderboard date; month: the last date of each month.")
    String every = "snapshot";

    @Mixin
    OutputOption output;

    @Mixin
    CommonOptions common;

    ArenaCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        GroupBy groupBy = ArgumentParser.forFlags().by(by);
        boolean monthly = ArenaCalculator.monthly(every);
        var format = output.format();
        if (at != null && (from != null || to != null)) {
            throw CensusException.invalidArgument("at", "give --at DATE, or --from/--to, not both");
        }
        try (Census census = common.openCensus(context)) {
            ArenaCalculator arena = new ArenaCalculator(census, ArenaMapping.bundled(census.registry()));
            ArenaStandings standings = arena.standings(
                    groupBy,
                    openOnly,
                    Optional.ofNullable(at),
                    Optional.ofNullable(from),
                    Optional.ofNullable(to),
                    monthly);
            new ArenaWriter(context.json(), context.width()).write(standings, format, context.out());
        }
        return 0;
    }

    @Command(
            name = "crossover",
            mixinStandardHelpOptions = true,
            description = {
                "The dates where a's best model passes b's on the leaderboard (and falls back).",
                "",
                "Judged on rating over the dates both groups are rated; and, strictly, only where the 95 %%"
                        + " intervals do not overlap (the 2025 leaderboard prints intervals; earlier files do not).",
                "",
                "Example:",
                "  modelcensus arena crossover --a CN --b US --open-only",
                ""
            })
    static final class Crossover implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--a", required = true, paramLabel = "KEY", description = "The group that passes, e.g. CN.")
        String a;

        @Option(names = "--b", required = true, paramLabel = "KEY", description = "The group passed, e.g. US.")
        String b;

        @Option(names = "--by", paramLabel = "GROUP", description = "country (default) or organization.")
        String by = "country";

        @Option(names = "--open-only", description = "Count open-weights models only.")
        boolean openOnly;

        @Mixin
        OutputOption output;

        @Mixin
        CommonOptions common;

        Crossover(CliContext context) {
            this.context = requireNonNull(context, "context is null");
        }

        @Override
        public Integer call() {
            GroupBy groupBy = ArgumentParser.forFlags().by(by);
            var format = output.format();
            try (Census census = common.openCensus(context)) {
                ArenaCalculator arena = new ArenaCalculator(census, ArenaMapping.bundled(census.registry()));
                ArenaStandings standings =
                        arena.standings(groupBy, openOnly, Optional.empty(), Optional.empty(), Optional.empty(), false);
                Set<String> keys = ArenaCalculator.keys(standings);
                for (String key : new String[] {a, b}) {
                    if (!keys.contains(key)) {
                        throw CensusException.invalidArgument(
                                "a", "no " + groupBy.label() + " \"" + key + "\" on the leaderboard; found " + keys);
                    }
                }
                new ArenaWriter(context.json(), context.width())
                        .write(
                                standings,
                                a,
                                b,
                                ArenaCalculator.crossings(standings, a, b, false),
                                ArenaCalculator.crossings(standings, a, b, true),
                                format,
                                context.out());
            }
            return 0;
        }
    }

    @Command(
            name = "mapping",
            mixinStandardHelpOptions = true,
            description = {
                "How each leaderboard model maps to the census: organisation, country, licence class, Hub repository.",
                "",
                "Hub repositories come from data/arena/models.csv first, then the leaderboard table's own Hub links,"
                        + " then the closest Hub id of the organisation's namespaces in the store (taken from a"
                        + " similarity of 0.9). Low-confidence and unmatched names are listed, never guessed.",
                "",
                "Example:",
                "  modelcensus arena mapping --unmatched",
                ""
            })
    static final class Mapping implements Callable<Integer> {
        private final CliContext context;

        @Option(
                names = "--unmatched",
                description = "List only models without an organisation, open-weights models without a Hub"
                        + " repository, and models of an unknown licence.")
        boolean unmatched;

        @Mixin
        OutputOption output;

        @Mixin
        CommonOptions common;

        Mapping(CliContext context) {
            this.context = requireNonNull(context, "context is null");
        }

        @Override
        public Integer call() {
            var format = output.format();
            try (Census census = common.openCensus(context)) {
                ArenaCalculator arena = new ArenaCalculator(census, ArenaMapping.bundled(census.registry()));
                new ArenaWriter(context.json(), context.width())
                        .writeMapping(arena.models(), unmatched, format, context.out());
            }
            return 0;
        }
    }

    @Command(
            name = "adoption",
            mixinStandardHelpOptions = true,
            description = {
                "Ratings beside downloads: the open-weights models of one leaderboard date whose Hub repository is"
                        + " in the measured snapshot, with the downloads of the repository (uploader view) or of its"
                        + " whole family (origin view), and Spearman's rank correlation between the two.",
                "",
                "Examples:",
                "  modelcensus arena adoption",
                "  modelcensus arena adoption --view origin --source lineage-crawl --format json",
                ""
            })
    static final class Adoption implements Callable<Integer> {
        private final CliContext context;

        @Option(
                names = "--rated-at",
                paramLabel = "YYYY-MM-DD",
                description = "The leaderboard date (the latest on or before it). Default: the latest.")
        LocalDate ratedAt;

        @Mixin
        WindowOptions window;

        @Mixin
        MeasureOptions measureOptions;

        @Mixin
        ViewOptions viewOptions;

        @Mixin
        OutputOption output;

        @Mixin
        CommonOptions common;

        Adoption(CliContext context) {
            this.context = requireNonNull(context, "context is null");
        }

        @Override
        public Integer call() {
            var format = output.format();
            var view = viewOptions.view();
            try (Census census = common.openCensus(context)) {
                ArenaCalculator arena = new ArenaCalculator(census, ArenaMapping.bundled(census.registry()));
                MeasureSelection selection = census.resolve(window.request(measureOptions));
                LocalDate date =
                        ratedAt == null ? arena.dates().get(arena.dates().size() - 1) : ratedAt;
                new ArenaWriter(context.json(), context.width())
                        .write(arena.adoption(selection, view, date), format, context.out());
            }
            return 0;
        }
    }
}
