package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A date where a's best model passes b's on the leaderboard (up) or falls back to at most b's (down).
 *
 * @param strict whether this crossing counts only where the 95 % intervals do not overlap (a's lower end above b's
 *     upper end, for up; and back to overlapping or below, for down)
 */
public record ArenaCrossing(
        LocalDate date, Crossing.Direction direction, ArenaStanding a, ArenaStanding b, boolean strict) {
    public ArenaCrossing {
        requireNonNull(date, "date is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(a, "a is null");
        requireNonNull(b, "b is null");
    }
}
