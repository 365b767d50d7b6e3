package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.measure.Concentration;
import org.modelcensus.measure.Counting;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.measure.ShareRow;
import org.modelcensus.measure.ShareTable;

/** Prints a share table as a terminal table, CSV or JSON. */
public final class ShareTableWriter {
    /** How the concentration measures treat unattributed downloads, said wherever they are printed. */
    static final String CONCENTRATION_BASIS = "over attributed groups: UNKNOWN left out, shares renormalised";

    private final ObjectMapper json;
    private final int width;

    public ShareTableWriter(ObjectMapper json) {
        this(json, Layout.DEFAULT_WIDTH);
    }

    /** A writer whose tables and text fit {@code width} columns. */
    public ShareTableWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(ShareTable table, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(table, Integer.MAX_VALUE, width), width));
            case CSV -> csv(table, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(table)));
        }
    }

    /** The table as terminal text, at most {@code limit} groups (the rest summed in one line). */
    static String text(ShareTable table, int limit, int width) {
        boolean organizations = table.by() == GroupBy.ORGANIZATION;
        TextTable text = organizations
                ? new TextTable(">#", "Organisation (country)", ">Downloads", ">Share", ">Models")
                : new TextTable(
                        ">#",
                        table.by() == GroupBy.COUNTRY ? "Country" : "Type",
                        "",
                        ">Downloads",
                        ">Share",
                        ">Models");
        int rank = 0;
        double restDownloads = 0;
        long restModels = 0;
        for (ShareRow row : table.rows()) {
            rank++;
            if (rank > limit) {
                restDownloads += row.downloads();
                restModels += row.models();
                continue;
            }
            String[] names = organizations ? new String[] {row.label()} : new String[] {row.key(), row.label()};
            text.row(cells(Integer.toString(rank), names, row.downloads(), row.share(), row.models()));
        }
        if (rank > limit) {
            String rest = "(" + (rank - limit) + " more)";
            text.row(cells(
                    "",
                    organizations ? new String[] {rest} : new String[] {rest, ""},
                    restDownloads,
                    table.totalDownloads() > 0 ? restDownloads / table.totalDownloads() : 0,
                    restModels));
        }
        StringBuilder out = new StringBuilder();
        out.append(heading(table)).append('\n');
        out.append(text.render("  ", width));
        out.append("  Total ")
                .append(Figures.count(table.totalDownloads()))
                .append(" downloads of ")
                .append(Figures.count(table.models()))
                .append(" models; the registry covers ")
                .append(Figures.percent(table.coverage()))
                .append(" of them")
                .append(unknownNote(table.unknownNamespaces()))
                .append('\n');
        table.lineage()
                .ifPresent(quality -> out.append("  Lineage followed: ")
                        .append(JsonOutput.describe(quality))
                        .append('\n'));
        out.append("  Concentration (").append(CONCENTRATION_BASIS).append("): ");
        out.append(table.concentration().map(ShareTableWriter::concentration).orElse("none (no attributed downloads)"));
        out.append('\n');
        return out.toString();
    }

    private static String unknownNote(UnknownNamespaces unknown) {
        return switch (unknown) {
            case REPORT -> "";
            case INTL -> " (unregistered namespaces counted as INTL)";
            case EXCLUDE -> " (unregistered namespaces left out, shares renormalised)";
            case PROPORTIONAL ->
                " (unregistered namespaces' downloads allocated in proportion to the attributed groups)";
        };
    }

    private static String[] cells(String rank, String[] names, double downloads, double share, long models) {
        String[] cells = new String[names.length + 4];
        cells[0] = rank;
        System.arraycopy(names, 0, cells, 1, names.length);
        cells[names.length + 1] = Figures.count(downloads);
        cells[names.length + 2] = Figures.percent(share);
        cells[names.length + 3] = Figures.count(models);
        return cells;
    }

    /** Why an origin-view table equals the uploader view's. */
    static final String NO_LINEAGE =
            "no model of this snapshot declares a base model, so every model is its own root and the origin view"
                    + " equals the uploader view";

    /** Whether a table credits roots but its snapshot declares no base model, so that it credits uploaders. */
    static boolean followsNoLineage(ShareTable table) {
        boolean creditsRoots = table.view() == AttributionView.ORIGIN
                || table.selection().counting().repackaged() == Counting.Repackaged.ROOT;
        return creditsRoots && table.snapshot().modelsDeclaringBaseModels() == 0;
    }

    /** The line that says what a table was computed from. */
    static String heading(ShareTable table) {
        MeasureSelection selection = table.selection();
        String heading = "Downloads by " + table.by().label() + " - snapshot "
                + table.snapshot().label() + ", " + selection.describe() + " ("
                + selection.measure().label() + "), " + table.view().label() + " view";
        if (selection.cohort().restricts()) {
            heading += "; " + selection.cohort().describe(selection.windowEnd());
        }
        if (selection.counting().adjusts()) {
            heading += "\n  Counted: " + selection.counting().describe();
        }
        if (followsNoLineage(table)) {
            heading += "\n  Note: " + NO_LINEAGE;
        }
        String notes = table.notes().describe();
        return notes.isEmpty() ? heading : heading + "\n  Note: " + notes;
    }

    static String concentration(Concentration concentration) {
        return "HHI " + Figures.decimal(concentration.hhi(), 0) + ", effective number "
                + Figures.decimal(concentration.effectiveNumber(), 2) + ", Gini "
                + Figures.decimal(concentration.gini(), 3) + ", top-1 " + Figures.percent(concentration.top1())
                + ", top-5 " + Figures.percent(concentration.top5());
    }

    private static void csv(ShareTable table, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "snapshot",
                    "source",
                    "measure",
                    "view",
                    "by",
                    "key",
                    "label",
                    "downloads",
                    "share",
                    "models");
            for (ShareRow row : table.rows()) {
                CsvOutput.record(
                        printer,
                        table.snapshot().date(),
                        table.snapshot().source(),
                        table.measure().label(),
                        table.view().label(),
                        table.by().label(),
                        row.key(),
                        row.label(),
                        JsonOutput.number(row.downloads()),
                        row.share(),
                        row.models());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(ShareTable table) {
        ObjectNode root = json.createObjectNode();
        root.put("measure", table.measure().label());
        root.put("by", table.by().label());
        root.put("view", table.view().label());
        root.put("snapshot", table.snapshot().date().toString());
        JsonOutput.putSelection(root, table.selection(), table.notes());
        root.put("source", table.snapshot().source());
        root.put("unknownAs", table.unknownNamespaces().flagValue());
        if (table.selection().counting().adjusts()) {
            ObjectNode counting = root.putObject("counting");
            counting.put("description", table.selection().counting().describe());
            counting.put("flags", String.join(" ", table.selection().counting().flags()));
        }
        JsonOutput.putNumber(root, "totalDownloads", table.totalDownloads());
        root.put("models", table.models());
        root.put("coverage", table.coverage());
        ObjectNode registry = root.putObject("registry");
        registry.put("name", table.registry().name());
        registry.put("rows", table.registry().rows());
        registry.put("sha256", table.registry().sha256());
        table.lineage().ifPresent(quality -> JsonOutput.putQuality(root, "lineage", quality));
        if (followsNoLineage(table)) {
            root.put("note", NO_LINEAGE);
        }
        ArrayNode rows = root.putArray("rows");
        for (ShareRow row : table.rows()) {
            ObjectNode node = rows.addObject();
            node.put("key", row.key());
            node.put("label", row.label());
            JsonOutput.putNumber(node, "downloads", row.downloads());
            node.put("share", row.share());
            node.put("models", row.models());
        }
        JsonOutput.putConcentration(root, "concentration", table.concentration());
        if (root.get("concentration").isObject()) {
            ((ObjectNode) root.get("concentration")).put("basis", CONCENTRATION_BASIS);
        }
        return root;
    }
}
