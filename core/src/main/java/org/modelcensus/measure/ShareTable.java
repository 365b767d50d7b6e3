package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.RegistryVersion;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.lineage.LineageQuality;
import org.modelcensus.store.SnapshotSummary;

/**
 * Download shares of one snapshot by country, organisation or developer type, with their concentration.
 *
 * @param notes what the measure had to work around in the data
 * @param lineage in the origin view, the quality counts of the lineage graph the credit followed
 * @param models the models with a count under the measure, each once
 * @param totalDownloads all downloads of the snapshot under the measure, attributed or not
 * @param coverage the share of downloads whose namespace the registry lists, 0-1
 * @param rows groups by downloads, largest first (ties by key)
 * @param concentration computed over attributed groups only: the {@code UNKNOWN} group is left out and the other
 *     shares renormalised; empty when no attributed group has downloads
 */
public record ShareTable(
        MeasureSelection selection,
        GroupBy by,
        AttributionView view,
        UnknownNamespaces unknownNamespaces,
        RegistryVersion registry,
        Optional<LineageQuality> lineage,
        MeasureNotes notes,
        long models,
        double totalDownloads,
        double coverage,
        List<ShareRow> rows,
        Optional<Concentration> concentration) {
    public ShareTable {
        requireNonNull(selection, "selection is null");
        requireNonNull(by, "by is null");
        requireNonNull(view, "view is null");
        requireNonNull(unknownNamespaces, "unknownNamespaces is null");
        requireNonNull(registry, "registry is null");
        requireNonNull(lineage, "lineage is null");
        requireNonNull(notes, "notes is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
        requireNonNull(concentration, "concentration is null");
    }

    /** The snapshot the measure ends at. */
    public SnapshotSummary snapshot() {
        return selection.end();
    }

    public Measure measure() {
        return selection.measure();
    }
}
