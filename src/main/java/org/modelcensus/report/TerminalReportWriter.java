package org.modelcensus.report;

import java.io.PrintStream;
import org.modelcensus.measure.ShareTable;
import org.modelcensus.store.SnapshotFile;

/** Prints the census report as readable terminal text. */
public final class TerminalReportWriter {
    /** How many organisations the report lists. */
    public static final int TOP_ORGANIZATIONS = 15;

    public void write(CensusReport report, PrintStream out) {
        ShareTable countries = report.countries();
        long models = countries.rows().stream().mapToLong(row -> row.models()).sum();
        out.println("ModelCensus: who builds the open models the world downloads");
        out.println();
        out.println("Snapshot " + countries.snapshot().label() + ": " + Figures.count(models) + " models, "
                + Figures.count(countries.totalDownloads()) + " "
                + countries.measure().description() + " ("
                + countries.measure().label() + "), " + countries.view().label() + " view.");
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
        out.println();
        out.println("Data");
        out.println("  Snapshot " + countries.snapshot().label() + ": " + report.sourceDescription());
        for (SnapshotFile file : report.files()) {
            out.println("    " + file.name() + " (sha256 " + file.sha256().substring(0, 12) + ", "
                    + Figures.count(file.models()) + " models)");
        }
        out.println("  Registry " + countries.registry().describe());
        out.println("  Store " + report.store() + ": " + report.snapshotsInStore()
                + " snapshots (`modelcensus status` lists them)");
    }

    private static void section(PrintStream out, String title, ShareTable table, int limit, String selection) {
        out.println();
        out.println(title);
        String text = ShareTableWriter.text(table, limit);
        out.print(text.substring(text.indexOf('\n') + 1));
        out.println("  Reproduce: modelcensus shares --by " + table.by().label() + " " + selection);
    }
}
