package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.UnknownNamespaces;

/**
 * Share tables over time, all of one source, measure, grouping and view.
 *
 * @param measure the measure of every point (30-day downloads when a window was asked of a source without all-time
 *     counts)
 * @param windowDays for window measures, the days each point's window reaches back
 * @param skipped points left out because their window starts before the source's first snapshot, or holds one
 *     snapshot only
 * @param panelChanges the consecutive points whose sets of models differ a lot
 */
public record ShareSeries(
        Measure measure,
        GroupBy by,
        AttributionView view,
        UnknownNamespaces unknownNamespaces,
        String source,
        Every every,
        Optional<Integer> windowDays,
        Cohort cohort,
        boolean thirtyDayFallback,
        List<SeriesPoint> points,
        int skipped,
        List<PanelChange> panelChanges) {
    public ShareSeries {
        requireNonNull(measure, "measure is null");
        requireNonNull(by, "by is null");
        requireNonNull(view, "view is null");
        requireNonNull(unknownNamespaces, "unknownNamespaces is null");
        requireNonNull(source, "source is null");
        requireNonNull(every, "every is null");
        requireNonNull(windowDays, "windowDays is null");
        requireNonNull(cohort, "cohort is null");
        points = List.copyOf(requireNonNull(points, "points is null"));
        panelChanges = List.copyOf(requireNonNull(panelChanges, "panelChanges is null"));
        if (skipped < 0) {
            throw new IllegalArgumentException("skipped is negative: " + skipped);
        }
    }
}
