package org.modelcensus.lineage;

/** Counts, while a graph is built, what {@link LineageQuality} reports. */
final class QualityCounter {
    long dangling;
    long cycles;
    long selfReferences;
    long invalidIds;
    long invalidDeclarations;
    long disagreements;

    LineageQuality toQuality() {
        return new LineageQuality(dangling, cycles, selfReferences, invalidIds, invalidDeclarations, disagreements);
    }
}
