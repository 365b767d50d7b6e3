package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Relative adoption of the models of one source at one age.
 *
 * @param days the age, in days after each model's creation
 * @param models every measured model, by relative adoption (largest first), then by downloads
 */
public record AdoptionTable(String source, int days, List<Adoption> models) {
    public AdoptionTable {
        requireNonNull(source, "source is null");
        models = List.copyOf(requireNonNull(models, "models is null"));
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
    }
}
