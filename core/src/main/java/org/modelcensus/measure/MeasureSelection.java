package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.modelcensus.store.SnapshotSummary;

/**
 * A measure resolved to the snapshots it reads.
 *
 * @param end the snapshot at (or latest before) the point or the end of the window
 * @param start for {@link Measure#WINDOW}, the snapshot at (or latest before) the start of the window
 * @param windowStart for measures over a window, its first (excluded) day
 * @param windowEnd the point, or the last (included) day of the window
 * @param cohort which models count, by creation date
 * @param thirtyDayFallback whether a window was asked of a source with only 30-day counts, so the 30-day count at the
 *     end snapshot stands for it
 * @param counting the counting choices beyond the measure
 * @param staleReference the snapshot of the same source a stale counter's all-time count is compared with (the latest
 *     at least {@value Counting#STALE_DAYS} days before the end), needed by {@link Counting#staleAsZero}; without it no
 *     counter is flagged stale
 */
public record MeasureSelection(
        Measure measure,
        SnapshotSummary end,
        Optional<SnapshotSummary> start,
        Optional<LocalDate> windowStart,
        LocalDate windowEnd,
        Cohort cohort,
        boolean thirtyDayFallback,
        Counting counting,
        Optional<SnapshotSummary> staleReference) {
    public MeasureSelection {
        requireNonNull(measure, "measure is null");
        requireNonNull(end, "end is null");
        requireNonNull(start, "start is null");
        requireNonNull(windowStart, "windowStart is null");
        requireNonNull(windowEnd, "windowEnd is null");
        requireNonNull(cohort, "cohort is null");
        if (measure.spansWindow() != windowStart.isPresent()) {
            throw new IllegalArgumentException("a window start belongs to window measures only");
        }
        if ((measure == Measure.WINDOW) != start.isPresent()) {
            throw new IllegalArgumentException("a start snapshot belongs to the window measure only");
        }
        if (thirtyDayFallback && measure != Measure.DOWNLOADS_30D) {
            throw new IllegalArgumentException("a 30-day fallback measures 30-day downloads");
        }
        if (windowStart.isPresent() && !windowStart.get().isBefore(windowEnd)) {
            throw new IllegalArgumentException("the window must start before it ends");
        }
        requireNonNull(counting, "counting is null");
        requireNonNull(staleReference, "staleReference is null");
        if (counting.capSpikes() && start.isEmpty()) {
            throw new IllegalArgumentException("capping spikes needs a window between two snapshots");
        }
        if (counting.staleAsZero() && staleReference.isEmpty()) {
            throw new IllegalArgumentException("zeroing stale counters needs the snapshot to compare with");
        }
    }

    /** A selection counting the numbers as published. */
    public MeasureSelection(
            Measure measure,
            SnapshotSummary end,
            Optional<SnapshotSummary> start,
            Optional<LocalDate> windowStart,
            LocalDate windowEnd,
            Cohort cohort,
            boolean thirtyDayFallback) {
        this(
                measure,
                end,
                start,
                windowStart,
                windowEnd,
                cohort,
                thirtyDayFallback,
                Counting.AS_PUBLISHED,
                Optional.empty());
    }

    /** This selection under other counting choices (checked by {@link MeasureResolver}). */
    public MeasureSelection withCounting(Counting choices, Optional<SnapshotSummary> reference) {
        return new MeasureSelection(
                measure, end, start, windowStart, windowEnd, cohort, thirtyDayFallback, choices, reference);
    }

    /** A measure at one snapshot. */
    public static MeasureSelection at(SnapshotSummary snapshot, Measure measure, Cohort cohort) {
        return new MeasureSelection(
                measure, snapshot, Optional.empty(), Optional.empty(), snapshot.date(), cohort, false);
    }

    /** The 30-day count at a snapshot standing in for a window, for a source without all-time counts. */
    public static MeasureSelection thirtyDaysFor(SnapshotSummary snapshot, Cohort cohort) {
        return new MeasureSelection(
                Measure.DOWNLOADS_30D, snapshot, Optional.empty(), Optional.empty(), snapshot.date(), cohort, true);
    }

    /** {@code window 2025-01-18 … 2025-02-17}: what the numbers cover, for output. */
    public String describe() {
        String what = measure.description();
        String when =
                windowStart.map(first -> " (" + first + ", " + windowEnd + "]").orElse("");
        String snapshots = start.map(first -> ", snapshots " + first.date() + " to " + end.date())
                .orElse("");
        return what + when + snapshots;
    }
}
