package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The lineage of one snapshot: every model with its parents, its roots (the models it ultimately derives from; a
 * merge may have several) and its depth (edges on the shortest path to the nearest root). Base models declared but
 * missing from the snapshot are nodes too, roots outside the data. Cycles are broken deterministically: the model
 * with the smallest id in a cycle loses its declaration of the next model in the cycle.
 *
 * <p>All algorithms are iterative and linear in nodes plus edges (except for cycle breaking, which walks each cycle
 * it breaks), so chains and fan-outs of millions of models work.
 */
public final class LineageGraph implements Lineage {
    private final String[] ids;
    private final String[] namespaces;
    private final int observed;
    private final Map<String, Integer> index;
    private final NodeLineage lineage;
    private final List<BrokenEdge> brokenEdges;
    private final LineageQuality quality;

    private LineageGraph(Builder builder) {
        ids = builder.ids;
        namespaces = builder.namespaces;
        observed = builder.observed;
        index = builder.index;
        lineage = builder.lineage;
        brokenEdges = lineage.brokenEdges.stream()
                .map(edge -> new BrokenEdge(ids[edge[0]], ids[edge[1]]))
                .toList();
        quality = builder.quality.toQuality();
    }

    /** Builds the graph of the given models; {@code quality} already holds what parsing their declarations found. */
    static LineageGraph build(List<DeclaredModel> models, QualityCounter quality) {
        return new LineageGraph(new Builder(models, quality).build());
    }

    /** Builds the graph of models whose declarations are already parsed. */
    public static LineageGraph of(List<DeclaredModel> models) {
        return build(models, new QualityCounter());
    }

    /** The models of the snapshot, by id. */
    public List<String> modelIds() {
        return Collections.unmodifiableList(Arrays.asList(ids).subList(0, observed));
    }

    public int modelCount() {
        return observed;
    }

    @Override
    public boolean contains(String id) {
        Integer node = index.get(id);
        return node != null && node < observed;
    }

    @Override
    public boolean knows(String id) {
        return index.containsKey(id);
    }

    @Override
    public String namespace(String id) {
        return namespaces[node(id)];
    }

    @Override
    public List<LineageLink> parents(String id) {
        int node = node(id);
        List<LineageLink> links = new ArrayList<>(lineage.parentStart[node + 1] - lineage.parentStart[node]);
        for (int edge = lineage.parentStart[node]; edge < lineage.parentStart[node + 1]; edge++) {
            if (lineage.kept(edge)) {
                links.add(new LineageLink(ids[lineage.parentNode[edge]], lineage.parentRelation[edge]));
            }
        }
        return links;
    }

    @Override
    public List<LineageLink> children(String id) {
        int node = node(id);
        List<LineageLink> links = new ArrayList<>(lineage.childStart[node + 1] - lineage.childStart[node]);
        for (int position = lineage.childStart[node]; position < lineage.childStart[node + 1]; position++) {
            int edge = lineage.childNode[position];
            if (lineage.kept(edge)) {
                links.add(new LineageLink(ids[lineage.edgeChild[edge]], lineage.parentRelation[edge]));
            }
        }
        return links;
    }

    @Override
    public List<String> roots(String id) {
        int[] nodes = lineage.roots[node(id)];
        List<String> result = new ArrayList<>(nodes.length);
        for (int node : nodes) {
            result.add(ids[node]);
        }
        return result;
    }

    @Override
    public int depth(String id) {
        return lineage.depth[node(id)];
    }

    /**
     * How a model derives from its parents: the relation of its only parent edge, {@code merge} if any edge is a
     * merge, else that of its first parent; empty for a root.
     */
    public Optional<Relation> relation(String id) {
        return Optional.ofNullable(lineage.relation(node(id)));
    }

    @Override
    public List<BrokenEdge> brokenEdges() {
        return brokenEdges;
    }

    @Override
    public LineageQuality quality() {
        return quality;
    }

