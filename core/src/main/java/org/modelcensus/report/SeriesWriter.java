package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.measure.PanelChange;
import org.modelcensus.measure.SeriesPoint;
import org.modelcensus.measure.ShareRow;
import org.modelcensus.measure.ShareSeries;
import org.modelcensus.measure.ShareTable;

/** Prints a share series as a terminal table (one column per large group), long CSV, or JSON. */
public final class SeriesWriter {
    /** How many groups a terminal table shows as columns; the rest are summed as "other". */
    public static final int COLUMNS = 6;

    private final ObjectMapper json;
    private final int width;

    public SeriesWriter(ObjectMapper json) {
        this(json, Layout.DEFAULT_WIDTH);
    }

    /** A writer whose tables and text fit {@code width} columns. */
    public SeriesWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(ShareSeries series, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(series, COLUMNS, width) + panelText(series), width));
            case CSV -> csv(series, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(series)));
        }
    }

    /** What a series measures, as the fields every series answer starts with. */
    /** The warning that a series' panel of models changes between points; empty when it does not. */
    static String panelText(ShareSeries series) {
        if (series.panelChanges().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("  Changing panel: between these points the source's models changed by "
                + PanelChange.PERCENT + " % or more, so shares may move because models came or went (series --explain"
                + " A,B --from D1 --to D2 splits a change):\n");
        for (PanelChange change : series.panelChanges()) {
            out.append("    ").append(change.describe()).append('\n');
        }
        return out.toString();
    }

    /** {@code "panelChanges": [{"from", "to", "modelsFrom", "modelsTo", "entered", "enteredShare"}]}. */
    static void putPanelChanges(ObjectNode root, ShareSeries series) {
        ArrayNode changes = root.putArray("panelChanges");
        for (PanelChange change : series.panelChanges()) {
            changes.addObject()
                    .put("from", change.from().toString())
                    .put("to", change.to().toString())
                    .put("modelsFrom", change.modelsFrom())
                    .put("modelsTo", change.modelsTo())
                    .put("entered", change.entered())
                    .put("enteredShare", change.enteredShare());
        }
    }

    static void putDescription(ObjectNode root, ShareSeries series) {
        root.put("measure", series.measure().label());
        root.put("by", series.by().label());
        root.put("view", series.view().label());
        root.put("source", series.source());
        root.put("every", series.every().label());
        root.put("window", series.windowDays().map(days -> days + "d").orElse(null));
    }

    /** The line that says what a series measures. */
    static String heading(ShareSeries series) {
        String window = series.windowDays()
                .map(days -> ", each point over the " + days + " days before it")
                .orElse("");
        String fallback = series.thirtyDayFallback()
                ? " (the source has only 30-day counts: each point is the 30-day count at its snapshot)"
                : "";
        String cohort = series.cohort().restricts() ? "; cohort restricted by creation date" : "";
        return "Shares by " + series.by().label() + " over time - source " + series.source() + ", "
                + series.measure().description() + " (" + series.measure().label() + ")" + fallback + window + ", "
                + series.view().label() + " view, a point every "
                + series.every().label() + cohort;
    }

    /**
     * The share of a point's other groups, given the share of those shown: none at a point without downloads, and
     * never below 0 (rounding).
     */
    static double otherShare(SeriesPoint point, double shown) {
        return point.table().totalDownloads() > 0 ? Math.max(0, 1 - shown) : 0;
    }

    /** The largest groups over the whole series, by summed downloads. */
    static List<String> largestKeys(ShareSeries series, int count) {
        Map<String, Double> totals = new HashMap<>();
        for (SeriesPoint point : series.points()) {
            for (ShareRow row : point.table().rows()) {
                totals.merge(row.key(), row.downloads(), Double::sum);
            }
        }
        List<String> keys = new ArrayList<>(totals.keySet());
        keys.sort((left, right) -> {
            int byDownloads = Double.compare(totals.get(right), totals.get(left));
            return byDownloads != 0 ? byDownloads : left.compareTo(right);
        });
        return keys.subList(0, Math.min(count, keys.size()));
    }

    /** The series as terminal text: as many of the largest groups as {@code columns}, or fewer if need be to fit. */
    static String text(ShareSeries series, int columns, int width) {
        String text = Layout.fit(withColumns(series, columns, width), width);
        for (int shown = columns - 1; shown >= 2 && widest(text) > width; shown--) {
            text = Layout.fit(withColumns(series, shown, width), width);
        }
        return text;
    }

    private static int widest(String text) {
        return text.lines().mapToInt(String::length).max().orElse(0);
    }

    private static String withColumns(ShareSeries series, int columns, int width) {
        StringBuilder out = new StringBuilder(heading(series)).append('\n');
        if (series.points().isEmpty()) {
            out.append("  No point: ")
                    .append(skippedReason(series).orElse("the source has no snapshot in the range"))
                    .append(".\n");
            return out.toString();
        }
        List<String> keys = largestKeys(series, columns);
        List<String> headers = new ArrayList<>(List.of("Date", ">Total"));
        keys.forEach(key -> headers.add(">" + key));
        headers.add(">Other");
        headers.add(">HHI");
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (SeriesPoint point : series.points()) {
            List<String> cells = new ArrayList<>();
            cells.add(point.date().toString());
            cells.add(Figures.count(point.table().totalDownloads()));
            double shown = 0;
            for (String key : keys) {
                double share = point.share(key);
                shown += share;
                cells.add(Figures.percent(share));
            }
            cells.add(Figures.percent(otherShare(point, shown)));
            cells.add(point.table()
                    .concentration()
                    .map(c -> Figures.decimal(c.hhi(), 0))
                    .orElse("-"));
            table.row(cells.toArray(String[]::new));
        }
        out.append(table.render("  ", width));
        skippedReason(series)
                .ifPresent(reason -> out.append("  ")
                        .append(Figures.counted(series.skipped(), "point"))
                        .append(" left out: ")
                        .append(reason)
                        .append('\n'));
        return out.toString();
    }

    private static void csv(ShareSeries series, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "date",
                    "source",
                    "measure",
                    "view",
                    "by",
                    "startSnapshot",
                    "endSnapshot",
                    "key",
                    "label",
                    "downloads",
                    "share");
            for (SeriesPoint point : series.points()) {
                ShareTable table = point.table();
                for (ShareRow row : table.rows()) {
                    CsvOutput.record(
                            printer,
                            point.date(),
                            series.source(),
                            series.measure().label(),
                            series.view().label(),
                            series.by().label(),
                            table.selection()
                                    .start()
                                    .map(start -> start.date().toString())
                                    .orElse(""),
                            table.snapshot().date(),
                            row.key(),
                            row.label(),
                            JsonOutput.number(row.downloads()),
                            row.share());
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why points were left out, and what would give them; empty when none was. */
    static Optional<String> skippedReason(ShareSeries series) {
        if (series.skipped() == 0) {
            return Optional.empty();
        }
        return Optional.of(series.windowDays()
                .map(days -> "each point's window reaches back " + days + " days and must start on or after the"
                        + " source's first snapshot, with a snapshot at its start and one at its end"
                        + (series.points().isEmpty()
                                ? "; the source's snapshots span less than that: choose a shorter --window, or a"
                                        + " measure without a window (downloads30d, alltime)"
                                : ""))
                .orElse("the point falls before the source's first snapshot"));
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(ShareSeries series) {
        ObjectNode root = json.createObjectNode();
        putDescription(root, series);
        root.put("thirtyDayFallback", series.thirtyDayFallback());
        root.put("skippedPoints", series.skipped());
        skippedReason(series).ifPresent(reason -> root.put("skippedReason", reason));
        putPanelChanges(root, series);
        ArrayNode points = root.putArray("points");
        for (SeriesPoint point : series.points()) {
            ShareTable table = point.table();
            ObjectNode node = points.addObject();
            node.put("date", point.date().toString());
            node.put(
                    "start",
                    table.selection()
                            .start()
                            .map(start -> start.date().toString())
                            .orElse(null));
            node.put("end", table.snapshot().date().toString());
            JsonOutput.putNumber(node, "total", table.totalDownloads());
            node.put("coverage", table.coverage());
            ArrayNode rows = node.putArray("rows");
            for (ShareRow row : table.rows()) {
                ObjectNode rowNode = rows.addObject();
                rowNode.put("key", row.key());
                JsonOutput.putNumber(rowNode, "downloads", row.downloads());
                rowNode.put("share", row.share());
            }
            JsonOutput.putConcentration(node, "concentration", table.concentration());
        }
        return root;
    }
}
