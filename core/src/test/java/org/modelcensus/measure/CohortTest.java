package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CohortTest {
    private static final LocalDate END = LocalDate.of(2025, 1, 31);

    @Test
    void withinNDaysCountsTheNDaysEndingOnTheEnd() {
        Cohort lastYear = new Cohort(Optional.empty(), Optional.empty(), Optional.of(365));

        // 2024 is a leap year: 2025-01-31 minus 364 days is 2024-02-02
        assertThat(lastYear.firstDay(END)).contains(LocalDate.of(2024, 2, 2));
        assertThat(lastYear.lastDay(END)).contains(END);
        assertThat(ChronoUnit.DAYS.between(lastYear.firstDay(END).get(), END) + 1)
                .isEqualTo(365);
        Cohort oneDay = new Cohort(Optional.empty(), Optional.empty(), Optional.of(1));
        assertThat(oneDay.firstDay(END)).contains(END);
    }

    @Test
    void aFixedRangeAndAWithinBoundKeepTheNarrowerStart() {
        Cohort both = new Cohort(Optional.of(LocalDate.of(2024, 6, 1)), Optional.empty(), Optional.of(30));
        Cohort from = new Cohort(Optional.of(LocalDate.of(2025, 1, 20)), Optional.empty(), Optional.of(30));

        assertThat(both.firstDay(END)).contains(LocalDate.of(2025, 1, 2));
        assertThat(from.firstDay(END)).contains(LocalDate.of(2025, 1, 20));
        assertThat(Cohort.all().restricts()).isFalse();
        assertThat(Cohort.all().firstDay(END)).isEmpty();
    }
}
