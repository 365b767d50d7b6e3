package org.modelcensus.attribution;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kind of developer behind a namespace, as the registry's {@code type} column spells it. */
public enum DeveloperType {
    BIG_TECH("big-tech", "Big tech"),
    AI_LAB("ai-lab", "AI labs and start-ups"),
    ACADEMIC("academic", "Academic"),
    NONPROFIT("nonprofit", "Non-profit"),
    GOVERNMENT("government", "Government"),
    COMMUNITY("community", "Individuals and communities"),
    INTERMEDIARY("intermediary", "Intermediaries (quantisers, re-packagers)");

    private final String code;
    private final String label;

    DeveloperType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The registry spelling, e.g. {@code big-tech}. */
    public String code() {
        return code;
    }

    /** A reader-facing description. */
    public String label() {
        return label;
    }

    public static Optional<DeveloperType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(DeveloperType::code).collect(Collectors.joining(", "));
    }
}
