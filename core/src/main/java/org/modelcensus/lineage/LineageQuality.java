package org.modelcensus.lineage;

/**
 * What the lineage stage had to survive in the declarations of one snapshot.
 *
 * @param dangling declared base models that are not models of the snapshot (kept as roots outside the data)
 * @param cycles edges dropped to break cycles of declarations
 * @param selfReferences models that declare themselves as their base model (the declaration is dropped)
 * @param invalidIds declared base models that are not {@code owner/name} ids, such as a URL to a dataset
 * @param invalidDeclarations {@code cardData.base_model} values of the wrong shape: a number, an object, an empty
 *     list, a list holding something other than strings, or an unknown {@code base_model_relation}
 * @param disagreements models whose {@code base_model:} tags name other parents (or other relations) than the Hub's
 *     own lineage ({@code baseModels} of a hub-stats dump), which wins
 */
public record LineageQuality(
        long dangling,
        long cycles,
        long selfReferences,
        long invalidIds,
        long invalidDeclarations,
        long disagreements) {
    public LineageQuality {
        if (dangling < 0
                || cycles < 0
                || selfReferences < 0
                || invalidIds < 0
                || invalidDeclarations < 0
                || disagreements < 0) {
            throw new IllegalArgumentException("quality counts must be non-negative");
        }
    }
}
