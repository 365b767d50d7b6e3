package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A model of a snapshot with the base models it declares. */
public record DeclaredModel(String id, String namespace, List<LineageLink> parents) {
    public DeclaredModel {
        requireNonNull(id, "id is null");
        requireNonNull(namespace, "namespace is null");
        parents = List.copyOf(requireNonNull(parents, "parents is null"));
    }
}
