package org.modelcensus.measure;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How often a series has a point. */
public enum Every {
    /** At every snapshot of the source. */
    SNAPSHOT("snapshot"),
    /** Every day. */
    DAY("day"),
    /** Every seventh day, counting back from the series' last day. */
    WEEK("week"),
    /** The last day of every month, and the series' last day when it ends within a month. */
    MONTH("month");

    private final String label;

    Every(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Every> fromLabel(String label) {
        return Arrays.stream(values())
                .filter(every -> every.label.equals(label))
                .findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(Every::label).collect(Collectors.joining(", "));
    }
}
