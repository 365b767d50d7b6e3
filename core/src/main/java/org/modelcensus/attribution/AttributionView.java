package org.modelcensus.attribution;

/** Who gets the credit for a model's downloads. */
public enum AttributionView {
    /** Whoever published the repository (the study's view). */
    UPLOADER("uploader"),
    /**
     * The organisations of the model's roots in the lineage graph: a fine-tune, adapter, quantisation or merge is
     * credited to whoever made the base model(s) it derives from, split equally among several roots.
     */
    ORIGIN("origin");

    private final String label;

    AttributionView(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<AttributionView> fromLabel(String label) {
        return java.util.Arrays.stream(values())
                .filter(view -> view.label.equals(label))
                .findFirst();
    }
}
