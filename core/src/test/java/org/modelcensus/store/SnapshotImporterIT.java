package org.modelcensus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.Fixtures;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.SnapshotFormat;

class SnapshotImporterIT {
    @TempDir
    Path directory;

    private CensusStore store;
    private SnapshotImporter importer;
    private SnapshotCatalog catalog;

    @BeforeEach
    void openStore() {
        store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper());
        importer = new SnapshotImporter(
                store, new ObjectMapper(), Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
        catalog = new SnapshotCatalog(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void importsAFileAsOneDatedSnapshotWithItsTotals() {
        ImportResult result = importer.importFiles(
                List.of(Fixtures.file("llmfit/hf_models_2026-05-10T1400Z.json")),
                SnapshotFormat.LLMFIT,
                ImportOptions.defaults(),
                rows -> {});

        assertThat(result.rowsRead()).isEqualTo(12);
        assertThat(result.snapshots())
                .containsExactly(new ImportResult.WrittenSnapshot(LocalDate.of(2026, 5, 10), "llmfit", 12));
        SnapshotSummary snapshot = catalog.snapshots().get(0);
        assertThat(snapshot.models()).isEqualTo(12);
        assertThat(snapshot.downloadsLast30Days()).isEqualTo(OptionalLong.of(570_238)); // summed by hand
        assertThat(snapshot.downloadsAllTime()).isEmpty();
        assertThat(catalog.files(snapshot)).singleElement().satisfies(file -> {
            assertThat(file.name()).endsWith("hf_models_2026-05-10T1400Z.json");
            assertThat(file.models()).isEqualTo(12);
            assertThat(file.sha256()).hasSize(64);
        });
    }

    @Test
    void reimportingTheSameFileDoesNotDoubleCount() {
        InputFile file = Fixtures.file("hub/crawl_20250422.jsonl");
        importer.importFiles(List.of(file), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), rows -> {});
        List<SnapshotSummary> once = catalog.snapshots();

        importer.importFiles(List.of(file), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), rows -> {});

        assertThat(catalog.snapshots()).isEqualTo(once);
        // 1,757,133 + 8,649 + 25 + 0: the four fixture lines
        assertThat(once.get(0).downloadsLast30Days()).hasValue(1_765_807);
        assertThat(catalog.files(once.get(0))).hasSize(1);
    }

