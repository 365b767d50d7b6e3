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
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.ShareTable;
import org.modelcensus.measure.TopModels;

/** Prints the models behind a share, or the unregistered namespaces, as a terminal table, CSV or JSON. */
public final class TopWriter {
    private final ObjectMapper json;
    private final int width;

    public TopWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(TopModels.Table table, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(table), width));
            case CSV -> csv(table, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(table)));
        }
    }

    public void write(TopModels.Unregistered unregistered, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(unregistered.shares(), unregistered.namespaces()), width));
            case CSV -> csv(unregistered.namespaces(), out);
            case JSON -> out.println(JsonOutput.write(json, toJson(unregistered)));
        }
    }

    private String text(TopModels.Table table) {
        ShareTable shares = table.shares();
        var group = table.group();
        String name = shares.by() == GroupBy.COUNTRY ? group.chartName(shares.by()) : group.label();
        StringBuilder out = new StringBuilder();
        out.append("Models behind ")
                .append(name)
                .append(": ")
                .append(Figures.count(group.downloads()))
                .append(" downloads (")
                .append(Figures.percent(group.share()))
                .append(") of ")
                .append(Figures.counted(group.models(), "model"))
                .append(table.flagged()
                        .map(flag -> "; only those flagged " + flag)
                        .orElse(""))
                .append('\n');
        out.append("  ").append(ShareTableWriter.heading(shares)).append('\n');
        TextTable text =
                new TextTable(">#", "Model", ">Downloads", ">Part", ">Cumulative", "Created", "Relation", "Flags");
        int rank = 0;
        for (TopModels.Entry entry : table.models()) {
            rank++;
            text.row(
                    Integer.toString(rank),
                    entry.id(),
                    Figures.count(entry.downloads()),
                    Figures.percent(entry.shareOfGroup()),
                    Figures.percent(entry.cumulativeShare()),
                    entry.createdAt()
                            .map(created -> created.toLocalDate().toString())
                            .orElse("-"),
                    entry.relation().orElse("root")
                            + entry.root().map(root -> " (" + root + ")").orElse(""),
                    entry.flags().isEmpty() ? "-" : String.join(", ", entry.flags()));
        }
        if (rank == 0) {
            out.append("  No model of the group has downloads")
                    .append(table.flagged()
                            .map(flag -> " and is flagged " + flag)
                            .orElse(""))
                    .append(".\n");
        } else {
            out.append(text.render("  ", width));
        }
        out.append("  Part: of the group's downloads. Relation: how the model derives from its root (named).\n");
        out.append("  Flags: repackaged, automated rules (sensitivity --help), stale (30-day count with a flat"
                + " all-time count), spike (one step over half a window's gain).\n");
        return out.toString();
    }

    private String text(ShareTable shares, List<TopModels.Namespace> namespaces) {
        StringBuilder out = new StringBuilder("Namespaces not in the registry, by downloads\n");
        out.append("  ").append(ShareTableWriter.heading(shares)).append('\n');
        TextTable text = new TextTable(">#", "Namespace", ">Downloads", ">Share of all", ">Models");
        int rank = 0;
        for (TopModels.Namespace namespace : namespaces) {
            rank++;
            text.row(
                    Integer.toString(rank),
                    namespace.namespace(),
                    Figures.count(namespace.downloads()),
                    Figures.percent(namespace.share()),
                    Figures.count(namespace.models()));
        }
        if (rank == 0) {
            out.append("  The registry lists every namespace with downloads.\n");
        } else {
            out.append(text.render("  ", width));
            out.append(
                    "  Add them to a registry CSV (namespace,organization,country,type,source) and pass --registry.\n");
        }
        return out.toString();
    }

    private static void csv(TopModels.Table table, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "key",
                    "model",
                    "downloads",
                    "share_of_group",
                    "cumulative_share",
                    "created_at",
                    "relation",
                    "root",
                    "flags");
            for (TopModels.Entry entry : table.models()) {
                CsvOutput.record(
                        printer,
                        table.group().key(),
                        entry.id(),
                        JsonOutput.number(entry.downloads()),
                        entry.shareOfGroup(),
                        entry.cumulativeShare(),
                        entry.createdAt().map(Object::toString).orElse(""),
                        entry.relation().orElse(""),
                        entry.root().orElse(""),
                        String.join(" ", entry.flags()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(List<TopModels.Namespace> namespaces, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(printer, "namespace", "downloads", "share", "models");
            for (TopModels.Namespace namespace : namespaces) {
                CsvOutput.record(
                        printer,
                        namespace.namespace(),
                        JsonOutput.number(namespace.downloads()),
                        namespace.share(),
                        namespace.models());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(TopModels.Table table) {
        ShareTable shares = table.shares();
        ObjectNode root = header(shares);
        ObjectNode group = root.putObject("group");
        group.put("key", table.group().key());
        group.put("label", table.group().label());
        JsonOutput.putNumber(group, "downloads", table.group().downloads());
        group.put("share", table.group().share());
        group.put("models", table.group().models());
        table.flagged().ifPresentOrElse(flag -> root.put("flagged", flag), () -> root.putNull("flagged"));
        ArrayNode models = root.putArray("models");
        for (TopModels.Entry entry : table.models()) {
            ObjectNode node = models.addObject();
            node.put("id", entry.id());
            JsonOutput.putNumber(node, "downloads", entry.downloads());
            node.put("shareOfGroup", entry.shareOfGroup());
            node.put("cumulativeShare", entry.cumulativeShare());
            entry.createdAt()
                    .ifPresentOrElse(
                            created -> node.put("createdAt", created.toString()), () -> node.putNull("createdAt"));
            entry.relation()
                    .ifPresentOrElse(relation -> node.put("relation", relation), () -> node.putNull("relation"));
            entry.root().ifPresentOrElse(id -> node.put("root", id), () -> node.putNull("root"));
            ArrayNode flags = node.putArray("flags");
            entry.flags().forEach(flags::add);
        }
        return root;
    }

    public ObjectNode toJson(TopModels.Unregistered unregistered) {
        ObjectNode root = header(unregistered.shares());
        ArrayNode rows = root.putArray("namespaces");
        for (TopModels.Namespace namespace : unregistered.namespaces()) {
            ObjectNode node = rows.addObject();
            node.put("namespace", namespace.namespace());
            JsonOutput.putNumber(node, "downloads", namespace.downloads());
            node.put("share", namespace.share());
            node.put("models", namespace.models());
        }
        return root;
    }

    private ObjectNode header(ShareTable shares) {
        ObjectNode root = json.createObjectNode();
        root.put("measure", shares.measure().label());
        root.put("by", shares.by().label());
        root.put("view", shares.view().label());
        root.put("snapshot", shares.snapshot().date().toString());
        root.put("source", shares.snapshot().source());
        JsonOutput.putSelection(root, shares.selection(), shares.notes());
        JsonOutput.putNumber(root, "totalDownloads", shares.totalDownloads());
        return root;
    }
}
