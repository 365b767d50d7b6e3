package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.modelcensus.attribution.Organization;

/**
 * Downloads credited to one organisation of the registry, or to one namespace the registry does not list.
 *
 * @param organization the registered organisation; empty for an unregistered namespace
 * @param unregisteredNamespace the namespace, when the registry does not list it
 * @param downloads downloads credited (fractional when credit is split)
 * @param models models whose downloads are counted here
 */
public record AttributionCell(
        Optional<Organization> organization, Optional<String> unregisteredNamespace, double downloads, long models) {
    public AttributionCell {
        requireNonNull(organization, "organization is null");
        requireNonNull(unregisteredNamespace, "unregisteredNamespace is null");
        if (organization.isPresent() == unregisteredNamespace.isPresent()) {
            throw new IllegalArgumentException(
                    "a cell is either a registered organisation or an unregistered namespace");
        }
        if (!(downloads >= 0)) {
            throw new IllegalArgumentException("downloads must be non-negative: " + downloads);
        }
        if (models < 0) {
            throw new IllegalArgumentException("models is negative: " + models);
        }
    }

    public static AttributionCell registered(Organization organization, double downloads, long models) {
        return new AttributionCell(Optional.of(organization), Optional.empty(), downloads, models);
    }

    public static AttributionCell unregistered(String namespace, double downloads, long models) {
        return new AttributionCell(Optional.empty(), Optional.of(namespace), downloads, models);
    }
}
