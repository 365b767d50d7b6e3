package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.modelcensus.lineage.LineageQuality;
import org.modelcensus.store.SnapshotSummary;

/**
 * The largest model families of a snapshot.
 *
 * @param families the largest families by downloads, at most the number asked for
 * @param familiesWithDerivatives how many roots have at least one derivative in the snapshot
 */
public record FamilyTable(
        MeasureSelection selection, List<Family> families, long familiesWithDerivatives, LineageQuality quality) {
    public FamilyTable {
        requireNonNull(selection, "selection is null");
        families = List.copyOf(requireNonNull(families, "families is null"));
        requireNonNull(quality, "quality is null");
    }

    public SnapshotSummary snapshot() {
        return selection.end();
    }

    public Measure measure() {
        return selection.measure();
    }
}