    @Test
    void aFileWithABadLineLeavesTheStoreAsItWas() throws IOException {
        importer.importFiles(
                List.of(Fixtures.file("hub/crawl_20250422.jsonl")),
                SnapshotFormat.HUB_JSONL,
                ImportOptions.defaults(),
                rows -> {});
        List<SnapshotSummary> before = catalog.snapshots();
        Path bad = directory.resolve("more_20250422.jsonl");
        Files.writeString(
                bad,
                "{\"id\":\"new/model\",\"downloads\":10}\n{\"id\":\"deepseek-ai/DeepSeek-R1\",\"downloads\":-1}\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.importFiles(
                        List.of(InputFile.of(bad)), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), rows -> {}))
                .isInstanceOf(CensusException.class)
                .hasMessage("1 bad row; nothing was imported:" + System.lineSeparator() + "  " + bad
                        + ":2: \"downloads\" is -1; expected a non-negative integer");

        assertThat(catalog.snapshots()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM model_observation WHERE model_id = 'new/model'"))
                .isZero();
    }

    @Test
    void aLaterFileForTheSameDateAddsAndUpdatesModels() throws IOException {
        Path first = write(
                "a_2026-01-05.jsonl", "{\"id\":\"x/one\",\"downloads\":10}", "{\"id\":\"x/two\",\"downloads\":20}");
        Path second = write(
                "b_2026-01-05.jsonl", "{\"id\":\"x/two\",\"downloads\":25}", "{\"id\":\"x/three\",\"downloads\":5}");

        importer.importFiles(List.of(InputFile.of(first)), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), r -> {});
        importer.importFiles(
                List.of(InputFile.of(second)), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), r -> {});

        assertThat(catalog.snapshots()).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.models()).isEqualTo(3);
            assertThat(snapshot.downloadsLast30Days()).hasValue(10 + 25 + 5);
            assertThat(catalog.files(snapshot)).hasSize(2);
        });
    }

    @Test
    void aFileWhoseRowsAllGaveWayToALaterFileIsStillRecorded() throws IOException {
        Path first = write("a_2026-01-05.jsonl", "{\"id\":\"x/one\",\"downloads\":10}");
        Path second = write("b_2026-01-05.jsonl", "{\"id\":\"x/one\",\"downloads\":12}");

        importer.importFiles(
                List.of(InputFile.of(first), InputFile.of(second)),
                SnapshotFormat.HUB_JSONL,
                ImportOptions.defaults(),
                r -> {});

        SnapshotSummary snapshot = catalog.snapshots().get(0);
        assertThat(snapshot.downloadsLast30Days()).hasValue(12);
        assertThat(catalog.files(snapshot))
                .extracting(SnapshotFile::name, SnapshotFile::models)
                .containsExactlyInAnyOrder(tuple(first.toString(), 1L), tuple(second.toString(), 1L));
    }

    @Test
    void replaceMakesTheSnapshotHoldExactlyTheImportedRows() throws IOException {
        Path first = write(
                "a_2026-01-05.jsonl", "{\"id\":\"x/one\",\"downloads\":10}", "{\"id\":\"x/two\",\"downloads\":20}");
        Path second = write("b_2026-01-05.jsonl", "{\"id\":\"x/two\",\"downloads\":25}");
        importer.importFiles(List.of(InputFile.of(first)), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), r -> {});

        importer.importFiles(
                List.of(InputFile.of(second)),
                SnapshotFormat.HUB_JSONL,
                new ImportOptions(Optional.empty(), Optional.empty(), true),
                r -> {});

        assertThat(catalog.snapshots()).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.models()).isEqualTo(1);
            assertThat(snapshot.downloadsLast30Days()).hasValue(25);
            assertThat(catalog.files(snapshot)).extracting(SnapshotFile::name).containsExactly(second.toString());
        });
    }

    @Test
    void replacingWithSeveralFilesOfOneDateKeepsTheRowsOfEachAndTheLastRowOfAModel() throws IOException {
        Path before = write("old_2026-01-05.jsonl", "{\"id\":\"x/old\",\"downloads\":100}");
        Path first = write(
                "a_2026-01-05.jsonl", "{\"id\":\"x/one\",\"downloads\":10}", "{\"id\":\"x/two\",\"downloads\":20}");
        Path second = write(
                "b_2026-01-05.jsonl", "{\"id\":\"x/two\",\"downloads\":25}", "{\"id\":\"x/three\",\"downloads\":5}");
        importer.importFiles(
                List.of(InputFile.of(before)), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), r -> {});

        ImportResult result = importer.importFiles(
                List.of(InputFile.of(first), InputFile.of(second)),
                SnapshotFormat.HUB_JSONL,
                new ImportOptions(Optional.empty(), Optional.empty(), true),
                r -> {});

        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(result.duplicatesCollapsed())
                .as("x/two, given by both files")
                .isEqualTo(1);
        assertThat(catalog.snapshots()).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.models()).isEqualTo(3);
            assertThat(snapshot.downloadsLast30Days()).hasValue(10 + 25 + 5);
            assertThat(catalog.files(snapshot))
                    .extracting(SnapshotFile::name)
                    .containsExactlyInAnyOrder(first.toString(), second.toString());
        });
    }

    @Test
    void withinOneImportTheLastRowOfAModelWins() throws IOException {
        Path file = write(
                "dup_2026-01-05.jsonl",
                "{\"id\":\"x/one\",\"downloads\":10}",
                "{\"id\":\"x/one\",\"downloads\":11}",
                "{\"id\":\"x/two\",\"downloads\":1}");

        ImportResult result = importer.importFiles(
                List.of(InputFile.of(file)), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), r -> {});

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.duplicatesCollapsed()).isEqualTo(1);
        assertThat(catalog.snapshots().get(0).downloadsLast30Days()).hasValue(12);
    }

    @Test
    void idsThatDifferOnlyInCaseAreOneModelWithinAnImportAndAcrossImports() throws IOException {
        Path first = write(
                "case_2026-01-05.jsonl",
                "{\"id\":\"Qwen/A\",\"downloads\":10}",
                "{\"id\":\"qwen/a\",\"downloads\":7}",
                "{\"id\":\"Qwen/B\",\"downloads\":1}");
        Path second = write("again_2026-01-05.jsonl", "{\"id\":\"QWEN/b\",\"downloads\":3}");

        ImportResult result = importer.importFiles(
                List.of(InputFile.of(first)), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), r -> {});
        importer.importFiles(
                List.of(InputFile.of(second)), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), r -> {});

        assertThat(result.duplicatesCollapsed()).isEqualTo(1);
        assertThat(catalog.snapshots()).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.models()).isEqualTo(2);
            assertThat(snapshot.downloadsLast30Days()).hasValue(7 + 3);
        });
        assertThat(count("SELECT count(*) FROM model_observation WHERE model_id IN ('qwen/a', 'QWEN/b')"))
                .as("the last row keeps its spelling")
                .isEqualTo(2);
    }

    @Test
    void forecastFilesBecomeOneSnapshotPerDay() {
        ImportResult result = importer.importFiles(
                List.of(Fixtures.file("forecast-hf/DeepSeek.csv")),
                SnapshotFormat.FORECAST_HF,
                ImportOptions.defaults(),
                rows -> {});

        assertThat(result.snapshots()).hasSize(5);
        assertThat(catalog.snapshots())
                .extracting(SnapshotSummary::date, SnapshotSummary::models, SnapshotSummary::downloadsAllTime)
                .endsWith(
                        tuple(LocalDate.of(2025, 2, 18), 3L, OptionalLong.of(47_021_546L + 28_520_725L + 5_844_693L)));
        assertThat(catalog.snapshots())
                .allSatisfy(
                        snapshot -> assertThat(snapshot.downloadsLast30Days()).isEmpty());
    }

    @Test
    void countsPlaceholderCreationDatesAndStoresThemAsUnknown() throws IOException {
        Path file = write(
                "old_2026-01-05.jsonl",
                "{\"id\":\"google/bert-base-uncased\",\"createdAt\":\"2022-03-02T23:29:04.000Z\",\"downloads\":1}");

        ImportResult result = importer.importFiles(
                List.of(InputFile.of(file)), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), r -> {});

        assertThat(result.placeholderCreationDates()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM model_observation WHERE created_at IS NULL AND created_at_placeholder"))
                .isEqualTo(1);
    }

    @Test
    void refusesToMixFormatsInOneSource() throws IOException {
        Path file = write("x_2025-02-18.jsonl", "{\"id\":\"x/one\",\"downloads\":10}");
        importer.importFiles(
                List.of(Fixtures.file("forecast-hf/DeepSeek.csv")),
                SnapshotFormat.FORECAST_HF,
                ImportOptions.defaults(),
                rows -> {});
        List<SnapshotSummary> before = catalog.snapshots();

        assertThatThrownBy(() -> importer.importFiles(
                        List.of(InputFile.of(file)),
                        SnapshotFormat.HUB_JSONL,
                        new ImportOptions(Optional.empty(), Optional.of("forecast-hf"), false),
                        rows -> {}))
                .isInstanceOf(CensusException.class)
                .hasMessage("snapshot 2025-02-18 of source \"forecast-hf\" was imported from format forecast-hf,"
                        + " not hub-jsonl; give another --source")
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(catalog.snapshots()).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path file = write("empty_2026-01-05.jsonl");

        assertThatThrownBy(() -> importer.importFiles(
                        List.of(InputFile.of(file)), SnapshotFormat.HUB_JSONL, ImportOptions.defaults(), r -> {}))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining(file + ": no models; expected at least one model row");
        assertThat(catalog.snapshots()).isEmpty();
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private long count(String sql) {
        try (Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
