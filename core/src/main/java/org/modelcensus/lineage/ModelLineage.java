package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One node of a snapshot's lineage as the writers print it.
 *
 * @param inSnapshot whether the node is a model of the snapshot rather than a base model it lacks
 * @param parents its kept parents, in the order declared
 * @param roots its roots in id order; a root's only root is itself
 * @param depth edges on the shortest path to the nearest root
 */
public record ModelLineage(String id, boolean inSnapshot, List<LineageLink> parents, List<String> roots, int depth) {
    public ModelLineage {
        requireNonNull(id, "id is null");
        parents = List.copyOf(requireNonNull(parents, "parents is null"));
        roots = List.copyOf(requireNonNull(roots, "roots is null"));
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("a node has at least one root: " + id);
        }
        if (depth < 0) {
            throw new IllegalArgumentException("depth is negative: " + depth);
        }
    }

    /** The node as a lineage shows it. */
    public static ModelLineage of(Lineage lineage, String id) {
        return new ModelLineage(id, lineage.contains(id), lineage.parents(id), lineage.roots(id), lineage.depth(id));
    }
}
