package org.modelcensus.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelcensus.measure.ArenaCrossing;
import org.modelcensus.measure.ArenaStandings;
import org.modelcensus.measure.Crossing;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.measure.ShareRow;
import org.modelcensus.measure.ShareSeries;
import org.modelcensus.measure.ShareTable;
import org.modelcensus.store.SnapshotFile;
import org.modelcensus.store.SnapshotSummary;

/** Prints the census report as readable terminal text. */
public final class TerminalReportWriter {
    /** How many organisations the report lists. */
    public static final int TOP_ORGANIZATIONS = 15;

    /** How many countries the time and cohort sections name. */
    private static final int SHOWN_COUNTRIES = 5;

    private final int width;

    public TerminalReportWriter() {
        this(Layout.DEFAULT_WIDTH);
    }

    /** A writer whose report fits {@code width} columns. */
    public TerminalReportWriter(int width) {
        this.width = width;
    }

    public void write(CensusReport report, PrintStream terminal) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        unfitted(report, new PrintStream(buffer, false, StandardCharsets.UTF_8));
        terminal.print(Layout.fit(buffer.toString(StandardCharsets.UTF_8), width));
    }

    private void unfitted(CensusReport report, PrintStream out) {
        ShareTable countries = report.countries();
        out.println("ModelCensus: who builds the open models the world downloads");
        out.println();
        out.println("Snapshot " + countries.snapshot().label() + ": " + Figures.count(countries.models()) + " models, "
                + Figures.count(countries.totalDownloads()) + " "
                + countries.measure().description() + " ("
                + countries.measure().label() + "), " + countries.view().label() + " view.");
        JsonOutput.caveat(countries.snapshot()).ifPresent(out::println);
        out.println("The registry attributes " + Figures.percent(countries.coverage())
                + " of these downloads to an organisation; the rest is reported as UNKNOWN.");
        section(out, "Downloads by country", countries, Integer.MAX_VALUE, report.selection());
        section(
                out,
                "Top " + TOP_ORGANIZATIONS + " organisations",
                report.organizations(),
                TOP_ORGANIZATIONS,
                report.selection());
        section(out, "Downloads by developer type", report.types(), Integer.MAX_VALUE, report.selection());
        report.robustness().ifPresent(robustness -> {
            out.println();
            out.print(SensitivityWriter.section(robustness, width));
        });
        for (TimeSection section : report.time()) {
            out.println();
            time(out, section);
        }
        if (!report.headlines().isEmpty()) {
            out.println();
            out.println("Cohorts: who the downloads of new models go to");
            for (ShareTable headline : report.headlines()) {
                headline(out, headline);
            }
        }
        if (report.lineage().isPresent()) {
            out.println();
            lineage(out, report.lineage().get());
        }
        report.arena().ifPresent(section -> {
            out.println();
            arena(out, section);
        });
        report.hubs().ifPresent(table -> {
            out.println();
            out.println(ReportService.HUBS + ": how much the Hugging Face view undercounts");
            out.print(HubsWriter.text(table, width));
            out.println("  Reproduce: " + HubsWriter.command(table));
        });
        if (!report.omitted().isEmpty()) {
            out.println();
            out.println("Left out (the data at hand cannot give these sections)");
            for (Omission omission : report.omitted()) {
                out.println("  " + omission.describe());
            }
        }
        out.println();
        out.println("Data");
        out.println("  Snapshot " + countries.snapshot().label() + ": " + report.sourceDescription());
        for (SnapshotFile file : report.files()) {
            out.println("    " + file.name() + " (sha256 " + file.sha256().substring(0, 12) + ", "
                    + Figures.count(file.models()) + " models)");
        }
        out.println("  Registry " + countries.registry().describe());
        out.println("  Store " + report.store() + ": " + Figures.counted(report.snapshotsInStore(), "snapshot")
                + " (`modelcensus status` lists them)");
    }

    private void time(PrintStream out, TimeSection section) {
        ShareSeries series = section.uploader();
        out.println("Change over time - source " + series.source());
        String table = SeriesWriter.text(series, SHOWN_COUNTRIES, width - 2);
        out.print("  " + table.replace("\n  ", "\n    "));
        if (section.origin().isPresent()) {
            out.println("  Origin view:");
            String origin = SeriesWriter.text(section.origin().get(), SHOWN_COUNTRIES, width - 2);
            out.print(origin.substring(origin.indexOf('\n') + 1).replace("  ", "    "));
        } else {
            out.println("  The origin view is the same: no model of this source declares a base model.");
        }
        if (section.crossings().isEmpty()) {
            out.println("  " + section.a() + " and " + section.b() + " do not cross at any snapshot of the source.");
        }
        for (Crossing crossing : section.crossings()) {
            out.println("  Crossing on " + crossing.date() + ": " + crossing.passing(section.a(), section.b()) + " ("
                    + section.a() + " " + Figures.percent(crossing.a()) + ", " + section.b() + " "
                    + Figures.percent(crossing.b()) + ", at the snapshots of the source)");
        }
        String window =
                series.windowDays().map(days -> " --window " + days + "d").orElse("");
        String measure = " --measure "
                + (series.thirtyDayFallback() ? "window" : series.measure().label()) + window
                + Reproduce.viewFlags(series.view(), series.unknownNamespaces());
        out.println("  Reproduce: modelcensus series --by country --source " + series.source() + measure + " --every "
                + series.every().label() + "; modelcensus crossover --by country --a " + section.a() + " --b "
                + section.b() + " --source " + series.source() + measure);
    }

    private void headline(PrintStream out, ShareTable table) {
        MeasureSelection selection = table.selection();
        out.println("  " + table.snapshot().source() + ": " + selection.describe() + "; "
                + selection.cohort().describe(selection.windowEnd()));
        String shares = table.rows().stream()
                .limit(SHOWN_COUNTRIES)
                .map(row -> row.key() + " " + Figures.percent(row.share()))
                .collect(Collectors.joining(", "));
        out.println("    " + shares + " of " + Figures.count(table.totalDownloads()) + " downloads"
                + (table.notes().describe().isEmpty()
                        ? ""
                        : " (" + table.notes().describe() + ")"));
        StringBuilder flags = new StringBuilder();
        selection.windowStart().ifPresent(start -> flags.append(" --from ").append(start));
        flags.append(" --to ").append(selection.windowEnd());
        selection
                .cohort()
                .createdWithinDays()
                .ifPresent(
                        days -> flags.append(" --created-within ").append(days).append('d'));
        out.println("    Reproduce: modelcensus shares --by country --source "
                + table.snapshot().source() + " --measure "
                + selection.measure().label() + flags + Reproduce.viewFlags(table.view(), table.unknownNamespaces()));
    }

    private void lineage(PrintStream out, LineageSection section) {
        ShareTable uploader = section.uploaderCountries();
        ShareTable origin = section.originCountries();
        SnapshotSummary snapshot = uploader.snapshot();
        String selection = "--at " + snapshot.date() + " --source " + snapshot.source() + " --measure "
                + uploader.measure().label();
        out.println("Lineage - snapshot " + snapshot.label() + ", the latest whose models declare base models ("
                + Figures.count(snapshot.modelsDeclaringBaseModels()) + " of " + Figures.count(snapshot.models())
                + " do); " + uploader.measure().description());
        out.println();
        out.println("Country shares: uploader view against origin view (derivatives credited to their roots)");
        Map<String, ShareRow> byOrigin = new LinkedHashMap<>();
        origin.rows().forEach(row -> byOrigin.put(row.key(), row));
        Map<String, ShareRow> byUploader = new LinkedHashMap<>();
        uploader.rows().forEach(row -> byUploader.put(row.key(), row));
        Set<String> keys = new LinkedHashSet<>(byUploader.keySet());
        keys.addAll(byOrigin.keySet());
        TextTable table = new TextTable(
                "Country",
                "",
                ">Uploader downloads",
                ">Uploader share",
                ">Origin downloads",
                ">Origin share",
                ">Change");
        for (String key : keys) {
            ShareRow left = byUploader.get(key);
            ShareRow right = byOrigin.get(key);
            double leftShare = left == null ? 0 : left.share();
            double rightShare = right == null ? 0 : right.share();
            table.row(
                    key,
                    (left != null ? left : right).label(),
                    left == null ? "-" : Figures.count(left.downloads()),
                    Figures.percent(leftShare),
                    right == null ? "-" : Figures.count(right.downloads()),
                    Figures.percent(rightShare),
                    String.format(Locale.ROOT, "%+.2f pp", 100 * (rightShare - leftShare)));
        }
        out.print(table.render("  ", width));
        out.println("  Reproduce: modelcensus shares --by country " + selection
                + Reproduce.viewFlags(origin.view(), origin.unknownNamespaces()));
        out.println();
        out.println("Largest families");
        String families = FamilyTableWriter.text(section.families(), width);
        out.print(families.substring(families.indexOf('\n') + 1));
        out.println("  Reproduce: modelcensus families " + selection);
        out.println();
        out.println("Registry check");
        String check = IntermediaryWriter.text(
                snapshot, section.intermediaryMinimumModels(), section.intermediaries(), width - 2);
        out.print("  " + check.replace("\n  ", "\n    "));
        out.println(
                "  Reproduce: modelcensus intermediaries --at " + snapshot.date() + " --source " + snapshot.source());
    }

    private void section(PrintStream out, String title, ShareTable table, int limit, String selection) {
        out.println();
        out.println(title);
        String text = ShareTableWriter.text(table, limit, width);
        out.print(text.substring(text.indexOf('\n') + 1));
        out.println("  Reproduce: modelcensus shares --by " + table.by().label() + " " + selection);
    }

    /** The leaderboard in a few lines: the latest leaders, the last time a passed b, the correlation, the coverage. */
    private static void arena(PrintStream out, ArenaSection section) {
        out.println("Quality beside adoption (LMArena text leaderboard, open-weights models)");
        List<ArenaStandings.Point> points = section.standings().points();
        ArenaStandings.Point last = points.get(points.size() - 1);
        String leaders = last.leaders().stream()
                .limit(4)
                .map(leader -> leader.displayName() + " (" + leader.key() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        out.println("  Best open models on " + last.date() + ": " + leaders);
        section.crossings().stream()
                .filter(crossing -> crossing.direction() == org.modelcensus.measure.Crossing.Direction.UP)
                .findFirst()
                .ifPresent(first -> out.println("  " + section.a() + "'s best open model first passed " + section.b()
                        + "'s on " + first.date() + " (" + first.a().displayName() + " over "
                        + first.b().displayName() + ")"));
        if (!section.crossings().isEmpty()) {
            ArenaCrossing latest = section.crossings().get(section.crossings().size() - 1);
            out.println("  Last crossing: " + latest.date() + ", " + section.a()
                    + (latest.direction() == org.modelcensus.measure.Crossing.Direction.UP
                            ? " passes "
                            : " falls behind ")
                    + section.b() + " (" + latest.a().displayName() + " "
                    + Figures.decimal(latest.a().rating(), 0)
                    + " against " + latest.b().displayName() + " "
                    + Figures.decimal(latest.b().rating(), 0) + ")");
        }
        out.println("  " + ArenaWriter.correlation(section.adoption().correlation()) + ", "
                + section.adoption().view().label() + " view");
        out.println("  Mapping: " + section.coverage().text());
        out.println("  Reproduce: modelcensus arena --by country --open-only --every month; modelcensus arena crossover"
                + " --a " + section.a() + " --b " + section.b() + " --open-only; modelcensus arena adoption");
    }
}
