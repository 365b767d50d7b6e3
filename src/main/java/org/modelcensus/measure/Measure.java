package org.modelcensus.measure;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which download count a measure sums. */
public enum Measure {
    /** The Hub's {@code downloads}: downloads in the 30 days before the snapshot. */
    DOWNLOADS_30D("downloads30d", "downloads in the 30 days before the snapshot"),
    /** The Hub's {@code downloadsAllTime}: downloads since each model was created. */
    ALL_TIME("alltime", "all-time downloads up to the snapshot");

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

    public static Optional<Measure> fromLabel(String label) {
        return Arrays.stream(values())
                .filter(measure -> measure.label.equals(label))
                .findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(Measure::label).collect(Collectors.joining(", "));
    }
}
