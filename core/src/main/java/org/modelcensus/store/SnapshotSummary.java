package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.OptionalLong;
import org.modelcensus.source.Hub;

/**
 * A snapshot in the store with its totals.
 *
 * @param downloadsLast30Days the sum of 30-day downloads, empty where the source has none
 * @param downloadsAllTime the sum of all-time downloads, empty where the source has none
 * @param modelsDeclaringBaseModels models that name a base model, so take part in the lineage graph
 * @param hub the hub the snapshot is of
 */
public record SnapshotSummary(
        long id,
        LocalDate date,
        String source,
        String format,
        long models,
        OptionalLong downloadsLast30Days,
        OptionalLong downloadsAllTime,
        long modelsDeclaringBaseModels,
        Hub hub) {
    /** A snapshot of Hugging Face. */
    public SnapshotSummary(
            long id,
            LocalDate date,
            String source,
            String format,
            long models,
            OptionalLong downloadsLast30Days,
            OptionalLong downloadsAllTime,
            long modelsDeclaringBaseModels) {
        this(
                id,
                date,
                source,
                format,
                models,
                downloadsLast30Days,
                downloadsAllTime,
                modelsDeclaringBaseModels,
                Hub.HUGGINGFACE);
    }

    public SnapshotSummary {
        requireNonNull(date, "date is null");
        requireNonNull(source, "source is null");
        requireNonNull(format, "format is null");
        requireNonNull(hub, "hub is null");
        requireNonNull(downloadsLast30Days, "downloadsLast30Days is null");
        requireNonNull(downloadsAllTime, "downloadsAllTime is null");
        if (modelsDeclaringBaseModels < 0 || modelsDeclaringBaseModels > models) {
            throw new IllegalArgumentException(
                    "modelsDeclaringBaseModels out of [0, models]: " + modelsDeclaringBaseModels);
        }
        if (models < 0) {
            throw new IllegalArgumentException("models is negative: " + models);
        }
    }

    /** {@code 2026-05-10 (llmfit)}: how results name the snapshot they were computed from. */
    public String label() {
        return date + " (" + source + ")";
    }
}
