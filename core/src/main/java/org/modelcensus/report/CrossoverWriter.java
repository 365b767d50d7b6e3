package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.measure.Crossing;
import org.modelcensus.measure.ShareSeries;

/** Prints the dates where one group's share passes another's. */
public final class CrossoverWriter {
    private final ObjectMapper json;
    private final int width;

    public CrossoverWriter(ObjectMapper json) {
        this(json, Layout.DEFAULT_WIDTH);
    }

    /** A writer whose tables and text fit {@code width} columns. */
    public CrossoverWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(
            ShareSeries series, String a, String b, List<Crossing> crossings, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE ->
                out.print(Layout.fit(text(series, a, b, crossings, width) + SeriesWriter.panelText(series), width));
            case CSV -> csv(a, b, crossings, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(series, a, b, crossings)));
        }
    }

    static String text(ShareSeries series, String a, String b, List<Crossing> crossings, int width) {
        StringBuilder out = new StringBuilder();
        out.append("Where ")
                .append(a)
                .append("'s share passes ")
                .append(b)
                .append("'s - ")
                .append(SeriesWriter.heading(series))
                .append('\n');
        if (series.points().isEmpty()) {
            out.append("  No point to compare.\n");
            return out.toString();
        }
        if (crossings.isEmpty()) {
            SeriesPointSummary last = SeriesPointSummary.of(series, a, b);
            out.append("  No crossing from ")
                    .append(series.points().get(0).date())
                    .append(" to ")
                    .append(last.date())
                    .append(": ")
                    .append(last.ahead())
                    .append(" leads throughout (at the last point ")
                    .append(a)
                    .append(' ')
                    .append(Figures.percent(last.a()))
                    .append(", ")
                    .append(b)
                    .append(' ')
                    .append(Figures.percent(last.b()))
                    .append(")\n");
            return out.toString();
        }
        TextTable table = new TextTable("Date", "Direction", ">" + a, ">" + b);
        for (Crossing crossing : crossings) {
            table.row(
                    crossing.date().toString(),
                    crossing.passing(a, b),
                    Figures.percent(crossing.a()),
                    Figures.percent(crossing.b()));
        }
        out.append(table.render("  ", width));
        return out.toString();
    }

    /** The last point of a series, seen from two groups. */
    private record SeriesPointSummary(java.time.LocalDate date, double a, double b, String ahead) {
        static SeriesPointSummary of(ShareSeries series, String a, String b) {
            var point = series.points().get(series.points().size() - 1);
            double shareA = point.share(a);
            double shareB = point.share(b);
            return new SeriesPointSummary(point.date(), shareA, shareB, shareA > shareB ? a : b);
        }
    }

    private static void csv(String a, String b, List<Crossing> crossings, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(printer, "date", "direction", "a", "b", "shareA", "shareB");
            for (Crossing crossing : crossings) {
                CsvOutput.record(
                        printer, crossing.date(), crossing.direction().label(), a, b, crossing.a(), crossing.b());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(ShareSeries series, String a, String b, List<Crossing> crossings) {
        ObjectNode root = json.createObjectNode();
        SeriesWriter.putDescription(root, series);
        root.put("a", a);
        root.put("b", b);
        root.put("points", series.points().size());
        SeriesWriter.putPanelChanges(root, series);
        ArrayNode array = root.putArray("crossings");
        for (Crossing crossing : crossings) {
            array.addObject()
                    .put("date", crossing.date().toString())
                    .put("direction", crossing.direction().label())
                    .put("a", crossing.a())
                    .put("b", crossing.b());
        }
        return root;
    }
}
