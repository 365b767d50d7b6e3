package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.modelcensus.attribution.Organization;

/**
 * One model of a snapshot as the family and intermediary measures need it.
 *
 * @param downloads the model's downloads under the measure; 0 when the snapshot has no count for it
 * @param uploader the registry's organisation for the model's namespace, if listed
 * @param formatTag whether its tags mark a re-packaged format (gguf, mlx, awq, gptq, exl2, compressed-tensors)
 */
public record ModelFacts(
        String id, String namespace, double downloads, Optional<Organization> uploader, boolean formatTag) {
    public ModelFacts {
        requireNonNull(id, "id is null");
        requireNonNull(namespace, "namespace is null");
        requireNonNull(uploader, "uploader is null");
        if (!(downloads >= 0)) {
            throw new IllegalArgumentException("downloads must be non-negative: " + downloads);
        }
    }
}
