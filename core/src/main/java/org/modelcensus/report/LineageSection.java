package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.modelcensus.measure.FamilyTable;
import org.modelcensus.measure.IntermediaryCandidate;
import org.modelcensus.measure.ShareTable;

/**
 * The report's lineage section: country shares in the uploader and origin views side by side, the largest families,
 * the quality of the lineage data, and the registry check of intermediaries, for one snapshot with declared base
 * models.
 */
public record LineageSection(
        ShareTable uploaderCountries,
        ShareTable originCountries,
        FamilyTable families,
        List<IntermediaryCandidate> intermediaries,
        int intermediaryMinimumModels) {
    public LineageSection {
        requireNonNull(uploaderCountries, "uploaderCountries is null");
        requireNonNull(originCountries, "originCountries is null");
        requireNonNull(families, "families is null");
        intermediaries = List.copyOf(requireNonNull(intermediaries, "intermediaries is null"));
        if (!uploaderCountries.snapshot().equals(originCountries.snapshot())) {
            throw new IllegalArgumentException("both views must measure the same snapshot");
        }
    }
}
