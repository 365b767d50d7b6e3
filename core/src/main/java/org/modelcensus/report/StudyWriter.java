package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.measure.StudyAttribution;
import org.modelcensus.measure.StudyTable;

/**
 * Prints the study's recomputed headline table beside the figures it published, and which of the file's attribution
 * columns comes closest to each published figure.
 */
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

    /** The groups of the views printed, in the order of their first appearance. */
    private static Set<String> groups(StudyTable table) {
        Set<String> groups = new LinkedHashSet<>();
        table.views().forEach(view -> view.rows().forEach(row -> groups.add(row.key())));
        return groups;
    }

    private static String title(StudyTable.View view) {
        String role = view.attribution().view();
        return Character.toUpperCase(role.charAt(0)) + role.substring(1) + " ("
                + view.attribution().column() + ")";
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
        List<String> header = new ArrayList<>(List.of("Country"));
        table.views().forEach(view -> header.add(">" + title(view)));
        header.add(">Published (year to Aug 2025)");
        TextTable text = new TextTable(header.toArray(String[]::new));
        for (String group : groups(table)) {
            List<String> cells = new ArrayList<>(List.of(group));
            table.views().forEach(view -> cells.add(Figures.percent(view.share(group))));
            Double published = table.published().get(group);
            cells.add(published == null ? "" : Figures.percent(published));
            text.row(cells.toArray(String[]::new));
        }
        out.append(text.render("  ", width));
        out.append("  Uploader: the study's country of each model's author; derived: the country of the model a"
                + " derivative derives from (its own when it derives from none). Values are grouped as"
                + " data/study/eoi_country_groups.csv says (International and Online as International/Online).\n");
        out.append("\nWhich column reproduces which published figure (every attribution column of the file):\n");
        List<String> reproductionHeader = new ArrayList<>(List.of("Column"));
        table.reproduction().forEach(figure -> reproductionHeader.add(">" + figure.group()));
        TextTable reproduction = new TextTable(reproductionHeader.toArray(String[]::new));
        List<String> publishedRow = new ArrayList<>(List.of("published"));
        table.reproduction().forEach(figure -> publishedRow.add(Figures.percent(figure.published())));
        reproduction.row(publishedRow.toArray(String[]::new));
        for (StudyTable.View column : table.columns()) {
            List<String> cells = new ArrayList<>(List.of(column.attribution().column()));
            table.reproduction()
                    .forEach(figure -> cells.add(Figures.percent(figure.shares().get(column.attribution()))
                            + (figure.closest() == column.attribution() ? " *" : "")));
            reproduction.row(cells.toArray(String[]::new));
        }
        out.append(reproduction.render("  ", width));
        for (StudyTable.Reproduction figure : table.reproduction()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %s %s: closest by %s (%s, %+.1f pts)%n",
                    figure.group(),
                    Figures.percent(figure.published()),
                    figure.closest().column(),
                    Figures.percent(figure.shares().get(figure.closest())),
                    100 * figure.difference()));
        }
        return out.toString();
    }

    private static void csv(StudyTable table, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            List<Object> header = new ArrayList<>(List.of("from", "to", "country"));
            for (StudyTable.View view : table.views()) {
                header.add(view.attribution().view() + "Downloads");
                header.add(view.attribution().view() + "Share");
            }
            header.add("published");
            CsvOutput.record(printer, header.toArray());
            for (String group : groups(table)) {
                List<Object> cells = new ArrayList<>(List.of(table.windowStart(), table.windowEnd(), group));
                for (StudyTable.View view : table.views()) {
                    cells.add(JsonOutput.number(view.downloads(group)));
                    cells.add(view.share(group));
                }
                cells.add(table.published().getOrDefault(group, null));
                CsvOutput.record(printer, cells.toArray());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json. */
    public ObjectNode toJson(StudyTable table) {
        ObjectNode root = json.createObjectNode();
        root.put("input", table.input());
        root.put("measure", "firstyear");
        root.putObject("window")
                .put("from", table.windowStart().toString())
                .put("to", table.windowEnd().toString());
        JsonOutput.putNumber(root, "totalDownloads", table.totalDownloads());
        ObjectNode attributions = root.putObject("attributions");
        table.views()
                .forEach(view -> attributions.put(
                        view.attribution().view(), view.attribution().column()));
        ArrayNode rows = root.putArray("rows");
        for (String group : groups(table)) {
            ObjectNode node = rows.addObject();
            node.put("country", group);
            for (StudyTable.View view : table.views()) {
                String role = view.attribution().view();
                JsonOutput.putNumber(node, role + "Downloads", view.downloads(group));
                node.put(role + "Share", view.share(group));
            }
        }
        ObjectNode published = root.putObject("published");
        table.published().forEach(published::put);
        ArrayNode reproduction = root.putArray("reproduction");
        for (StudyTable.Reproduction figure : table.reproduction()) {
            ObjectNode node = reproduction.addObject();
            node.put("group", figure.group());
            node.put("published", figure.published());
            ObjectNode shares = node.putObject("shares");
            for (StudyAttribution column : StudyAttribution.values()) {
                Double share = figure.shares().get(column);
                if (share != null) {
                    shares.put(column.column(), share);
                }
            }
            node.put("closest", figure.closest().column());
            node.put("difference", figure.difference());
        }
        return root;
    }
}
