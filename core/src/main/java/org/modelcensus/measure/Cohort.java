package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which models a measure counts, by creation date. Models whose creation date is unknown (including the Hub's
 * placeholder {@code 2022-03-02T23:29:04Z}) are left out of every restricted cohort and counted.
 *
 * @param createdFrom the first creation day counted
 * @param createdTo the last creation day counted
 * @param createdWithinDays models created within this many days before the end of the window (or the snapshot)
 */
public record Cohort(
        Optional<LocalDate> createdFrom, Optional<LocalDate> createdTo, Optional<Integer> createdWithinDays) {
    public Cohort {
        requireNonNull(createdFrom, "createdFrom is null");
        requireNonNull(createdTo, "createdTo is null");
        requireNonNull(createdWithinDays, "createdWithinDays is null");
        createdWithinDays.ifPresent(days -> {
            if (days < 1) {
                throw new IllegalArgumentException("createdWithinDays must be positive: " + days);
            }
        });
        if (createdFrom.isPresent() && createdTo.isPresent() && createdTo.get().isBefore(createdFrom.get())) {
            throw new IllegalArgumentException("createdTo is before createdFrom");
        }
    }

    /** Every model, whatever its creation date. */
    public static Cohort all() {
        return new Cohort(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean restricts() {
        return createdFrom.isPresent() || createdTo.isPresent() || createdWithinDays.isPresent();
    }

    /**
     * The first creation day counted for a window ending on {@code end}, if any bound applies; "within N days" counts
     * the N days that end on {@code end}.
     */
    public Optional<LocalDate> firstDay(LocalDate end) {
        Optional<LocalDate> within = createdWithinDays.map(days -> end.minusDays(days - 1L));
        if (within.isPresent() && createdFrom.isPresent()) {
            return Optional.of(within.get().isAfter(createdFrom.get()) ? within.get() : createdFrom.get());
        }
        return within.or(() -> createdFrom);
    }

    /** The last creation day counted for a window ending on {@code end}, if any bound applies. */
    public Optional<LocalDate> lastDay(LocalDate end) {
        return createdTo.or(() -> createdWithinDays.map(days -> end));
    }

    /** {@code created 2025-01-01 … 2025-12-31}: how results say which models they count. */
    public String describe(LocalDate end) {
        if (!restricts()) {
            return "all models";
        }
        return "models created " + firstDay(end).map(LocalDate::toString).orElse("any time") + " to "
                + lastDay(end).map(LocalDate::toString).orElse("any time")
                + " (unknown creation dates left out)";
    }
}
