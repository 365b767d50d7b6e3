package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.modelcensus.engine.Engine;
import org.modelcensus.engine.SqlQuery;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.DuckDbEngine;
import org.modelcensus.store.SnapshotSummary;

/**
 * The lineage derived at import, read from the store: a snapshot's quality and shape, one model's neighbourhood, or
 * every model streamed past. Nothing is built per query beyond what is printed.
 */
public final class StoredLineage {
    private final Engine engine;

    public StoredLineage(Engine engine) {
        this.engine = requireNonNull(engine, "engine is null");
    }

    /** The lineage stored in a DuckDB store. */
    public StoredLineage(CensusStore store) {
        this(new DuckDbEngine(store));
    }

    /** What deriving the snapshot's lineage had to survive. */
    public LineageQuality quality(SnapshotSummary snapshot) {
        List<LineageQuality> found = new ArrayList<>(1);
        engine.forEach(
                query("lineage_quality.sql", snapshot.id()),
                rows -> found.add(new LineageQuality(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getLong(3),
                        rows.getLong(4),
                        rows.getLong(5),
                        rows.getLong(6))));
        if (found.isEmpty()) {
            throw new IllegalStateException("snapshot " + snapshot.label() + " has no derived lineage");
        }
        return found.get(0);
    }

    public List<BrokenEdge> brokenEdges(SnapshotSummary snapshot) {
        List<BrokenEdge> edges = new ArrayList<>();
        engine.forEach(
                query("lineage_broken_edges.sql", snapshot.id()),
                rows -> edges.add(new BrokenEdge(rows.getString(1), rows.getString(2))));
        return edges;
    }

    /** The snapshot's lineage in figures. */
    public LineageSummary summary(SnapshotSummary snapshot) {
        Map<Relation, Long> edges = new EnumMap<>(Relation.class);
        TreeMap<Integer, Long> depths = new TreeMap<>();
        engine.forEach(
                query("lineage_edges_by_relation.sql", snapshot.id()),
                rows -> edges.put(Relation.fromLabel(rows.getString(1)), rows.getLong(2)));
        engine.forEach(query("lineage_depths.sql", snapshot.id()), rows -> depths.put(rows.getInt(1), rows.getLong(2)));
        long derivatives = depths.values().stream().mapToLong(Long::longValue).sum();
        if (snapshot.models() > derivatives) {
            depths.put(0, snapshot.models() - derivatives);
        }
        return new LineageSummary(
                snapshot.models(), derivatives, edges, depths, quality(snapshot), brokenEdges(snapshot));
    }

    /**
     * A model (or a declared base model) with its ancestors and descendants, each with its parents complete; empty
     * when the snapshot knows no such node. Ids are matched exactly, as the Hub shows them.
     */
    public Optional<Lineage> around(SnapshotSummary snapshot, String model) {
        requireNonNull(model, "model is null");
        Map<String, ModelLineage> nodes = new LinkedHashMap<>();
        Map<String, String> namespaces = new HashMap<>();
        Map<String, List<LineageLink>> parents = new HashMap<>();
        Map<String, List<LineageLink>> children = new HashMap<>();
        long id = snapshot.id();
        engine.forEach(query("lineage_around.sql", id, model, model, id, id, id, id), rows -> {
            String node = rows.getString("model_id"); // every edge comes before the first node
            if (rows.getString("kind").equals("edge")) {
                String parent = rows.getString("parent_id");
                Relation relation = Relation.fromLabel(rows.getString("relation"));
                parents.computeIfAbsent(node, ignored -> new ArrayList<>()).add(new LineageLink(parent, relation));
                children.computeIfAbsent(parent, ignored -> new ArrayList<>()).add(new LineageLink(node, relation));
                return;
            }
            namespaces.put(node, rows.getString("namespace"));
            nodes.put(
                    node,
                    new ModelLineage(
                            node,
                            rows.getBoolean("in_snapshot"),
                            parents.getOrDefault(node, List.of()),
                            lines(rows.getString("roots")),
                            rows.getInt("depth")));
        });
        if (!nodes.containsKey(model)) {
            return Optional.empty();
        }
        return Optional.of(new Neighbourhood(nodes, namespaces, children, quality(snapshot), brokenEdges(snapshot)));
    }

    /** Streams every model of the snapshot with its lineage, in id order. */
    public void forEachModel(SnapshotSummary snapshot, Consumer<ModelLineage> consumer) {
        long id = snapshot.id();
        engine.forEach(query("lineage_models.sql", id, id, id, id), rows -> {
            List<LineageLink> parents = new ArrayList<>();
            for (String line : lines(rows.getString(2))) {
                int space = line.lastIndexOf(' ');
                parents.add(new LineageLink(line.substring(0, space), Relation.fromLabel(line.substring(space + 1))));
            }
            consumer.accept(
                    new ModelLineage(rows.getString(1), true, parents, lines(rows.getString(3)), rows.getInt(4)));
        });
    }

    private SqlQuery query(String resource, Object... parameters) {
        return SqlQuery.of(engine.dialect(), StoredLineage.class, resource, parameters);
    }

    /** The lines of a text joined by line breaks (as the lineage SQL joins ids and tags); none for null. */
    static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    /** The nodes around one model, as read from the store. */
    private record Neighbourhood(
            Map<String, ModelLineage> nodes,
            Map<String, String> namespaces,
            Map<String, List<LineageLink>> children,
            LineageQuality quality,
            List<BrokenEdge> brokenEdges)
            implements Lineage {
        @Override
        public boolean contains(String id) {
            return node(id).inSnapshot();
        }

        @Override
        public boolean knows(String id) {
            return nodes.containsKey(id);
        }

        @Override
        public String namespace(String id) {
            node(id);
            return namespaces.get(id);
        }

        @Override
        public List<LineageLink> parents(String id) {
            return node(id).parents();
        }

        @Override
        public List<LineageLink> children(String id) {
            node(id);
            return children.getOrDefault(id, List.of());
        }

        @Override
        public List<String> roots(String id) {
            return node(id).roots();
        }

        @Override
        public int depth(String id) {
            return node(id).depth();
        }

        private ModelLineage node(String id) {
            ModelLineage node = nodes.get(requireNonNull(id, "id is null"));
            if (node == null) {
                throw new IllegalArgumentException("not around the model asked for: " + id);
            }
            return node;
        }
    }
}
