package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.UnknownNamespaces;

/**
 * What a user asks of a series of share tables.
 *
 * @param measure empty for 30-day downloads where the source has them, else the window measure
 * @param source empty for the source of the latest snapshot that has the counts the measure needs
 * @param from the first point's earliest day; empty for the source's first snapshot
 * @param to the last point's day; empty for the source's last snapshot
 * @param windowDays the window ending at each point, for window measures (default 30 days; 365 for first-year)
 * @param counting the counting choices of every point
 */
public record SeriesRequest(
        Optional<Measure> measure,
        GroupBy by,
        AttributionView view,
        UnknownNamespaces unknownNamespaces,
        Optional<String> source,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Every every,
        Optional<Integer> windowDays,
        Cohort cohort,
        Counting counting) {
    public SeriesRequest {
        requireNonNull(measure, "measure is null");
        requireNonNull(by, "by is null");
        requireNonNull(view, "view is null");
        requireNonNull(unknownNamespaces, "unknownNamespaces is null");
        requireNonNull(source, "source is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(every, "every is null");
        requireNonNull(windowDays, "windowDays is null");
        requireNonNull(cohort, "cohort is null");
        requireNonNull(counting, "counting is null");
    }

    /** A series counting the numbers as published. */
    public SeriesRequest(
            Optional<Measure> measure,
            GroupBy by,
            AttributionView view,
            UnknownNamespaces unknownNamespaces,
            Optional<String> source,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Every every,
            Optional<Integer> windowDays,
            Cohort cohort) {
        this(measure, by, view, unknownNamespaces, source, from, to, every, windowDays, cohort, Counting.AS_PUBLISHED);
    }
}
