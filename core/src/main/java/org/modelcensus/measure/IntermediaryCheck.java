package org.modelcensus.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.modelcensus.attribution.DeveloperType;
import org.modelcensus.attribution.Organization;

/**
 * Checks the registry's {@code intermediary} type against the data: lists namespaces whose models are mostly
 * ({@value #THRESHOLD_PERCENT} % or more) re-packaged derivatives — declared {@code quantized}, or declaring a base
 * model and tagged with a re-packaged format (gguf, mlx, awq, gptq, exl2, compressed-tensors) — but which the
 * registry types otherwise or does not list, so that a curator can fix them.
 */
public final class IntermediaryCheck {
    /** The share of re-packaged models from which a namespace looks like an intermediary, in percent. */
    public static final int THRESHOLD_PERCENT = 80;

    private final int minimumModels;

    /** @param minimumModels namespaces with fewer models in the snapshot are not judged */
    public IntermediaryCheck(int minimumModels) {
        if (minimumModels < 1) {
            throw new IllegalArgumentException("minimumModels must be positive: " + minimumModels);
        }
        this.minimumModels = minimumModels;
    }

    public int minimumModels() {
        return minimumModels;
    }

    /** The namespaces among the selection's measured models of the end snapshot that look like intermediaries. */
    public List<IntermediaryCandidate> candidates(AttributionQuery attribution, MeasureSelection selection) {
        long end = selection.end().id();
        List<IntermediaryCandidate> candidates = new ArrayList<>();
        attribution.forEachMeasured(
                selection,
                "namespace_repackaging.sql",
                rows -> {
                    long models = rows.getLong("models");
                    long repackaged = rows.getLong("repackaged");
                    Optional<Organization> organization = AttributionQuery.organization(rows);
                    boolean typedIntermediary = organization
                            .filter(entry -> entry.type() == DeveloperType.INTERMEDIARY)
                            .isPresent();
                    if (repackaged * 100 >= THRESHOLD_PERCENT * models && !typedIntermediary) {
                        candidates.add(new IntermediaryCandidate(
                                rows.getString("namespace"), models, repackaged, organization));
                    }
                },
                end,
                end,
                minimumModels);
        candidates.sort(Comparator.comparingLong(IntermediaryCandidate::repackaged)
                .reversed()
                .thenComparing(IntermediaryCandidate::namespace));
        return candidates;
    }
}
