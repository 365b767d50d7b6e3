package org.modelcensus.measure;

import java.util.Map;
import java.util.TreeMap;

/**
 * Downloads split equally among several roots, summed exactly: the integer downloads are added per number of roots,
 * and each sum is divided once, in increasing order of that number, when the value is read. No value depends on the
 * order in which rows were added, so two engines or two runs give the same figure to the last bit.
 */
final class SplitSum {
    private final Map<Integer, Long> sums = new TreeMap<>();

    /** Adds downloads of models that split among {@code roots} roots. */
    void add(int roots, long downloads) {
        if (roots < 1) {
            throw new IllegalArgumentException("roots must be positive: " + roots);
        }
        if (downloads < 0) {
            throw new IllegalArgumentException("downloads is negative: " + downloads);
        }
        sums.merge(roots, downloads, Math::addExact);
    }

    double value() {
        double value = 0;
        for (Map.Entry<Integer, Long> sum : sums.entrySet()) {
            value += (double) sum.getValue() / sum.getKey();
        }
        return value;
    }
}
