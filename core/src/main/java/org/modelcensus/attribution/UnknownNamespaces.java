package org.modelcensus.attribution;

/** What to do with downloads of namespaces the registry does not list. */
public enum UnknownNamespaces {
    /** Report them under the key {@code UNKNOWN}, left out of concentration measures. */
    REPORT,
    /**
     * Treat each as an unaffiliated developer, as the study did: country {@code INTL} ("International/Online"), type
     * {@code community}, and its own namespace as organisation.
     */
    INTL
}
