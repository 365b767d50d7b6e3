package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConcentrationTest {
    @Test
    void measuresThreeUnequalGroupsAsComputedByHand() {
        // shares 0.5, 0.3, 0.2: HHI = 50² + 30² + 20² = 3,800; Gini = mean absolute difference / (2 × mean)
        // = ((10 + 30 + 20) × 2 / 9) / (2 × 100/3) = 0.2
        Concentration concentration =
                Concentration.of(new double[] {30, 50, 20}).orElseThrow();

        assertThat(concentration.hhi()).isCloseTo(3_800, within(1e-9));
        assertThat(concentration.effectiveNumber()).isCloseTo(10_000 / 3_800.0, within(1e-12));
        assertThat(concentration.gini()).isCloseTo(0.2, within(1e-12));
        assertThat(concentration.top1()).isCloseTo(0.5, within(1e-12));
        assertThat(concentration.top5()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void oneGroupIsAMonopoly() {
        Concentration concentration = Concentration.of(new double[] {42}).orElseThrow();

        assertThat(concentration.hhi()).isCloseTo(10_000, within(1e-9));
        assertThat(concentration.effectiveNumber()).isCloseTo(1, within(1e-12));
        assertThat(concentration.gini()).isZero();
    }

    @Test
    void equalGroupsHaveNoInequalityAndTheirCountAsEffectiveNumber() {
        Concentration concentration =
                Concentration.of(new double[] {3, 3, 3, 3, 3, 3, 3}).orElseThrow();

        assertThat(concentration.hhi()).isCloseTo(10_000 / 7.0, within(1e-9));
        assertThat(concentration.effectiveNumber()).isCloseTo(7, within(1e-9));
        assertThat(concentration.gini()).isCloseTo(0, within(1e-12));
        assertThat(concentration.top1()).isCloseTo(1 / 7.0, within(1e-12));
        assertThat(concentration.top5()).isCloseTo(5 / 7.0, within(1e-12));
    }

    @Test
    void aGroupWithoutDownloadsCountsInTheGini() {
        // two groups, one holds everything: the largest Gini two groups can have, (n-1)/n = 0.5
        Concentration concentration = Concentration.of(new double[] {0, 10}).orElseThrow();

        assertThat(concentration.gini()).isCloseTo(0.5, within(1e-12));
        assertThat(concentration.hhi()).isCloseTo(10_000, within(1e-9));
    }

    @Test
    void nothingDownloadedHasNoConcentration() {
        assertThat(Concentration.of(new double[] {0, 0})).isEmpty();
        assertThat(Concentration.of(new double[] {})).isEmpty();
    }
}
