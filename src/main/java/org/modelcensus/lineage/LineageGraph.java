package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
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
public final class LineageGraph {
    private final String[] ids;
    private final String[] namespaces;
    private final int observed;
    private final Map<String, Integer> index;
    private final int[] parentStart;
    private final int[] edgeChild;
    private final int[] parentNode;
    private final Relation[] parentRelation;
    private final int[] childStart;
    private final int[] childNode;
    private final int[][] roots;
    private final int[] depth;
    private final List<BrokenEdge> brokenEdges;
    private final LineageQuality quality;

    private LineageGraph(Builder builder) {
        ids = builder.ids;
        namespaces = builder.namespaces;
        observed = builder.observed;
        index = builder.index;
        parentStart = builder.parentStart;
        edgeChild = builder.edgeChild;
        parentNode = builder.parentNode;
        parentRelation = builder.parentRelation;
        childStart = builder.childStart;
        childNode = builder.childNode;
        roots = builder.roots;
        depth = builder.depth;
        brokenEdges = List.copyOf(builder.brokenEdges);
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

    /** Whether the id is a model of the snapshot (rather than a declared base model missing from it). */
    public boolean contains(String id) {
        Integer node = index.get(id);
        return node != null && node < observed;
    }

    /** Whether the id is a node: a model of the snapshot or a base model one declares. */
    public boolean knows(String id) {
        return index.containsKey(id);
    }

    /** The namespace a node belongs to: its snapshot row's, or the owner part of a missing base model's id. */
    public String namespace(String id) {
        return namespaces[node(id)];
    }

    public List<LineageLink> parents(String id) {
        int node = node(id);
        List<LineageLink> links = new ArrayList<>(parentStart[node + 1] - parentStart[node]);
        for (int edge = parentStart[node]; edge < parentStart[node + 1]; edge++) {
            if (parentNode[edge] >= 0) {
                links.add(new LineageLink(ids[parentNode[edge]], parentRelation[edge]));
            }
        }
        return links;
    }

    /** The models that declare {@code id} as a parent, with their relation to it. */
    public List<LineageLink> children(String id) {
        int node = node(id);
        List<LineageLink> links = new ArrayList<>(childStart[node + 1] - childStart[node]);
        for (int position = childStart[node]; position < childStart[node + 1]; position++) {
            int edge = childNode[position];
            if (parentNode[edge] >= 0) {
                links.add(new LineageLink(ids[edgeChild[edge]], parentRelation[edge]));
            }
        }
        return links;
    }

    /** The roots a node derives from, by id; a root's only root is itself. */
    public List<String> roots(String id) {
        int[] nodes = roots[node(id)];
        List<String> result = new ArrayList<>(nodes.length);
        for (int node : nodes) {
            result.add(ids[node]);
        }
        return result;
    }

    /** Edges on the shortest path from a node to its nearest root; 0 for a root. */
    public int depth(String id) {
        return depth[node(id)];
    }

    /**
     * How a model derives from its parents: the relation of its only parent edge, {@code merge} if any edge is a
     * merge, else that of its first parent; empty for a root.
     */
    public Optional<Relation> relation(String id) {
        List<LineageLink> parents = parents(id);
        if (parents.isEmpty()) {
            return Optional.empty();
        }
        if (parents.stream().anyMatch(link -> link.relation() == Relation.MERGE)) {
            return Optional.of(Relation.MERGE);
        }
        return Optional.of(parents.get(0).relation());
    }

    public List<BrokenEdge> brokenEdges() {
        return brokenEdges;
    }

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
        private final List<BrokenEdge> brokenEdges = new ArrayList<>();
        private String[] ids;
        private String[] namespaces;
        private int observed;
        private Map<String, Integer> index;
        private Map<String, Integer> byLowerCase;
        private int[] parentStart;
        private int[] edgeChild;
        private int[] parentNode;
        private Relation[] parentRelation;
        private int[] childStart;
        private int[] childNode;
        private int[][] roots;
        private int[] depth;

        Builder(List<DeclaredModel> models, QualityCounter quality) {
            this.models = models;
            this.quality = quality;
        }

        Builder build() {
            indexNodes();
            linkParents();
            linkChildren();
            resolveRoots();
            measureDepth();
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

        /**
         * Parent edges grouped by child (compressed rows); a model listed twice keeps its first declaration, and a
         * declaration that names the model itself or a parent already linked (in another case) is dropped.
         */
        private void linkParents() {
            int nodes = ids.length;
            DeclaredModel[] byNode = new DeclaredModel[nodes];
            for (DeclaredModel model : models) {
                int node = index.get(model.id());
                if (byNode[node] == null) {
                    byNode[node] = model;
                }
            }
            int[][] parentsOf = new int[nodes][];
            Relation[][] relationsOf = new Relation[nodes][];
            parentStart = new int[nodes + 1];
            for (int node = 0; node < nodes; node++) {
                List<LineageLink> declared = byNode[node] == null ? List.of() : byNode[node].parents();
                int[] parents = new int[declared.size()];
                Relation[] relations = new Relation[declared.size()];
                int count = 0;
                for (LineageLink parent : declared) {
                    int parentNode = resolve(parent.id());
                    if (parentNode == node) {
                        quality.selfReferences++;
                        continue;
                    }
                    boolean linked = false;
                    for (int earlier = 0; earlier < count; earlier++) {
                        linked |= parents[earlier] == parentNode;
                    }
                    if (!linked) {
                        parents[count] = parentNode;
                        relations[count] = parent.relation();
                        count++;
                    }
                }
                parentsOf[node] = Arrays.copyOf(parents, count);
                relationsOf[node] = Arrays.copyOf(relations, count);
                parentStart[node + 1] = parentStart[node] + count;
            }
            parentNode = new int[parentStart[nodes]];
            edgeChild = new int[parentStart[nodes]];
            parentRelation = new Relation[parentStart[nodes]];
            for (int node = 0; node < nodes; node++) {
                for (int position = 0; position < parentsOf[node].length; position++) {
                    int edge = parentStart[node] + position;
                    parentNode[edge] = parentsOf[node][position];
                    edgeChild[edge] = node;
                    parentRelation[edge] = relationsOf[node][position];
                }
            }
        }

        /** Child lists as edge numbers, in child order, so children come out sorted by id. */
        private void linkChildren() {
            int nodes = ids.length;
            childStart = new int[nodes + 1];
            for (int edge = 0; edge < parentNode.length; edge++) {
                childStart[parentNode[edge] + 1]++;
            }
            for (int node = 0; node < nodes; node++) {
                childStart[node + 1] += childStart[node];
            }
            childNode = new int[parentNode.length];
            int[] fill = Arrays.copyOf(childStart, nodes);
            for (int child = 0; child < nodes; child++) {
                for (int edge = parentStart[child]; edge < parentStart[child + 1]; edge++) {
                    childNode[fill[parentNode[edge]]++] = edge;
                }
            }
        }

        /**
         * Root sets in topological order (Kahn's algorithm from the roots down). When only cycles are left, the
         * smallest-id node of a cycle drops its edge into the cycle and the walk goes on.
         */
        private void resolveRoots() {
            int nodes = ids.length;
            int[] pending = new int[nodes];
            for (int node = 0; node < nodes; node++) {
                pending[node] = parentStart[node + 1] - parentStart[node];
            }
            roots = new int[nodes][];
            ArrayDeque<Integer> ready = new ArrayDeque<>();
            for (int node = 0; node < nodes; node++) {
                if (pending[node] == 0) {
                    ready.add(node);
                }
            }
            int done = 0;
            int lowestUndone = 0;
            int[] walkStamp = new int[nodes];
            int walk = 0;
            while (done < nodes) {
                if (ready.isEmpty()) {
                    while (roots[lowestUndone] != null) {
                        lowestUndone++;
                    }
                    walk++;
                    breakCycleFrom(lowestUndone, pending, walkStamp, walk, ready);
                    continue;
                }
                int node = ready.poll();
                roots[node] = unionOfParentRoots(node);
                done++;
                for (int position = childStart[node]; position < childStart[node + 1]; position++) {
                    int edge = childNode[position];
                    if (parentNode[edge] < 0) {
                        continue;
                    }
                    int child = edgeChild[edge];
                    if (--pending[child] == 0) {
                        ready.add(child);
                    }
                }
            }
        }

        /**
         * Walks from an unresolved node along its smallest-id unresolved parent until a node repeats: the repeated
         * stretch is a cycle. Its smallest-id node drops the edge it was walked along.
         */
        private void breakCycleFrom(int start, int[] pending, int[] walkStamp, int walk, ArrayDeque<Integer> ready) {
            List<Integer> path = new ArrayList<>();
            List<Integer> pathEdges = new ArrayList<>();
            int node = start;
            while (walkStamp[node] != walk) {
                walkStamp[node] = walk;
                path.add(node);
                int chosenEdge = -1;
                for (int edge = parentStart[node]; edge < parentStart[node + 1]; edge++) {
                    int parent = parentNode[edge];
                    if (parent >= 0 && roots[parent] == null && (chosenEdge < 0 || parent < parentNode[chosenEdge])) {
                        chosenEdge = edge;
                    }
                }
                pathEdges.add(chosenEdge);
                node = parentNode[chosenEdge];
            }
            int cycleStart = path.indexOf(node);
            int breaker = -1;
            int breakerEdge = -1;
            for (int position = cycleStart; position < path.size(); position++) {
                if (breaker < 0 || path.get(position) < breaker) {
                    breaker = path.get(position);
                    breakerEdge = pathEdges.get(position);
                }
            }
            brokenEdges.add(new BrokenEdge(ids[breaker], ids[parentNode[breakerEdge]]));
            quality.cycles++;
            parentNode[breakerEdge] = -1 - parentNode[breakerEdge]; // dropped; kept recoverable for children lists
            if (--pending[breaker] == 0) {
                ready.add(breaker);
            }
        }

        private int[] unionOfParentRoots(int node) {
            int[] result = null;
            for (int edge = parentStart[node]; edge < parentStart[node + 1]; edge++) {
                int parent = parentNode[edge];
                if (parent < 0) {
                    continue;
                }
                if (result == null) {
                    result = roots[parent];
                } else if (result != roots[parent]) {
                    result = mergeSorted(result, roots[parent]);
                }
            }
            return result == null ? new int[] {node} : result;
        }

        private static int[] mergeSorted(int[] left, int[] right) {
            int[] merged = new int[left.length + right.length];
            int size = 0;
            int i = 0;
            int j = 0;
            while (i < left.length || j < right.length) {
                int next;
                if (j >= right.length || (i < left.length && left[i] <= right[j])) {
                    next = left[i++];
                } else {
                    next = right[j++];
                }
                if (size == 0 || merged[size - 1] != next) {
                    merged[size++] = next;
                }
            }
            return size == left.length && Arrays.equals(left, 0, size, merged, 0, size)
                    ? left
                    : Arrays.copyOf(merged, size);
        }

        /** Multi-source breadth-first search from all roots along child edges: the shortest distance to a root. */
        private void measureDepth() {
            int nodes = ids.length;
            depth = new int[nodes];
            Arrays.fill(depth, -1);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int node = 0; node < nodes; node++) {
                boolean hasParent = false;
                for (int edge = parentStart[node]; edge < parentStart[node + 1]; edge++) {
                    hasParent |= parentNode[edge] >= 0;
                }
                if (!hasParent) {
                    depth[node] = 0;
                    queue.add(node);
                }
            }
            while (!queue.isEmpty()) {
                int node = queue.poll();
                for (int position = childStart[node]; position < childStart[node + 1]; position++) {
                    int edge = childNode[position];
                    if (parentNode[edge] < 0) {
                        continue;
                    }
                    int child = edgeChild[edge];
                    if (depth[child] < 0) {
                        depth[child] = depth[node] + 1;
                        queue.add(child);
                    }
                }
            }
        }
    }
}
