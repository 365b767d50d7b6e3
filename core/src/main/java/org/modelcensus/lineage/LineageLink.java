package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

/**
 * A link of the lineage graph seen from one model: the model at the other end, and how the child derives from the
 * parent.
 */
public record LineageLink(String id, Relation relation) {
    public LineageLink {
        requireNonNull(id, "id is null");
        requireNonNull(relation, "relation is null");
    }
}
