package org.modelcensus.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.modelcensus.attribution.DeveloperType;
import org.modelcensus.attribution.Organization;
import org.modelcensus.lineage.LineageGraph;
import org.modelcensus.lineage.Relation;

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

    public List<IntermediaryCandidate> candidates(LineageGraph graph, List<ModelFacts> models) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Optional<Organization>> registered = new TreeMap<>();
        for (ModelFacts model : models) {
            long[] count = counts.computeIfAbsent(model.namespace(), namespace -> new long[2]);
            registered.putIfAbsent(model.namespace(), model.uploader());
            count[0]++;
            Optional<Relation> relation = graph.relation(model.id());
            if (relation.filter(Relation.QUANTIZED::equals).isPresent()
                    || (relation.isPresent() && model.formatTag())) {
                count[1]++;
            }
        }
        List<IntermediaryCandidate> candidates = new ArrayList<>();
        counts.forEach((namespace, count) -> {
            Optional<Organization> organization = registered.get(namespace);
            boolean typedIntermediary = organization
                    .filter(entry -> entry.type() == DeveloperType.INTERMEDIARY)
                    .isPresent();
            if (count[0] >= minimumModels && count[1] * 100 >= THRESHOLD_PERCENT * count[0] && !typedIntermediary) {
                candidates.add(new IntermediaryCandidate(namespace, count[0], count[1], organization));
            }
        });
        candidates.sort(Comparator.comparingLong(IntermediaryCandidate::repackaged)
                .reversed()
                .thenComparing(IntermediaryCandidate::namespace));
        return candidates;
    }
}
