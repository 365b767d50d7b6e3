package org.modelcensus.measure;

import java.util.Map;
import java.util.SortedMap;
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

    /** Adds integer downloads by number of roots, as a cell holds them. */
    void add(Map<Integer, Long> byRootCount) {
        byRootCount.forEach(this::add);
    }

    double value() {
        return value(sums);
    }

    /** The integer sums by number of roots as sorted, read as one figure: each divided once, added in that order. */
    SortedMap<Integer, Long> sums() {
        return new TreeMap<>(sums);
    }

    /** What integer sums by number of roots come to: each divided once, added in increasing number of roots. */
    static double value(Map<Integer, Long> byRootCount) {
        double value = 0;
        for (Map.Entry<Integer, Long> sum : new TreeMap<>(byRootCount).entrySet()) {
            value += (double) sum.getValue() / sum.getKey();
        }
        return value;
    }
}
