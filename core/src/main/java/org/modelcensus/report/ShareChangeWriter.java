package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.measure.ShareChange;
import org.modelcensus.measure.ShareSeries;

/** Prints why groups' shares changed between two points ({@code series --explain}). */
public final class ShareChangeWriter {
    private final ObjectMapper json;
    private final int width;

    public ShareChangeWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(ShareSeries series, List<ShareChange> changes, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(series, changes), width));
            case CSV -> csv(changes, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(series, changes)));
        }
    }

    private String text(ShareSeries series, List<ShareChange> changes) {
        StringBuilder out = new StringBuilder();
        for (ShareChange change : changes) {
            out.append("Why ")
                    .append(change.key())
                    .append(" (")
                    .append(change.label())
                    .append(")'s share changed from ")
                    .append(change.from())
                    .append(" to ")
                    .append(change.to())
                    .append(" - source ")
                    .append(series.source())
                    .append(", ")
                    .append(series.measure().label())
                    .append(", ")
                    .append(series.view().label())
                    .append(" view\n");
            out.append("  ")
                    .append(Figures.percent(change.shareFrom()))
                    .append(" -> ")
                    .append(Figures.percent(change.shareTo()))
                    .append(": ")
                    .append(SensitivityWriter.points(change.change()))
                    .append(" points, the sum of the three parts below\n");
            TextTable table = new TextTable("Part", ">Models", ">Downloads then", ">Downloads now", ">Points");
            part(table, "models at both dates", change.same());
            part(table, "models that entered", change.entered());
            part(table, "models that left", change.left());
            out.append(table.render("  ", width));
            out.append('\n');
        }
        out.append("  Points: the part's contribution to the change of the share (each point's downloads over that"
                + " point's total); under each part, its largest contributors.\n");
        return out.toString();
    }

    private static void part(TextTable table, String name, ShareChange.Part part) {
        table.row(
                name,
                Figures.count(part.models()),
                Figures.count(part.downloadsFrom()),
                Figures.count(part.downloadsTo()),
                SensitivityWriter.points(part.shareChange()));
        if (!part.largest().isEmpty()) {
            table.detail(String.join(
                    "; ",
                    part.largest().stream()
                            .limit(3)
                            .map(contributor ->
                                    contributor.id() + " " + SensitivityWriter.points(contributor.shareChange()))
                            .toList()));
        }
    }

    private static void csv(List<ShareChange> changes, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "key",
                    "from",
                    "to",
                    "share_from",
                    "share_to",
                    "part",
                    "models",
                    "downloads_from",
                    "downloads_to",
                    "share_change");
            for (ShareChange change : changes) {
                for (var entry : List.of(
                        Map.entry("same", change.same()),
                        Map.entry("entered", change.entered()),
                        Map.entry("left", change.left()))) {
                    ShareChange.Part part = entry.getValue();
                    CsvOutput.record(
                            printer,
                            change.key(),
                            change.from(),
                            change.to(),
                            change.shareFrom(),
                            change.shareTo(),
                            entry.getKey(),
                            part.models(),
                            JsonOutput.number(part.downloadsFrom()),
                            JsonOutput.number(part.downloadsTo()),
                            part.shareChange());
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json. */
    public ObjectNode toJson(ShareSeries series, List<ShareChange> changes) {
        ObjectNode root = json.createObjectNode();
        root.put("source", series.source());
        root.put("measure", series.measure().label());
        root.put("by", series.by().label());
        root.put("view", series.view().label());
        ArrayNode groups = root.putArray("groups");
        for (ShareChange change : changes) {
            ObjectNode node = groups.addObject();
            node.put("key", change.key());
            node.put("label", change.label());
            node.put("from", change.from().toString());
            node.put("to", change.to().toString());
            node.put("shareFrom", change.shareFrom());
            node.put("shareTo", change.shareTo());
            node.put("change", change.change());
            ObjectNode parts = node.putObject("parts");
            put(parts.putObject("same"), change.same());
            put(parts.putObject("entered"), change.entered());
            put(parts.putObject("left"), change.left());
        }
        return root;
    }

    private static void put(ObjectNode node, ShareChange.Part part) {
        node.put("models", part.models());
        JsonOutput.putNumber(node, "downloadsFrom", part.downloadsFrom());
        JsonOutput.putNumber(node, "downloadsTo", part.downloadsTo());
        node.put("shareChange", part.shareChange());
        ArrayNode largest = node.putArray("largest");
        for (ShareChange.Contributor contributor : part.largest()) {
            ObjectNode item = largest.addObject();
            item.put("id", contributor.id());
            JsonOutput.putNumber(item, "downloadsFrom", contributor.downloadsFrom());
            JsonOutput.putNumber(item, "downloadsTo", contributor.downloadsTo());
            item.put("shareChange", contributor.shareChange());
        }
    }
}
