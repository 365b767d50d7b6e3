package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareRowTest {
    @Test
    void aChartNamesAGroupOnce() {
        assertThat(row("CN", "China").chartName(GroupBy.COUNTRY)).isEqualTo("CN China");
        assertThat(row("FR", "France").chartName(GroupBy.COUNTRY)).isEqualTo("FR France");
        assertThat(row("INTL", "INTL").chartName(GroupBy.COUNTRY)).isEqualTo("INTL");
        assertThat(row("UNKNOWN", "Unknown (namespaces not in the registry)").chartName(GroupBy.COUNTRY))
                .isEqualTo("Unknown (namespaces not in the registry)");
        assertThat(row("Alibaba", "Alibaba (CN)").chartName(GroupBy.ORGANIZATION))
                .isEqualTo("Alibaba (CN)");
        assertThat(row("community", "Individuals and communities").chartName(GroupBy.TYPE))
                .isEqualTo("Individuals and communities");
    }

    private static ShareRow row(String key, String label) {
        return new ShareRow(key, label, 1, 0.5, 1);
    }
}
