package org.modelcensus.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SnapshotDatesTest {
    @Test
    void findsDatesWrittenWithOrWithoutDashes() {
        assertThat(SnapshotDates.fromFileName("hf_models_2026-05-10T1400Z.json"))
                .contains(LocalDate.of(2026, 5, 10));
        assertThat(SnapshotDates.fromFileName("DeepSeek-R1_finetunes_20250422_180448.jsonl"))
                .contains(LocalDate.of(2025, 4, 22));
        assertThat(SnapshotDates.fromFileName("models-2024-12-31.jsonl.gz")).contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void ignoresDigitsThatAreNoDate() {
        assertThat(SnapshotDates.fromFileName("models.jsonl")).isEmpty();
        assertThat(SnapshotDates.fromFileName("run_20251399_x.jsonl")).isEmpty();
        assertThat(SnapshotDates.fromFileName("id_120250422.jsonl")).isEmpty();
    }
}
