package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.lineage.BrokenEdge;
import org.modelcensus.lineage.Lineage;
import org.modelcensus.lineage.LineageLink;
import org.modelcensus.lineage.LineageSummary;
import org.modelcensus.lineage.ModelLineage;
import org.modelcensus.lineage.Relation;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.store.SnapshotSummary;

/** Prints a lineage graph, or one model's ancestors and descendants, as text, CSV or JSON. */
public final class LineageWriter {
    /** A tree printed in the terminal stops after this many lines (JSON and CSV list everything). */
    public static final int TREE_LINES = 500;

    private final ObjectMapper json;
    private final int width;

    public LineageWriter(ObjectMapper json) {
        this(json, Layout.DEFAULT_WIDTH);
    }

    /** A writer whose tables and text fit {@code width} columns. */
    public LineageWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    /** Prints one model, its ancestors and its descendants: a tree in table format, every node in CSV and JSON. */
    public void writeModel(
            SnapshotSummary snapshot, Lineage lineage, String model, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(tree(snapshot, lineage, model), width));
            case CSV -> {
                CSVPrinter printer = csvHeader(out);
                related(lineage, model).forEach(id -> csvRow(printer, ModelLineage.of(lineage, id)));
                flush(printer);
            }
            case JSON -> out.println(JsonOutput.write(json, toJson(snapshot, lineage, model)));
        }
    }

    /** Prints the whole lineage: its figures in table format; every model, streamed, in CSV and JSON. */
    public void writeAll(SnapshotSummary snapshot, StoredLineage lineage, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(summary(snapshot, lineage.summary(snapshot)), width));
            case CSV -> {
                CSVPrinter printer = csvHeader(out);
                lineage.forEachModel(snapshot, node -> csvRow(printer, node));
                flush(printer);
            }
            case JSON -> streamJson(snapshot, lineage, out);
        }
    }

    /** The JSON of a model, its ancestors and its descendants, as the CLI prints it and the server answers. */
    public ObjectNode toJson(SnapshotSummary snapshot, Lineage lineage, String model) {
        ObjectNode root = json.createObjectNode();
        root.put("snapshot", snapshot.date().toString());
        root.put("source", snapshot.source());
        ArrayNode models = root.putArray("models");
        for (String id : related(lineage, model)) {
            models.add(modelJson(ModelLineage.of(lineage, id)));
        }
        JsonOutput.putQuality(root, "quality", lineage.quality());
        root.set("brokenCycles", brokenJson(lineage.brokenEdges()));
        return root;
    }

    /** The model, its ancestors and its descendants, sorted by id. */
    static List<String> related(Lineage lineage, String model) {
        Set<String> ids = new HashSet<>();
        ids.add(model);
        ids.addAll(reachable(model, id -> lineage.parents(id)));
        ids.addAll(reachable(model, id -> lineage.children(id)));
        return ids.stream().sorted().toList();
    }

    private static Set<String> reachable(String start, Function<String, List<LineageLink>> next) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (LineageLink link : next.apply(queue.poll())) {
                if (seen.add(link.id())) {
                    queue.add(link.id());
                }
            }
        }
        return seen;
    }

    static String summary(SnapshotSummary snapshot, LineageSummary lineage) {
        StringBuilder out = new StringBuilder();
        out.append("Lineage of snapshot ").append(snapshot.label()).append('\n');
        out.append("  ")
                .append(Figures.count(lineage.models()))
                .append(" models: ")
                .append(Figures.count(lineage.derivatives()))
                .append(" derive from a declared base model, ")
                .append(Figures.count(lineage.roots()))
                .append(" are roots\n");
        Map<Relation, Long> edges = new EnumMap<>(Relation.class);
        edges.putAll(lineage.edgesByRelation());
        out.append("  Edges by relation: ")
                .append(
                        edges.isEmpty()
                                ? "none"
                                : edges.entrySet().stream()
                                        .map(entry -> entry.getKey().label() + " " + Figures.count(entry.getValue()))
                                        .collect(Collectors.joining(", ")))
                .append('\n');
        out.append("  Models by depth: ")
                .append(lineage.modelsByDepth().entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + Figures.count(entry.getValue()))
                        .collect(Collectors.joining(", ")))
                .append('\n');
        out.append("  Quality: ").append(JsonOutput.describe(lineage.quality())).append('\n');
        for (BrokenEdge edge : lineage.brokenEdges()) {
            out.append("  Cycle broken: ")
                    .append(edge.child())
                    .append(" no longer derives from ")
                    .append(edge.parent())
                    .append('\n');
        }
        out.append("  Per model: --model ID for one model's tree, --format json or csv for every model\n");
        return out.toString();
    }

    static String tree(SnapshotSummary snapshot, Lineage graph, String model) {
        StringBuilder out = new StringBuilder();
        out.append("Lineage of ")
                .append(model)
                .append(" in snapshot ")
                .append(snapshot.label())
                .append(": depth ")
                .append(graph.depth(model))
                .append(", roots ")
                .append(String.join(", ", graph.roots(model)))
                .append('\n');
        out.append("Ancestors (each model derives from the ones indented under it)\n");
        branch(out, graph, model, id -> graph.parents(id));
        out.append("Descendants (each model is derived from by the ones indented under it)\n");
        branch(out, graph, model, id -> graph.children(id));
        return out.toString();
    }

    /** Prints a tree without recursion; a model met again is marked rather than expanded twice. */
    private static void branch(
            StringBuilder out, Lineage graph, String start, Function<String, List<LineageLink>> next) {
        record Entry(String id, Relation relation, String prefix, boolean last, int level) {}
        ArrayDeque<Entry> stack = new ArrayDeque<>();
        stack.push(new Entry(start, null, "", true, 0));
        Set<String> expanded = new HashSet<>();
        int lines = 0;
        while (!stack.isEmpty()) {
            Entry entry = stack.pop();
            if (lines++ == TREE_LINES) {
                out.append("  ... (").append(stack.size() + 1).append(" more; --format json lists all)\n");
                return;
            }
            String connector = entry.level() == 0 ? "" : entry.last() ? "└─ " : "├─ ";
            out.append("  ").append(entry.prefix()).append(connector);
            if (entry.relation() != null) {
                out.append(entry.relation().label()).append(": ");
            }
            out.append(entry.id());
            if (!graph.contains(entry.id())) {
                out.append(" (not in snapshot)");
            }
            boolean again = !expanded.add(entry.id());
            List<LineageLink> links = next.apply(entry.id());
            if (again && !links.isEmpty()) {
                out.append(" (shown above)\n");
                continue;
            }
            out.append('\n');
            String childPrefix = entry.level() == 0 ? "" : entry.prefix() + (entry.last() ? "   " : "│  ");
            List<Entry> children = new ArrayList<>();
            for (int index = 0; index < links.size(); index++) {
                LineageLink link = links.get(index);
                children.add(new Entry(
                        link.id(), link.relation(), childPrefix, index == links.size() - 1, entry.level() + 1));
            }
            for (int index = children.size() - 1; index >= 0; index--) {
                stack.push(children.get(index));
            }
        }
    }

    private static CSVPrinter csvHeader(PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(printer, "id", "parents", "roots", "depth");
            return printer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csvRow(CSVPrinter printer, ModelLineage node) {
        try {
            CsvOutput.record(
                    printer,
                    node.id(),
                    node.parents().stream()
                            .map(link -> link.id() + ":" + link.relation().label())
                            .collect(Collectors.joining(";")),
                    String.join(";", node.roots()),
                    node.depth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(CSVPrinter printer) {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode modelJson(ModelLineage model) {
        ObjectNode node = json.createObjectNode();
        node.put("id", model.id());
        node.put("inSnapshot", model.inSnapshot());
        ArrayNode parents = node.putArray("parents");
        for (LineageLink link : model.parents()) {
            parents.addObject()
                    .put("id", link.id())
                    .put("relation", link.relation().label());
        }
        ArrayNode roots = node.putArray("roots");
        model.roots().forEach(roots::add);
        node.put("depth", model.depth());
        return node;
    }

    private ArrayNode brokenJson(List<BrokenEdge> edges) {
        ArrayNode broken = json.createArrayNode();
        for (BrokenEdge edge : edges) {
            broken.addObject().put("child", edge.child()).put("parent", edge.parent());
        }
        return broken;
    }

    /** Writes every model's lineage as it is read, in the shape of {@link #toJson}, never holding them all. */
    private void streamJson(SnapshotSummary snapshot, StoredLineage lineage, PrintStream out) {
        ObjectNode quality = json.createObjectNode();
        JsonOutput.putQuality(quality, "quality", lineage.quality(snapshot));
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            generator.setPrettyPrinter(new DefaultPrettyPrinter());
            generator.writeStartObject();
            generator.writeStringField("snapshot", snapshot.date().toString());
            generator.writeStringField("source", snapshot.source());
            generator.writeArrayFieldStart("models");
            lineage.forEachModel(snapshot, model -> {
                try {
                    json.writeTree(generator, modelJson(model));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            generator.writeEndArray();
            generator.writeFieldName("quality");
            json.writeTree(generator, quality.get("quality"));
            generator.writeFieldName("brokenCycles");
            json.writeTree(generator, brokenJson(lineage.brokenEdges(snapshot)));
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
