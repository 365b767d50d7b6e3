package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

/** An organisation (or an individual) that publishes models, with where it is based and what kind it is. */
public record Organization(String name, CountryCode country, DeveloperType type) {
    public Organization {
        requireNonNull(name, "name is null");
        requireNonNull(country, "country is null");
        requireNonNull(type, "type is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
    }
}
