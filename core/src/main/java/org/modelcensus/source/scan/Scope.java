package org.modelcensus.source.scan;

/**
 * Where in a project a reference stands: active code or configuration, or something that does not run as the product
 * (tests, CI, examples, documentation, comments, data, configuration examples). Counting takes code and config by
 * default.
 */
public enum Scope {
    CODE("code"),
    CONFIG("config"),
    CONFIG_EXAMPLE("config-example"),
    DOCS("docs"),
    TEST("test"),
    COMMENT("comment"),
    CI("ci"),
    EXAMPLE("example"),
    DATA("data");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a reference in this scope is in what the product runs: code or configuration. */
    public boolean active() {
        return this == CODE || this == CONFIG;
    }
}
