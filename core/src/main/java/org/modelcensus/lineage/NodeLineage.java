package org.modelcensus.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lineage algorithms on numbered nodes, with no ids: nodes are numbered in id order (models of the snapshot
 * first, then missing base models), so that the smallest number is the smallest id. Both the in-memory
 * {@link LineageGraph} and the lineage derived at import ({@link LineageDerivation}) run on this, so their roots,
 * depths and broken cycles are the same by construction.
 *
 * <p>Every array is indexed by node or by edge; an edge dropped to break a cycle keeps its parent as {@code -1 -
 * parent}. All algorithms are iterative and linear in nodes plus edges (except for cycle breaking, which walks each
 * cycle it breaks).
 */
final class NodeLineage {
    final int nodes;
    final int[] parentStart;
    final int[] edgeChild;
    final int[] parentNode;
    final Relation[] parentRelation;
    final int[] childStart;
    final int[] childNode;
    final int[][] roots;
    final int[] depth;

    /** The edges dropped to break cycles, as {child, parent} pairs, in the order they were broken. */
    final List<int[]> brokenEdges = new ArrayList<>();

    private NodeLineage(int nodes, int[] parentStart, int[] parentNode, Relation[] parentRelation) {
        this.nodes = nodes;
        this.parentStart = parentStart;
        this.parentNode = parentNode;
        this.parentRelation = parentRelation;
        this.edgeChild = new int[parentNode.length];
        for (int node = 0; node < nodes; node++) {
            for (int edge = parentStart[node]; edge < parentStart[node + 1]; edge++) {
                edgeChild[edge] = node;
            }
        }
        this.childStart = new int[nodes + 1];
        this.childNode = new int[parentNode.length];
        this.roots = new int[nodes][];
        this.depth = new int[nodes];
    }

    /**
     * Resolves the declared parents of every node: a declaration of the node itself or of a parent already linked
     * is dropped (a self-reference is counted), then children, roots and depths are computed.
     *
     * @param declaredStart node {@code n}'s declarations are positions {@code declaredStart[n]} to {@code
     *     declaredStart[n + 1] - 1} of the other arrays, in the order declared
     */
    static NodeLineage resolve(
            int nodes, int[] declaredStart, int[] declaredParent, Relation[] declaredRelation, QualityCounter quality) {
        int[] parentStart = new int[nodes + 1];
        int[] parents = new int[declaredParent.length];
        Relation[] relations = new Relation[declaredParent.length];
        int size = 0;
        for (int node = 0; node < nodes; node++) {
            int first = size;
            for (int position = declaredStart[node]; position < declaredStart[node + 1]; position++) {
                int parent = declaredParent[position];
                if (parent == node) {
                    quality.selfReferences++;
                    continue;
                }
                boolean linked = false;
                for (int earlier = first; earlier < size; earlier++) {
                    linked |= parents[earlier] == parent;
                }
                if (!linked) {
                    parents[size] = parent;
                    relations[size] = declaredRelation[position];
                    size++;
                }
            }
            parentStart[node + 1] = size;
        }
        NodeLineage lineage =
                new NodeLineage(nodes, parentStart, Arrays.copyOf(parents, size), Arrays.copyOf(relations, size));
        lineage.linkChildren();
        lineage.resolveRoots();
        lineage.measureDepth();
        quality.cycles += lineage.brokenEdges.size();
        return lineage;
    }

    /** Whether an edge was kept (not dropped to break a cycle). */
    boolean kept(int edge) {
        return parentNode[edge] >= 0;
    }

    /**
     * How a node derives from its parents: the relation of its only kept parent edge, {@code merge} if any is a
     * merge, else that of its first; {@code null} for a root.
     */
    Relation relation(int node) {
        Relation first = null;
        for (int edge = parentStart[node]; edge < parentStart[node + 1]; edge++) {
            if (!kept(edge)) {
                continue;
            }
            if (parentRelation[edge] == Relation.MERGE) {
                return Relation.MERGE;
            }
            if (first == null) {
                first = parentRelation[edge];
            }
        }
        return first;
    }

    /** Child lists as edge numbers, in child order, so children come out sorted by id. */
    private void linkChildren() {
        for (int edge = 0; edge < parentNode.length; edge++) {
            childStart[parentNode[edge] + 1]++;
        }
        for (int node = 0; node < nodes; node++) {
            childStart[node + 1] += childStart[node];
        }
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
        int[] pending = new int[nodes];
        for (int node = 0; node < nodes; node++) {
            pending[node] = parentStart[node + 1] - parentStart[node];
        }
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
                if (!kept(edge)) {
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
        brokenEdges.add(new int[] {breaker, parentNode[breakerEdge]});
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
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int node = 0; node < nodes; node++) {
            boolean hasParent = false;
            for (int edge = parentStart[node]; edge < parentStart[node + 1]; edge++) {
                hasParent |= kept(edge);
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
                if (!kept(edge)) {
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
