package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcensus.attribution.Organization;
import org.modelcensus.lineage.Relation;

/**
 * A model family: a root model and every model deriving from it. A derivative of several roots counts in each of
 * their families with an equal part of its downloads, as in the origin view.
 *
 * @param root the root model's id
 * @param rootInSnapshot whether the root itself is a model of the snapshot (else only its derivatives are)
 * @param organization the registry's organisation for the root's namespace, if listed
 * @param derivativesByRelation derivatives by how they derive from their parents
 * @param rootDownloads the root's own downloads
 * @param derivativeDownloads the derivatives' downloads credited to this family
 * @param derivativeDownloadsByRelation those downloads by how the derivatives derive from their parents
 * @param uploaderCountries where the derivatives' uploaders are based, by credited downloads, largest first
 *     ({@code UNKNOWN} for namespaces the registry does not list)
 */
public record Family(
        String root,
        String rootNamespace,
        boolean rootInSnapshot,
        Optional<Organization> organization,
        Map<Relation, Long> derivativesByRelation,
        double rootDownloads,
        double derivativeDownloads,
        Map<Relation, Double> derivativeDownloadsByRelation,
        List<ShareRow> uploaderCountries) {
    public Family {
        requireNonNull(root, "root is null");
        requireNonNull(rootNamespace, "rootNamespace is null");
        requireNonNull(organization, "organization is null");
        derivativesByRelation = derivativesByRelation.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(derivativesByRelation));
        derivativeDownloadsByRelation = derivativeDownloadsByRelation.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(derivativeDownloadsByRelation));
        uploaderCountries = List.copyOf(requireNonNull(uploaderCountries, "uploaderCountries is null"));
    }

    public long derivatives() {
        return derivativesByRelation.values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    public double downloads() {
        return rootDownloads + derivativeDownloads;
    }

    /** The part of the family's downloads that its derivatives carry, 0-1; 0 when nothing was downloaded. */
    public double derivativeShare() {
        return downloads() > 0 ? derivativeDownloads / downloads() : 0;
    }
}
