package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.RegistryVersion;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.store.SnapshotSummary;

class CrossoverFinderTest {
    @Test
    void findsEveryDateWhereAPassesBAndFallsBack() {
        // shares of A and B at five dates: .2/.3, .3/.3 (equal: not ahead), .35/.3 (up), .25/.3 (down), .4/.1 (up)
        ShareSeries series =
                series(point(1, 20, 30), point(2, 30, 30), point(3, 35, 30), point(4, 25, 30), point(5, 40, 10));

        assertThat(CrossoverFinder.crossings(series, "A", "B"))
                .extracting(Crossing::date, Crossing::direction, Crossing::a, Crossing::b)
                .containsExactly(
                        tuple(day(3), Crossing.Direction.UP, 0.35, 0.30),
                        tuple(day(4), Crossing.Direction.DOWN, 0.25, 0.30),
                        tuple(day(5), Crossing.Direction.UP, 0.40, 0.10));
    }

    @Test
    void passesOverPointsWithoutDownloads() {
        ShareSeries series = series(point(1, 0, 0), point(2, 10, 5), point(3, 0, 0), point(4, 20, 30));

        assertThat(CrossoverFinder.crossings(series, "A", "B"))
                .extracting(Crossing::date, Crossing::direction)
                .containsExactly(tuple(day(4), Crossing.Direction.DOWN));
    }

    @Test
    void aGroupMissingFromAPointHasNoShareThere() {
        ShareSeries series = series(point(1, 0, 40), point(2, 50, 0));

        assertThat(CrossoverFinder.crossings(series, "A", "B"))
                .extracting(Crossing::date, Crossing::direction)
                .containsExactly(tuple(day(2), Crossing.Direction.UP));
    }

    @Test
    void aKeyTheSeriesNeverHasIsAnErrorNamingTheGroupsItHas() {
        ShareSeries series = series(point(1, 20, 30), point(2, 40, 10));

        assertThatThrownBy(() -> CrossoverFinder.requireGroups(series, "a", "B", ArgumentParser.forFlags()))
                .isInstanceOfSatisfying(
                        CensusException.class,
                        error -> assertThat(error.field()).contains("a"))
                .hasMessage("--a is \"a\", a group with downloads at no point of the series; expected one of A, B, C"
                        + " (keys are case-sensitive)");
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2025, 1, day);
    }

    /** A point where A and B have the given downloads out of 100 (the rest to C). */
    private static SeriesPoint point(int day, int a, int b) {
        SnapshotSummary snapshot = new SnapshotSummary(
                day, day(day), "test", "hub-jsonl", 3, OptionalLong.of(100), OptionalLong.empty(), 0);
        int total = a + b == 0 ? 0 : 100;
        List<ShareRow> rows = new ArrayList<>();
        if (a > 0) {
            rows.add(new ShareRow("A", "A", a, a / 100.0, 1));
        }
        if (b > 0) {
            rows.add(new ShareRow("B", "B", b, b / 100.0, 1));
        }
        if (total > a + b) {
            rows.add(new ShareRow("C", "C", total - a - b, (total - a - b) / 100.0, 1));
        }
        ShareTable table = new ShareTable(
                MeasureSelection.at(snapshot, Measure.DOWNLOADS_30D, Cohort.all()),
                GroupBy.COUNTRY,
                AttributionView.UPLOADER,
                UnknownNamespaces.REPORT,
                new RegistryVersion("test.csv", 0, "0".repeat(64)),
                Optional.empty(),
                MeasureNotes.none(),
                3,
                total,
                1.0,
                rows,
                Optional.empty());
        return new SeriesPoint(day(day), table);
    }

    private static ShareSeries series(SeriesPoint... points) {
        return new ShareSeries(
                Measure.DOWNLOADS_30D,
                GroupBy.COUNTRY,
                AttributionView.UPLOADER,
                UnknownNamespaces.REPORT,
                "test",
                Every.SNAPSHOT,
                Optional.empty(),
                Cohort.all(),
                false,
                List.of(points),
                0,
                List.of());
    }
}
