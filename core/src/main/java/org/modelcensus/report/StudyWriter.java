package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.measure.ShareRow;
import org.modelcensus.measure.StudyTable;

/** Prints the study's recomputed headline table beside the figures it published. */
public final class StudyWriter {
    private final ObjectMapper json;
    private final int width;

    public StudyWriter(ObjectMapper json) {
        this(json, Layout.DEFAULT_WIDTH);
    }

    /** A writer whose tables and text fit {@code width} columns. */
    public StudyWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(StudyTable table, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(table, width), width));
            case CSV -> csv(table, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(table)));
        }
    }

    private static Set<String> countries(StudyTable table) {
        Set<String> countries = new LinkedHashSet<>();
        table.uploader().forEach(row -> countries.add(row.key()));
        table.derived().forEach(row -> countries.add(row.key()));
        return countries;
    }

    private static double share(List<ShareRow> rows, String country) {
        return rows.stream()
                .filter(row -> row.key().equals(country))
                .mapToDouble(ShareRow::share)
                .sum();
    }

    static String text(StudyTable table, int width) {
        StringBuilder out = new StringBuilder();
        out.append("The study's headline recomputed from ")
                .append(table.input())
                .append(": first-year downloads (within 365 days of each model's creation) in (")
                .append(table.windowStart())
                .append(", ")
                .append(table.windowEnd())
                .append("], ")
                .append(Figures.count(table.totalDownloads()))
                .append(" downloads\n");
        TextTable text = new TextTable(
                "Country (org_country)", ">Uploader share", ">Derived share", ">Published (year to Aug 2025)");
        for (String country : countries(table)) {
            Double published = table.published().get(country);
            text.row(
                    country,
                    Figures.percent(share(table.uploader(), country)),
                    Figures.percent(share(table.derived(), country)),
                    published == null ? "" : Figures.percent(published));
        }
        out.append(text.render("  ", width));
        out.append("  Uploader: the study's org_country of each model's author; derived: derived_org_country, the"
                + " country of the model a derivative derives from (its own country when it derives from none).\n");
        return out.toString();
    }

    private static void csv(StudyTable table, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "from",
                    "to",
                    "country",
                    "uploaderDownloads",
                    "uploaderShare",
                    "derivedDownloads",
                    "derivedShare",
                    "published");
            for (String country : countries(table)) {
                CsvOutput.record(
                        printer,
                        table.windowStart(),
                        table.windowEnd(),
                        country,
                        JsonOutput.number(downloads(table.uploader(), country)),
                        share(table.uploader(), country),
                        JsonOutput.number(downloads(table.derived(), country)),
                        share(table.derived(), country),
                        table.published().getOrDefault(country, null));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double downloads(List<ShareRow> rows, String country) {
        return rows.stream()
                .filter(row -> row.key().equals(country))
                .mapToDouble(ShareRow::downloads)
                .sum();
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(StudyTable table) {
        ObjectNode root = json.createObjectNode();
        root.put("input", table.input());
        root.put("measure", "firstyear");
        root.putObject("window")
                .put("from", table.windowStart().toString())
                .put("to", table.windowEnd().toString());
        JsonOutput.putNumber(root, "totalDownloads", table.totalDownloads());
        ArrayNode rows = root.putArray("rows");
        for (String country : countries(table)) {
            ObjectNode node = rows.addObject();
            node.put("country", country);
            JsonOutput.putNumber(node, "uploaderDownloads", downloads(table.uploader(), country));
            node.put("uploaderShare", share(table.uploader(), country));
            JsonOutput.putNumber(node, "derivedDownloads", downloads(table.derived(), country));
            node.put("derivedShare", share(table.derived(), country));
        }
        ObjectNode published = root.putObject("published");
        new TreeMap<>(table.published()).forEach(published::put);
        return root;
    }
}