    private int node(String id) {
        Integer node = index.get(requireNonNull(id, "id is null"));
        if (node == null) {
            throw new IllegalArgumentException("not in the lineage graph: " + id);
        }
        return node;
    }

    /** The mutable state of one build, discarded afterwards. */
    private static final class Builder {
        private final List<DeclaredModel> models;
        private final QualityCounter quality;
        private String[] ids;
        private String[] namespaces;
        private int observed;
        private Map<String, Integer> index;
        private Map<String, Integer> byLowerCase;
        private NodeLineage lineage;

        Builder(List<DeclaredModel> models, QualityCounter quality) {
            this.models = models;
            this.quality = quality;
        }

        Builder build() {
            indexNodes();
            linkParents();
            return this;
        }

        /**
         * Models of the snapshot first, sorted by id; then missing base models, sorted by id. A declared id matches a
         * node regardless of case, as Hub ids do; of several spellings of a missing one, the first in order names it.
         */
        private void indexNodes() {
            List<DeclaredModel> sorted = new ArrayList<>(models);
            sorted.sort((left, right) -> left.id().compareTo(right.id()));
            index = new HashMap<>(sorted.size() * 2);
            byLowerCase = new HashMap<>(sorted.size() * 2);
            List<String> nodeIds = new ArrayList<>(sorted.size());
            List<String> nodeNamespaces = new ArrayList<>(sorted.size());
            for (DeclaredModel model : sorted) {
                if (index.putIfAbsent(model.id(), nodeIds.size()) == null) {
                    byLowerCase.putIfAbsent(model.id().toLowerCase(Locale.ROOT), nodeIds.size());
                    nodeIds.add(model.id());
                    nodeNamespaces.add(model.namespace());
                }
            }
            observed = nodeIds.size();
            TreeMap<String, String> missing = new TreeMap<>();
            for (DeclaredModel model : sorted) {
                for (LineageLink parent : model.parents()) {
                    if (resolve(parent.id()) < 0) {
                        missing.merge(
                                parent.id().toLowerCase(Locale.ROOT),
                                parent.id(),
                                (kept, other) -> kept.compareTo(other) <= 0 ? kept : other);
                    }
                }
            }
            List<String> spellings = new ArrayList<>(missing.values());
            Collections.sort(spellings);
            for (String id : spellings) {
                index.put(id, nodeIds.size());
                byLowerCase.put(id.toLowerCase(Locale.ROOT), nodeIds.size());
                nodeIds.add(id);
                nodeNamespaces.add(id.substring(0, id.indexOf('/')));
            }
            quality.dangling += spellings.size();
            ids = nodeIds.toArray(String[]::new);
            namespaces = nodeNamespaces.toArray(String[]::new);
        }

        /** The node an id names, matched exactly, else regardless of case; -1 when none. */
        private int resolve(String id) {
            Integer node = index.get(id);
            if (node == null) {
                node = byLowerCase.get(id.toLowerCase(Locale.ROOT));
            }
            return node == null ? -1 : node;
        }

        /** Each node's declared parents as node numbers; a model listed twice keeps its first declaration. */
        private void linkParents() {
            int nodes = ids.length;
            DeclaredModel[] byNode = new DeclaredModel[nodes];
            int declarations = 0;
            for (DeclaredModel model : models) {
                int node = index.get(model.id());
                if (byNode[node] == null) {
                    byNode[node] = model;
                    declarations += model.parents().size();
                }
            }
            int[] declaredStart = new int[nodes + 1];
            int[] declaredParent = new int[declarations];
            Relation[] declaredRelation = new Relation[declarations];
            int position = 0;
            for (int node = 0; node < nodes; node++) {
                if (byNode[node] != null) {
                    for (LineageLink parent : byNode[node].parents()) {
                        declaredParent[position] = resolve(parent.id());
                        declaredRelation[position] = parent.relation();
                        position++;
                    }
                }
                declaredStart[node + 1] = position;
            }
            lineage = NodeLineage.resolve(nodes, declaredStart, declaredParent, declaredRelation, quality);
        }
    }
}
