package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Spearman's rank correlation: Pearson's correlation of the ranks, tied values sharing the mean of their ranks.
 *
 * @param n the number of pairs
 * @param rho the coefficient, −1 … 1
 */
public record RankCorrelation(int n, double rho) {
    public RankCorrelation {
        if (n < 3) {
            throw new IllegalArgumentException("a rank correlation needs at least 3 pairs: " + n);
        }
        if (!(rho >= -1 - 1e-12 && rho <= 1 + 1e-12)) {
            throw new IllegalArgumentException("rho is outside -1 … 1: " + rho);
        }
    }

    /** The correlation of the pairs, if there are at least three and neither side is constant. */
    public static Optional<RankCorrelation> spearman(List<double[]> pairs) {
        requireNonNull(pairs, "pairs is null");
        int n = pairs.size();
        if (n < 3) {
            return Optional.empty();
        }
        double[] x = ranks(pairs.stream().mapToDouble(pair -> pair[0]).toArray());
        double[] y = ranks(pairs.stream().mapToDouble(pair -> pair[1]).toArray());
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < n; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        if (varianceX == 0 || varianceY == 0) {
            return Optional.empty();
        }
        double rho = covariance / Math.sqrt(varianceX * varianceY);
        return Optional.of(new RankCorrelation(n, Math.max(-1, Math.min(1, rho))));
    }

    /** Ranks from 1, ties sharing the mean of the ranks they span. */
    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(index -> values[index]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double shared = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = shared;
            }
            start = end + 1;
        }
        return ranks;
    }
}
