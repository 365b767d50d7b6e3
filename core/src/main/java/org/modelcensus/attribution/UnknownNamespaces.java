package org.modelcensus.attribution;

/** What to do with downloads of namespaces the registry does not list. */
public enum UnknownNamespaces {
    /** Report them under the key {@code UNKNOWN}, left out of concentration measures. */
    REPORT,
    /**
     * Treat each as an unaffiliated developer, as the study did: country {@code INTL} ("International/Online"), type
     * {@code community}, and its own namespace as organisation.
     */
    INTL,
    /** Leave them out: the shares are of the downloads the registry attributes, renormalised. */
    EXCLUDE,
    /** Allocate them to the attributed groups in proportion to each group's downloads. */
    PROPORTIONAL;

    /**
     * How cells are keyed under this choice: {@link #INTL} on its own, the others as {@link #REPORT} (one {@code
     * UNKNOWN} group, then left out or allocated).
     */
    public UnknownNamespaces keying() {
        return this == INTL ? INTL : REPORT;
    }

    /** The value {@code --unknown-as} takes for this choice. */
    public String flagValue() {
        return this == REPORT ? "UNKNOWN" : name();
    }
}
