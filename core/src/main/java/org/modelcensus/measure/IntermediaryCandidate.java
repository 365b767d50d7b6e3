package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.modelcensus.attribution.Organization;

/**
 * A namespace whose models are mostly re-packaged copies of others' models, though the registry does not type it as
 * an intermediary.
 *
 * @param models the namespace's models in the snapshot
 * @param repackaged those that are quantisations or format conversions of a declared base model
 * @param registered the registry's entry for the namespace, if it lists it
 */
public record IntermediaryCandidate(String namespace, long models, long repackaged, Optional<Organization> registered) {
    public IntermediaryCandidate {
        requireNonNull(namespace, "namespace is null");
        requireNonNull(registered, "registered is null");
        if (repackaged < 0 || repackaged > models) {
            throw new IllegalArgumentException("repackaged out of [0, models]: " + repackaged);
        }
    }

    public double repackagedShare() {
        return models > 0 ? (double) repackaged / models : 0;
    }
}
