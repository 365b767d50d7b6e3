package org.modelcensus.measure;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What downloads are grouped by. */
public enum GroupBy {
    COUNTRY("country"),
    ORGANIZATION("organization"),
    TYPE("type");

    private final String label;

    GroupBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<GroupBy> fromLabel(String label) {
        return Arrays.stream(values()).filter(by -> by.label.equals(label)).findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(GroupBy::label).collect(Collectors.joining(", "));
    }
}
