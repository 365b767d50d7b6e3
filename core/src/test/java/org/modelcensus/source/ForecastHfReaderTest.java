package org.modelcensus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.Fixtures;

class ForecastHfReaderTest {
    private final ForecastHfReader reader = new ForecastHfReader();

    @TempDir
    Path directory;

    @Test
    void turnsEachDayColumnIntoASnapshotOfAllTimeDownloads() {
        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();

        reader.read(Fixtures.file("forecast-hf/DeepSeek.csv"), Optional.empty(), sink, errors);

        assertThat(errors.messages()).isEmpty();
        assertThat(sink.rows).hasSize(15);
        // the last column of the real file: DeepSeek-R1 had 47,021,546 downloads on 2025-02-18
        assertThat(sink.rows)
                .filteredOn(row -> row.date().equals(LocalDate.of(2025, 2, 18)))
                .extracting(
                        row -> row.model().id(),
                        row -> row.model().downloadsAllTime().getAsLong())
                .containsExactly(
                        tuple("deepseek-ai/DeepSeek-R1", 47_021_546L),
                        tuple("deepseek-ai/DeepSeek-V3", 28_520_725L),
                        tuple("deepseek-ai/Janus-Pro-7B", 5_844_693L));
        ModelRecord first = sink.models().get(0);
        assertThat(first.namespace()).isEqualTo("deepseek-ai");
        assertThat(first.createdAt()).contains(Instant.parse("2025-01-20T03:46:07Z"));
        assertThat(first.downloadsLast30Days()).isEmpty();
    }

    @Test
    void aModelEntersTheSnapshotsOnItsCreationDayOrWhenItsCountStarts() throws IOException {
        Path file = write(
                "model,2024-07-02 00:00:00,2024-07-03 00:00:00,2024-07-04 00:00:00,created_at",
                "a/created-on-the-third,0.0,0.0,7.0,2024-07-03 10:00:00+00:00",
                "a/counted-before-creation,5.0,6.0,6.0,2024-07-04 10:00:00+00:00",
                "a/no-creation-date,0.0,1.0,2.0,");

        CollectingSink sink = new CollectingSink();
        RowErrors errors = new RowErrors();
        reader.read(InputFile.of(file), Optional.empty(), sink, errors);

        assertThat(errors.messages()).isEmpty();
        assertThat(sink.rows)
                .extracting(row -> row.model().id(), CollectingSink.Row::date)
                .containsExactly(
                        tuple("a/created-on-the-third", LocalDate.of(2024, 7, 3)),
                        tuple("a/created-on-the-third", LocalDate.of(2024, 7, 4)),
                        tuple("a/counted-before-creation", LocalDate.of(2024, 7, 2)),
                        tuple("a/counted-before-creation", LocalDate.of(2024, 7, 3)),
                        tuple("a/counted-before-creation", LocalDate.of(2024, 7, 4)),
                        tuple("a/no-creation-date", LocalDate.of(2024, 7, 2)),
                        tuple("a/no-creation-date", LocalDate.of(2024, 7, 3)),
                        tuple("a/no-creation-date", LocalDate.of(2024, 7, 4)));
    }

    @Test
    void aSnapshotDateSelectsOneDay() {
        CollectingSink sink = new CollectingSink();

        reader.read(
                Fixtures.file("forecast-hf/DeepSeek.csv"),
                Optional.of(LocalDate.of(2025, 2, 16)),
                sink,
                new RowErrors());

        assertThat(sink.rows)
                .extracting(CollectingSink.Row::date)
                .containsOnly(LocalDate.of(2025, 2, 16))
                .hasSize(3);
    }

    @Test
    void reportsBadCellsAndRows() throws IOException {
        Path file = write(
                "model,2024-07-02 00:00:00,2024-07-03 00:00:00,created_at",
                "a/fraction,1.5,2.0,2024-07-01 00:00:00+00:00",
                "a/negative,-1.0,2.0,2024-07-01 00:00:00+00:00",
                "a/short,1.0",
                "nonamespace,1.0,2.0,2024-07-01 00:00:00+00:00",
                "a/date,1.0,2.0,July");

        RowErrors errors = new RowErrors();
        CollectingSink sink = new CollectingSink();
        reader.read(InputFile.of(file), Optional.empty(), sink, errors);

        assertThat(errors.messages())
                .containsExactly(
                        file + ":2: column 2024-07-02 is \"1.5\"; expected a non-negative number of downloads",
                        file + ":3: column 2024-07-02 is \"-1.0\"; expected a non-negative number of downloads",
                        file + ":4: 2 fields; expected 4 as in the header",
                        file + ":5: model is \"nonamespace\"; " + ModelId.EXPECTED,
                        file + ":6: created_at is \"July\"; expected a time such as 2024-09-16 11:55:40+00:00");
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void rejectsAnUnexpectedHeader() throws IOException {
        Path file = write("id,2024-07-02,created", "a/b,1,2024-07-01");
        RowErrors errors = new RowErrors();

        reader.read(InputFile.of(file), Optional.empty(), new CollectingSink(), errors);

        assertThat(errors.messages()).containsExactly(file + ":1: header is not model,<day>,...,created_at");
    }

    private Path write(String... lines) throws IOException {
        Path file = directory.resolve("Bucket.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
