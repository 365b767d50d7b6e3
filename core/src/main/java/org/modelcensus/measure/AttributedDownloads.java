package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.RegistryVersion;
import org.modelcensus.lineage.LineageQuality;
import org.modelcensus.store.SnapshotSummary;

/**
 * Downloads under one measure and view, credited to organisations or unregistered namespaces.
 *
 * @param lineage in the origin view, what the lineage stage had to survive; empty in the uploader view
 * @param notes what the measure had to work around in the data
 * @param models the models with a count under the measure (each once, though its credit may be split)
 * @param groupModels in the origin view, the models each group counts (a model split among several groups counts
 *     in each, once); empty in the uploader view, where a group counts the models of its cells
 * @param namespacesApart whether each unregistered namespace has a cell of its own, rather than one cell for all
 */
public record AttributedDownloads(
        MeasureSelection selection,
        AttributionView view,
        RegistryVersion registry,
        Optional<LineageQuality> lineage,
        MeasureNotes notes,
        long models,
        List<AttributionCell> cells,
        List<GroupModels> groupModels,
        boolean namespacesApart) {
    public AttributedDownloads {
        requireNonNull(selection, "selection is null");
        requireNonNull(view, "view is null");
        requireNonNull(registry, "registry is null");
        requireNonNull(lineage, "lineage is null");
        requireNonNull(notes, "notes is null");
        if (models < 0) {
            throw new IllegalArgumentException("models is negative: " + models);
        }
        cells = List.copyOf(requireNonNull(cells, "cells is null"));
        groupModels = List.copyOf(requireNonNull(groupModels, "groupModels is null"));
    }

    /** The snapshot the measure ends at. */
    public SnapshotSummary snapshot() {
        return selection.end();
    }

    public Measure measure() {
        return selection.measure();
    }

    /** All downloads credited, summed exactly (see {@link AttributionCell#downloadsByRootCount}). */
    public double totalDownloads() {
        SplitSum total = new SplitSum();
        cells.forEach(cell -> total.add(cell.downloadsByRootCount()));
        return total.value();
    }

    /** The share of downloads credited to namespaces the registry lists, 0-1; 0 when nothing was downloaded. */
    public double coverage() {
        double total = totalDownloads();
        if (total <= 0) {
            return 0;
        }
        SplitSum registered = new SplitSum();
        cells.stream()
                .filter(cell -> cell.organization().isPresent())
                .forEach(cell -> registered.add(cell.downloadsByRootCount()));
        return registered.value() / total;
    }
}
