package org.modelcensus.measure;

import java.util.Arrays;
import java.util.Optional;

/**
 * How concentrated downloads are among groups.
 *
 * @param hhi the Herfindahl-Hirschman index on the 0-10,000 scale: the sum of squared percentage shares
 * @param gini the Gini coefficient of the groups' downloads, 0 (equal) to (n-1)/n (one group has all)
 * @param top1 the largest group's share, 0-1
 * @param top5 the five largest groups' share together, 0-1
 * @param effectiveNumber 10,000 / HHI: the number of equal groups that would give the same HHI
 */
public record Concentration(double hhi, double gini, double top1, double top5, double effectiveNumber) {
    public Concentration {
        if (!(hhi > 0 && hhi <= 10_000.000_001)) {
            throw new IllegalArgumentException("hhi out of (0, 10000]: " + hhi);
        }
        if (!(gini >= 0 && gini < 1)) {
            throw new IllegalArgumentException("gini out of [0, 1): " + gini);
        }
    }

    /**
     * The concentration of the given group totals; empty when they sum to zero. Groups with zero downloads count in
     * the Gini coefficient (they are groups that hold models nobody downloaded).
     */
    public static Optional<Concentration> of(double[] groupDownloads) {
        double[] sorted = groupDownloads.clone();
        Arrays.sort(sorted);
        double total = 0;
        for (double value : sorted) {
            if (value < 0 || Double.isNaN(value)) {
                throw new IllegalArgumentException("group downloads must be non-negative: " + value);
            }
            total += value;
        }
        if (total <= 0) {
            return Optional.empty();
        }
        int count = sorted.length;
        double hhi = 0;
        double rankWeighted = 0;
        for (int index = 0; index < count; index++) {
            double percent = 100 * sorted[index] / total;
            hhi += percent * percent;
            rankWeighted += (index + 1) * sorted[index];
        }
        double gini = 2 * rankWeighted / (count * total) - (count + 1.0) / count;
        double top1 = sorted[count - 1] / total;
        double top5 = 0;
        for (int index = count - 1; index >= Math.max(0, count - 5); index--) {
            top5 += sorted[index];
        }
        return Optional.of(new Concentration(hhi, Math.max(0, gini), top1, top5 / total, 10_000 / hhi));
    }
}
