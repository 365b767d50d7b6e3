package org.modelcensus.measure;

import java.util.OptionalLong;

/**
 * The size classes the relative adoption metric compares models within, by total parameter count. The bounds are the
 * project's own: they split the bundled data's models of known size into groups of comparable popularity, each with
 * well over ten models.
 */
public enum SizeClass {
    /** Fewer than 3 billion parameters. */
    SMALL("under 3B"),
    /** 3 to 30 billion parameters. */
    MEDIUM("3B to 30B"),
    /** 30 billion parameters or more. */
    LARGE("30B and over"),
    /** No parameter count is known for the model. */
    UNKNOWN("unknown size");

    private static final long BILLION = 1_000_000_000L;

    private final String label;

    SizeClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SizeClass of(OptionalLong parameters) {
        if (parameters.isEmpty()) {
            return UNKNOWN;
        }
        long count = parameters.getAsLong();
        if (count < 3 * BILLION) {
            return SMALL;
        }
        return count < 30 * BILLION ? MEDIUM : LARGE;
    }
}
