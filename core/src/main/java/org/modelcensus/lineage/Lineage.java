package org.modelcensus.lineage;

import java.util.List;

/**
 * The lineage of one snapshot as the writers see it, around the models they print: held in memory whole
 * ({@link LineageGraph}) or read from the store around one model ({@link StoredLineage#around}).
 */
public interface Lineage {
    /** Whether the id is a model of the snapshot (rather than a declared base model missing from it). */
    boolean contains(String id);

    /** Whether the id is a node: a model of the snapshot or a base model one declares. */
    boolean knows(String id);

    /** The namespace a node belongs to: its snapshot row's, or the owner part of a missing base model's id. */
    String namespace(String id);

    /** The parents a node declares, as kept (normalised, cycles broken), in the order declared. */
    List<LineageLink> parents(String id);

    /** The models that declare {@code id} as a parent, with their relation to it, sorted by id. */
    List<LineageLink> children(String id);

    /** The roots a node derives from, by id; a root's only root is itself. */
    List<String> roots(String id);

    /** Edges on the shortest path from a node to its nearest root; 0 for a root. */
    int depth(String id);

    List<BrokenEdge> brokenEdges();

    LineageQuality quality();
}
