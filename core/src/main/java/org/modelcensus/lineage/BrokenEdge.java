package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

/** A declaration dropped to break a cycle: {@code child} declared {@code parent}, which descends from it. */
public record BrokenEdge(String child, String parent) {
    public BrokenEdge {
        requireNonNull(child, "child is null");
        requireNonNull(parent, "parent is null");
    }
}
