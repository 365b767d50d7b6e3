package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.lineage.BrokenEdge;
import org.modelcensus.lineage.LineageGraph;
import org.modelcensus.lineage.LineageLink;
import org.modelcensus.lineage.Relation;
import org.modelcensus.store.SnapshotSummary;

/** Prints a lineage graph, or one model's ancestors and descendants, as text, CSV or JSON. */
public final class LineageWriter {
    /** A tree printed in the terminal stops after this many lines (JSON and CSV list everything). */
    public static final int TREE_LINES = 500;

    private final ObjectMapper json;

    public LineageWriter(ObjectMapper json) {
        this.json = requireNonNull(json, "json is null");
    }

    /**
     * Prints the graph; with a model, only that model, its ancestors and its descendants.
     *
     * @param model a model id the graph knows, or empty for the whole graph
     */
    public void write(
            SnapshotSummary snapshot,
            LineageGraph graph,
            Optional<String> model,
            OutputFormat format,
            PrintStream out) {
        List<String> ids = model.map(id -> related(graph, id)).orElseGet(graph::modelIds);
        switch (format) {
            case TABLE ->
                out.print(model.map(id -> tree(snapshot, graph, id)).orElseGet(() -> summary(snapshot, graph)));
            case CSV -> csv(graph, ids, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(snapshot, graph, ids)));
        }
    }

    /** The JSON of a model, its ancestors and its descendants; or of the whole graph. */
    public ObjectNode toJson(SnapshotSummary snapshot, LineageGraph graph, Optional<String> model) {
        return toJson(snapshot, graph, model.map(id -> related(graph, id)).orElseGet(graph::modelIds));
    }

    /** The model, its ancestors and its descendants, sorted by id. */
    static List<String> related(LineageGraph graph, String model) {
        Set<String> ids = new HashSet<>();
        ids.add(model);
        ids.addAll(reachable(model, id -> graph.parents(id)));
        ids.addAll(reachable(model, id -> graph.children(id)));
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

    static String summary(SnapshotSummary snapshot, LineageGraph graph) {
        Map<Relation, Long> edges = new EnumMap<>(Relation.class);
        Map<Integer, Long> depths = new TreeMap<>();
        long roots = 0;
        long derivatives = 0;
        for (String id : graph.modelIds()) {
            for (LineageLink parent : graph.parents(id)) {
                edges.merge(parent.relation(), 1L, Long::sum);
            }
            depths.merge(graph.depth(id), 1L, Long::sum);
            if (graph.parents(id).isEmpty()) {
                roots++;
            } else {
                derivatives++;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("Lineage of snapshot ").append(snapshot.label()).append('\n');
        out.append("  ")
                .append(Figures.count(graph.modelCount()))
                .append(" models: ")
                .append(Figures.count(derivatives))
                .append(" derive from a declared base model, ")
                .append(Figures.count(roots))
                .append(" are roots\n");
        out.append("  Edges by relation: ")
                .append(
                        edges.isEmpty()
                                ? "none"
                                : edges.entrySet().stream()
                                        .map(entry -> entry.getKey().label() + " " + Figures.count(entry.getValue()))
                                        .collect(Collectors.joining(", ")))
                .append('\n');
        out.append("  Models by depth: ")
                .append(depths.entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + Figures.count(entry.getValue()))
                        .collect(Collectors.joining(", ")))
                .append('\n');
        out.append("  Quality: ").append(JsonOutput.describe(graph.quality())).append('\n');
        for (BrokenEdge edge : graph.brokenEdges()) {
            out.append("  Cycle broken: ")
                    .append(edge.child())
                    .append(" no longer derives from ")
                    .append(edge.parent())
                    .append('\n');
        }
        out.append("  Per model: --model ID for one model's tree, --format json or csv for every model\n");
        return out.toString();
    }

    static String tree(SnapshotSummary snapshot, LineageGraph graph, String model) {
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
            StringBuilder out, LineageGraph graph, String start, Function<String, List<LineageLink>> next) {
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

    private static void csv(LineageGraph graph, List<String> ids, PrintStream out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord("id", "parents", "roots", "depth");
            for (String id : ids) {
                printer.printRecord(
                        id,
                        graph.parents(id).stream()
                                .map(link -> link.id() + ":" + link.relation().label())
                                .collect(Collectors.joining(";")),
                        String.join(";", graph.roots(id)),
                        graph.depth(id));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(SnapshotSummary snapshot, LineageGraph graph, List<String> ids) {
        ObjectNode root = json.createObjectNode();
        root.put("snapshot", snapshot.date().toString());
        root.put("source", snapshot.source());
        ArrayNode models = root.putArray("models");
        for (String id : ids) {
            ObjectNode node = models.addObject();
            node.put("id", id);
            node.put("inSnapshot", graph.contains(id));
            ArrayNode parents = node.putArray("parents");
            for (LineageLink link : graph.parents(id)) {
                parents.addObject()
                        .put("id", link.id())
                        .put("relation", link.relation().label());
            }
            ArrayNode roots = node.putArray("roots");
            graph.roots(id).forEach(roots::add);
            node.put("depth", graph.depth(id));
        }
        JsonOutput.putQuality(root, "quality", graph.quality());
        ArrayNode broken = root.putArray("brokenCycles");
        for (BrokenEdge edge : graph.brokenEdges()) {
            broken.addObject().put("child", edge.child()).put("parent", edge.parent());
        }
        return root;
    }
}
