package org.modelcensus.attribution;

/** Who gets the credit for a model's downloads. */
public enum AttributionView {
    /** Whoever published the repository (the study's view). */
    UPLOADER("uploader");

    private final String label;

    AttributionView(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
