package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A date where group a's share passes group b's ({@code up}: from at most b's to more than b's) or falls back
 * ({@code down}).
 *
 * @param a a's share on that date, 0-1
 * @param b b's share on that date, 0-1
 */
public record Crossing(LocalDate date, Direction direction, double a, double b) {
    /** Which way a crossing goes, seen from group a. */
    public enum Direction {
        UP("up"),
        DOWN("down");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Crossing {
        requireNonNull(date, "date is null");
        requireNonNull(direction, "direction is null");
    }

    /** What happened, in words: "CN passes US" going up, "US passes CN" going down. */
    public String passing(String a, String b) {
        return direction == Direction.UP ? a + " passes " + b : b + " passes " + a;
    }
}
