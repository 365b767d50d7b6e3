package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankCorrelationTest {
    @Test
    void agreesWithTheTextbookFormulaWithoutTies() {
        // ranks x = 1..5, y = 2,1,4,3,5: sum d² = 1+1+1+1+0 = 4; rho = 1 - 6*4/(5*24) = 0.8
        List<double[]> pairs = List.of(
                new double[] {10, 200},
                new double[] {20, 100},
                new double[] {30, 400},
                new double[] {40, 300},
                new double[] {50, 500});
        assertThat(RankCorrelation.spearman(pairs).orElseThrow().rho()).isCloseTo(0.8, within(1e-12));
        assertThat(RankCorrelation.spearman(pairs).orElseThrow().n()).isEqualTo(5);
    }

    @Test
    void tiesShareTheMeanOfTheirRanks() {
        assertThat(RankCorrelation.ranks(new double[] {5, 1, 5, 3})).containsExactly(3.5, 1, 3.5, 2);
        // x ranks 1,2,3,4; y mid-ranks 1.5,1.5,3,4: Pearson by hand = 4.5 / sqrt(5 * 4.5) = 0.948683...
        List<double[]> pairs =
                List.of(new double[] {1, 7}, new double[] {2, 7}, new double[] {3, 8}, new double[] {4, 9});
        assertThat(RankCorrelation.spearman(pairs).orElseThrow().rho())
                .isCloseTo(4.5 / Math.sqrt(5 * 4.5), within(1e-12));
    }

    @Test
    void needsThreePairsAndSpread() {
        assertThat(RankCorrelation.spearman(List.of(new double[] {1, 2}, new double[] {2, 3})))
                .isEmpty();
        assertThat(RankCorrelation.spearman(List.of(new double[] {1, 2}, new double[] {1, 3}, new double[] {1, 4})))
                .isEmpty();
    }
}
