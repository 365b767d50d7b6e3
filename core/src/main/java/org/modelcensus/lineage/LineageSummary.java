package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The shape of a snapshot's lineage in figures.
 *
 * @param models the models of the snapshot
 * @param derivatives models that derive from a declared base model (the rest are roots)
 * @param edgesByRelation kept parent edges by relation
 * @param modelsByDepth models by their depth, 0 (roots) included
 */
public record LineageSummary(
        long models,
        long derivatives,
        Map<Relation, Long> edgesByRelation,
        SortedMap<Integer, Long> modelsByDepth,
        LineageQuality quality,
        List<BrokenEdge> brokenEdges) {
    public LineageSummary {
        if (derivatives < 0 || derivatives > models) {
            throw new IllegalArgumentException("derivatives out of [0, models]: " + derivatives);
        }
        edgesByRelation = Map.copyOf(requireNonNull(edgesByRelation, "edgesByRelation is null"));
        modelsByDepth = new TreeMap<>(requireNonNull(modelsByDepth, "modelsByDepth is null"));
        requireNonNull(quality, "quality is null");
        brokenEdges = List.copyOf(requireNonNull(brokenEdges, "brokenEdges is null"));
    }

    public long roots() {
        return models - derivatives;
    }
}
