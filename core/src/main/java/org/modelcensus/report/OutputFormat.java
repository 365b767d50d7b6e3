package org.modelcensus.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a command prints its result. */
public enum OutputFormat {
    TABLE("table"),
    CSV("csv"),
    JSON("json");

    private final String label;

    OutputFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<OutputFormat> fromLabel(String label) {
        return Arrays.stream(values())
                .filter(format -> format.label.equals(label))
                .findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", "));
    }
}
