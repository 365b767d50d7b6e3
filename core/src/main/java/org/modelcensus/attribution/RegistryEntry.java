package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

/**
 * One row of the organisation registry: a Hub namespace, the organisation it belongs to, and where that fact comes
 * from (a URL or a file of the project's data sources).
 */
public record RegistryEntry(String namespace, Organization organization, String source) {
    public RegistryEntry {
        requireNonNull(namespace, "namespace is null");
        requireNonNull(organization, "organization is null");
        requireNonNull(source, "source is null");
        if (namespace.isBlank()) {
            throw new IllegalArgumentException("namespace is blank");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("source is blank");
        }
    }
}
