package org.modelcensus.source;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/** The model hubs whose snapshots a store holds; every snapshot is of one hub. */
public enum Hub {
    HUGGINGFACE("huggingface", "Hugging Face"),
    MODELSCOPE("modelscope", "ModelScope");

    private final String label;
    private final String title;

    Hub(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** The name stored with a snapshot and given on the command line. */
    public String label() {
        return label;
    }

    /** The hub's name as people write it. */
    public String title() {
        return title;
    }

    /** The hub as a message names it: "the Hub" for Hugging Face (as its own documents say), else its title. */
    public String inProse() {
        return this == HUGGINGFACE ? "the Hub" : title;
    }

    /** The hub of a label, if it is one (in any case). */
    public static Optional<Hub> of(String label) {
        for (Hub hub : values()) {
            if (hub.label.equalsIgnoreCase(label)) {
                return Optional.of(hub);
            }
        }
        return Optional.empty();
    }

    /** The hub of a label read from a store; an unknown one means the store was written by a newer version. */
    public static Hub stored(String label) {
        return of(label)
                .orElseThrow(() -> new CensusException(
                        ErrorCode.STORE_VERSION,
                        "the store names a hub \"" + label + "\" that this version does not know (it knows " + labels()
                                + "); was it written by a newer ModelCensus?"));
    }

    /** The labels of every hub, for messages: "huggingface, modelscope". */
    public static String labels() {
        return Arrays.stream(values()).map(Hub::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}
