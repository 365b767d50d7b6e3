package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.modelcensus.attribution.Organization;

/**
 * Downloads credited to one organisation of the registry, or to one namespace the registry does not list.
 *
 * @param organization the registered organisation; empty for an unregistered namespace
 * @param unregisteredNamespace the namespace, when the registry does not list it
 * @param downloadsByRootCount the integer downloads credited, by the number of roots they are split among (in the
 *     uploader view all under 1): the credit is each sum divided by its number, so that adding cells stays exact
 * @param models models whose downloads are counted here
 */
public record AttributionCell(
        Optional<Organization> organization,
        Optional<String> unregisteredNamespace,
        SortedMap<Integer, Long> downloadsByRootCount,
        long models) {
    public AttributionCell {
        requireNonNull(organization, "organization is null");
        requireNonNull(unregisteredNamespace, "unregisteredNamespace is null");
        if (organization.isPresent() == unregisteredNamespace.isPresent()) {
            throw new IllegalArgumentException(
                    "a cell is either a registered organisation or an unregistered namespace");
        }
        downloadsByRootCount = Collections.unmodifiableSortedMap(
                new TreeMap<>(requireNonNull(downloadsByRootCount, "downloadsByRootCount is null")));
        downloadsByRootCount.forEach((roots, downloads) -> {
            if (roots < 1 || downloads < 0) {
                throw new IllegalArgumentException(
                        "downloads must be non-negative and split among at least one root: " + roots + "=" + downloads);
            }
        });
        if (models < 0) {
            throw new IllegalArgumentException("models is negative: " + models);
        }
    }

    public static AttributionCell registered(Organization organization, long downloads, long models) {
        return new AttributionCell(Optional.of(organization), Optional.empty(), whole(downloads), models);
    }

    public static AttributionCell unregistered(String namespace, long downloads, long models) {
        return new AttributionCell(Optional.empty(), Optional.of(namespace), whole(downloads), models);
    }

    /** Downloads credited (fractional when credit is split). */
    public double downloads() {
        return SplitSum.value(downloadsByRootCount);
    }

    private static SortedMap<Integer, Long> whole(long downloads) {
        return new TreeMap<>(Map.of(1, downloads));
    }
}
