package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One model's relative adoption (ATOM's metric): its all-time downloads {@code days} after creation, divided by those
 * of the model ranked {@value AdoptionCalculator#REFERENCE_RANK}th in its size class at the same age.
 *
 * @param downloads all-time downloads at that age
 * @param rank the model's rank in its class by those downloads, 1 for the most
 * @param reference the class's {@value AdoptionCalculator#REFERENCE_RANK}th-ranked model, when the class has as many
 * @param relativeAdoption downloads / the reference's downloads; empty when the class is too small or the reference
 *     has no downloads
 */
public record Adoption(
        String model,
        LocalDateTime created,
        OptionalLong parameters,
        SizeClass sizeClass,
        long downloads,
        int rank,
        Optional<String> reference,
        OptionalLong referenceDownloads,
        OptionalDouble relativeAdoption) {
    public Adoption {
        requireNonNull(model, "model is null");
        requireNonNull(created, "created is null");
        requireNonNull(parameters, "parameters is null");
        requireNonNull(sizeClass, "sizeClass is null");
        requireNonNull(reference, "reference is null");
        requireNonNull(referenceDownloads, "referenceDownloads is null");
        requireNonNull(relativeAdoption, "relativeAdoption is null");
        if (downloads < 0 || rank < 1) {
            throw new IllegalArgumentException("downloads must be non-negative and rank positive");
        }
    }
}
