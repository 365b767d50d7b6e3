package org.modelcensus.measure;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which downloads a measure counts. */
public enum Measure {
    /** The Hub's {@code downloads}: downloads in the 30 days before the snapshot. */
    DOWNLOADS_30D("downloads30d", "downloads in the 30 days before the snapshot"),
    /** The Hub's {@code downloadsAllTime}: downloads since each model was created. */
    ALL_TIME("alltime", "all-time downloads up to the snapshot"),
    /**
     * Downloads in a window (start, end]: each model's all-time count at the end snapshot minus that at the start
     * snapshot (0 for a model absent at the start; a decrease counts 0 and is reported).
     */
    WINDOW("window", "downloads in the window"),
    /**
     * The study's measure: downloads each model received within 365 days of its creation, counted over the part of
     * that first year that falls in the window, for models whose first year overlaps the window.
     */
    FIRST_YEAR("firstyear", "first-year downloads (within 365 days of each model's creation) in the window");

    private final String label;
    private final String description;

    Measure(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The name used on the command line and in JSON. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether the measure counts downloads between two dates rather than at one snapshot. */
    public boolean spansWindow() {
        return this == WINDOW || this == FIRST_YEAR;
    }

    /** Whether the measure needs all-time (cumulative) download counts. */
    public boolean needsAllTime() {
        return this != DOWNLOADS_30D;
    }

    public static Optional<Measure> fromLabel(String label) {
        return Arrays.stream(values())
                .filter(measure -> measure.label.equals(label))
                .findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(Measure::label).collect(Collectors.joining(", "));
    }
}
