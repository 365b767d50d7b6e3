package org.modelcensus.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcensus.store.SnapshotSummary;

/**
 * A snapshot's stored lineage read whole into maps, for tests that look up many models: every model of the snapshot
 * with its stored parents, roots and depth, and children found by inverting the parent edges.
 */
final class WholeLineage {
    final Map<String, ModelLineage> models = new LinkedHashMap<>();
    final Map<String, List<LineageLink>> children = new HashMap<>();
    final LineageQuality quality;
    final List<BrokenEdge> brokenEdges;

    WholeLineage(StoredLineage lineage, SnapshotSummary snapshot) {
        lineage.forEachModel(snapshot, model -> {
            models.put(model.id(), model);
            for (LineageLink parent : model.parents()) {
                children.computeIfAbsent(parent.id(), ignored -> new ArrayList<>())
                        .add(new LineageLink(model.id(), parent.relation()));
            }
        });
        quality = lineage.quality(snapshot);
        brokenEdges = lineage.brokenEdges(snapshot);
    }

    boolean contains(String id) {
        return models.containsKey(id);
    }

    int depth(String id) {
        return models.get(id).depth();
    }

    List<LineageLink> children(String id) {
        return children.getOrDefault(id, List.of());
    }
}
