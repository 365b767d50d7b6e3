package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotSummary;
import org.modelcensus.store.SqlResource;

/**
 * The lineage derived at import, read from the store: a snapshot's quality and shape, one model's neighbourhood, or
 * every model streamed past. Nothing is built per query beyond what is printed.
 */
public final class StoredLineage {
    private final CensusStore store;

    public StoredLineage(CensusStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /** What deriving the snapshot's lineage had to survive. */
    public LineageQuality quality(SnapshotSummary snapshot) {
        try (PreparedStatement statement = prepare("lineage_quality.sql", snapshot.id());
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("snapshot " + snapshot.label() + " has no derived lineage");
            }
            return new LineageQuality(
                    rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5));
        } catch (SQLException e) {
            throw failure(snapshot, e);
        }
    }

    public List<BrokenEdge> brokenEdges(SnapshotSummary snapshot) {
        List<BrokenEdge> edges = new ArrayList<>();
        try (PreparedStatement statement = prepare("lineage_broken_edges.sql", snapshot.id());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                edges.add(new BrokenEdge(rows.getString(1), rows.getString(2)));
            }
        } catch (SQLException e) {
            throw failure(snapshot, e);
        }
        return edges;
    }

    /** The snapshot's lineage in figures. */
    public LineageSummary summary(SnapshotSummary snapshot) {
        Map<Relation, Long> edges = new EnumMap<>(Relation.class);
        TreeMap<Integer, Long> depths = new TreeMap<>();
        long derivatives = 0;
        try {
            try (PreparedStatement statement = prepare("lineage_edges_by_relation.sql", snapshot.id());
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    edges.put(Relation.fromLabel(rows.getString(1)), rows.getLong(2));
                }
            }
            try (PreparedStatement statement = prepare("lineage_depths.sql", snapshot.id());
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    depths.put(rows.getInt(1), rows.getLong(2));
                    derivatives += rows.getLong(2);
                }
            }
        } catch (SQLException e) {
            throw failure(snapshot, e);
        }
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
        try (PreparedStatement statement = prepare("lineage_around.sql", id, model, model, id, id, id, id);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) { // every edge comes before the first node
                String node = rows.getString("model_id");
                if (rows.getString("kind").equals("edge")) {
                    String parent = rows.getString("parent_id");
                    Relation relation = Relation.fromLabel(rows.getString("relation"));
                    parents.computeIfAbsent(node, ignored -> new ArrayList<>()).add(new LineageLink(parent, relation));
                    children.computeIfAbsent(parent, ignored -> new ArrayList<>())
                            .add(new LineageLink(node, relation));
                    continue;
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
            }
        } catch (SQLException e) {
            throw failure(snapshot, e);
        }
        if (!nodes.containsKey(model)) {
            return Optional.empty();
        }
        return Optional.of(new Neighbourhood(nodes, namespaces, children, quality(snapshot), brokenEdges(snapshot)));
    }

    /** Streams every model of the snapshot with its lineage, in id order. */
    public void forEachModel(SnapshotSummary snapshot, Consumer<ModelLineage> consumer) {
        long id = snapshot.id();
        try (PreparedStatement statement = prepare("lineage_models.sql", id, id, id, id);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                List<LineageLink> parents = new ArrayList<>();
                for (String line : lines(rows.getString(2))) {
                    int space = line.lastIndexOf(' ');
                    parents.add(
                            new LineageLink(line.substring(0, space), Relation.fromLabel(line.substring(space + 1))));
                }
                consumer.accept(
                        new ModelLineage(rows.getString(1), true, parents, lines(rows.getString(3)), rows.getInt(4)));
            }
        } catch (SQLException e) {
            throw failure(snapshot, e);
        }
    }

    private PreparedStatement prepare(String resource, Object... parameters) throws SQLException {
        return SqlResource.prepare(store.connection(), StoredLineage.class, resource, parameters);
    }

    /** The lines of a text joined by line breaks (as the lineage SQL joins ids and tags); none for null. */
    static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static RuntimeException failure(SnapshotSummary snapshot, SQLException e) {
        return CensusStore.failure("cannot read the lineage of snapshot " + snapshot.label(), e);
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
