package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a user asks to measure, before it is resolved to snapshots.
 *
 * @param measure empty for the snapshot's default (30-day downloads where it has them, else all-time)
 * @param from the first (excluded) day of a window
 * @param to the point or last day of a window; empty for the latest snapshot
 * @param source the snapshots' source; empty when the date leaves no doubt
 * @param windowDays the window's length when {@code from} is not given
 * @param counting the counting choices beyond the measure (as published unless asked)
 */
public record MeasureRequest(
        Optional<Measure> measure,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<String> source,
        Optional<Integer> windowDays,
        Cohort cohort,
        Counting counting) {
    /** The window, in days, when neither {@code from} nor a length is given: 30, or 365 for first-year downloads. */
    public static final int DEFAULT_WINDOW_DAYS = 30;

    /** A model's first year, in days after its creation: the study's measure counts downloads within it. */
    public static final int FIRST_YEAR_DAYS = 365;

    public MeasureRequest {
        requireNonNull(measure, "measure is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(source, "source is null");
        requireNonNull(windowDays, "windowDays is null");
        requireNonNull(cohort, "cohort is null");
        requireNonNull(counting, "counting is null");
    }

    /** A request counting the numbers as published. */
    public MeasureRequest(
            Optional<Measure> measure,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Optional<String> source,
            Optional<Integer> windowDays,
            Cohort cohort) {
        this(measure, from, to, source, windowDays, cohort, Counting.AS_PUBLISHED);
    }

    /** This request under other counting choices. */
    public MeasureRequest withCounting(Counting choices) {
        return new MeasureRequest(measure, from, to, source, windowDays, cohort, choices);
    }

    /** This request with another measure. */
    public MeasureRequest withMeasure(Measure other) {
        return new MeasureRequest(Optional.of(other), from, to, source, windowDays, cohort, counting);
    }

    /** The window's length for a measure: the one asked for, else 30 days, or 365 for first-year downloads. */
    public static int windowDays(Measure measure, Optional<Integer> asked) {
        return asked.orElse(measure == Measure.FIRST_YEAR ? FIRST_YEAR_DAYS : DEFAULT_WINDOW_DAYS);
    }

    /** The latest snapshot's default measure over all models. */
    public static MeasureRequest latest() {
        return new MeasureRequest(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Cohort.all());
    }
}
