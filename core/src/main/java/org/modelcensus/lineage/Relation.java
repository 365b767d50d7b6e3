package org.modelcensus.lineage;

import java.util.Arrays;
import java.util.Optional;

/** How a model derives from a base model it declares. */
public enum Relation {
    FINETUNE("finetune"),
    ADAPTER("adapter"),
    QUANTIZED("quantized"),
    MERGE("merge"),
    /** The model declares the base model but not how it derives from it. */
    UNKNOWN("unknown");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    /** The Hub's spelling, as in {@code base_model:quantized:<id>}. */
    public String label() {
        return label;
    }

    /** A relation the Hub declares; {@code unknown} is never declared, only inferred. */
    public static Optional<Relation> declared(String label) {
        return Arrays.stream(values())
                .filter(relation -> relation != UNKNOWN && relation.label.equals(label))
                .findFirst();
    }

    /** The relation of a label as the store keeps it, {@code unknown} included. */
    public static Relation fromLabel(String label) {
        return Arrays.stream(values())
                .filter(relation -> relation.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a relation: " + label));
    }
}
