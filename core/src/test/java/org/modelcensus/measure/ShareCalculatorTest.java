package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.CountryCode;
import org.modelcensus.attribution.DeveloperType;
import org.modelcensus.attribution.Organization;
import org.modelcensus.attribution.RegistryVersion;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.store.SnapshotSummary;

class ShareCalculatorTest {
    private static final Organization ALIBABA =
            new Organization("Alibaba", new CountryCode("CN"), DeveloperType.BIG_TECH);
    private static final Organization DEEPSEEK =
            new Organization("DeepSeek", new CountryCode("CN"), DeveloperType.AI_LAB);
    private static final Organization META = new Organization("Meta", new CountryCode("US"), DeveloperType.BIG_TECH);
    private static final Organization BARTOWSKI =
            new Organization("bartowski", CountryCode.INTERNATIONAL, DeveloperType.INTERMEDIARY);

    /** 1,000 downloads: 950 attributed, 50 to two namespaces the registry does not list. */
    private static final AttributedDownloads DOWNLOADS = new AttributedDownloads(
            MeasureSelection.at(
                    new SnapshotSummary(
                            1,
                            LocalDate.of(2026, 5, 10),
                            "test",
                            "hub-jsonl",
                            41,
                            OptionalLong.of(1000),
                            OptionalLong.empty(),
                            0),
                    Measure.DOWNLOADS_30D,
                    Cohort.all()),
            AttributionView.UPLOADER,
            new RegistryVersion("test.csv", 4, "0".repeat(64)),
            Optional.empty(),
            MeasureNotes.none(),
            41,
            List.of(
                    AttributionCell.registered(ALIBABA, 600, 10),
                    AttributionCell.registered(DEEPSEEK, 200, 2),
                    AttributionCell.registered(META, 100, 5),
                    AttributionCell.registered(BARTOWSKI, 50, 20),
                    AttributionCell.unregistered("someone", 40, 3),
                    AttributionCell.unregistered("other", 10, 1)),
            List.of(),
            true);

    private final ShareCalculator calculator = new ShareCalculator();

    @Test
    void sharesByCountryReportUnknownNamespacesAndLeaveThemOutOfConcentration() {
        ShareTable table = calculator.shares(DOWNLOADS, GroupBy.COUNTRY, UnknownNamespaces.REPORT);

        assertThat(table.totalDownloads()).isEqualTo(1000);
        assertThat(table.coverage()).isCloseTo(0.95, within(1e-12));
        assertThat(table.rows())
                .extracting(ShareRow::key, ShareRow::label, ShareRow::downloads, ShareRow::share, ShareRow::models)
                .containsExactly(
                        tuple("CN", "China", 800.0, 0.8, 12L),
                        tuple("US", "United States", 100.0, 0.1, 5L),
                        tuple("INTL", "International/Online", 50.0, 0.05, 20L),
                        tuple("UNKNOWN", "Unknown (namespaces not in the registry)", 50.0, 0.05, 4L));
        // renormalised over 950 attributed downloads: 800/950, 100/950, 50/950
        Concentration concentration = table.concentration().orElseThrow();
        assertThat(concentration.hhi())
                .isCloseTo(10_000.0 * (800 * 800 + 100 * 100 + 50 * 50) / (950 * 950), within(1e-9));
        assertThat(concentration.top1()).isCloseTo(800 / 950.0, within(1e-12));
        assertThat(concentration.top5()).isCloseTo(1.0, within(1e-12));
        // Gini of (50, 100, 800): mean absolute difference 2 × (50 + 750 + 700) / 9, mean 950 / 3
        assertThat(concentration.gini()).isCloseTo((2 * 1500 / 9.0) / (2 * 950 / 3.0), within(1e-12));
    }

    @Test
    void unknownAsIntlFoldsUnregisteredNamespacesIntoInternational() {
        ShareTable table = calculator.shares(DOWNLOADS, GroupBy.COUNTRY, UnknownNamespaces.INTL);

        assertThat(table.rows())
                .extracting(ShareRow::key, ShareRow::downloads, ShareRow::models)
                .containsExactly(tuple("CN", 800.0, 12L), tuple("INTL", 100.0, 24L), tuple("US", 100.0, 5L));
        assertThat(table.coverage())
                .as("coverage still says what the registry knows")
                .isCloseTo(0.95, within(1e-12));
        assertThat(table.concentration().orElseThrow().hhi()).isCloseTo(80 * 80 + 10 * 10 + 10 * 10, within(1e-9));
    }

    @Test
    void sharesByOrganizationAndType() {
        ShareTable organizations = calculator.shares(DOWNLOADS, GroupBy.ORGANIZATION, UnknownNamespaces.REPORT);
        ShareTable types = calculator.shares(DOWNLOADS, GroupBy.TYPE, UnknownNamespaces.REPORT);
        ShareTable organizationsIntl = calculator.shares(DOWNLOADS, GroupBy.ORGANIZATION, UnknownNamespaces.INTL);

        assertThat(organizations.rows())
                .extracting(ShareRow::key, ShareRow::label, ShareRow::downloads)
                .containsExactly(
                        tuple("Alibaba", "Alibaba (CN)", 600.0),
                        tuple("DeepSeek", "DeepSeek (CN)", 200.0),
                        tuple("Meta", "Meta (US)", 100.0),
                        tuple("UNKNOWN", "Unknown (namespaces not in the registry)", 50.0),
                        tuple("bartowski", "bartowski (INTL)", 50.0));
        assertThat(types.rows())
                .extracting(ShareRow::key, ShareRow::downloads)
                .containsExactly(
                        tuple("big-tech", 700.0),
                        tuple("ai-lab", 200.0),
                        tuple("UNKNOWN", 50.0),
                        tuple("intermediary", 50.0));
        assertThat(organizationsIntl.rows())
                .extracting(ShareRow::key, ShareRow::downloads)
                .containsExactly(
                        tuple("Alibaba", 600.0),
                        tuple("DeepSeek", 200.0),
                        tuple("Meta", 100.0),
                        tuple("bartowski", 50.0),
                        tuple("someone", 40.0),
                        tuple("other", 10.0));
    }
}
