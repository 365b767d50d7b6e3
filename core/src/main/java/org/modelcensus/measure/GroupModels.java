package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import org.modelcensus.attribution.UnknownNamespaces;

/**
 * How many models a group of a share table counts, where that is not the sum of its cells' counts: in the origin
 * view a model credited to several roots counts once in each group it reaches.
 *
 * @param key the group's key, as {@link ShareCalculator} keys it
 */
public record GroupModels(GroupBy by, UnknownNamespaces unknownNamespaces, String key, long models) {
    public GroupModels {
        requireNonNull(by, "by is null");
        requireNonNull(unknownNamespaces, "unknownNamespaces is null");
        requireNonNull(key, "key is null");
        if (models < 0) {
            throw new IllegalArgumentException("models is negative: " + models);
        }
    }
}
