package org.modelcensus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.SnapshotFormat;

class SnapshotCatalogIT {
    @TempDir
    Path directory;

    private CensusStore store;
    private SnapshotCatalog catalog;

    @BeforeEach
    void importThreeSnapshots() throws IOException {
        store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper());
        SnapshotImporter importer = new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC());
        importFile(importer, "a_2026-01-01.jsonl", "alpha");
        importFile(importer, "b_2026-01-10.jsonl", "alpha");
        importFile(importer, "c_2026-01-10.jsonl", "beta");
        catalog = new SnapshotCatalog(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void picksTheLatestOnOrBeforeTheDate() {
        assertThat(catalog.select(Optional.of(LocalDate.of(2026, 1, 5)), Optional.empty())
                        .date())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(catalog.select(Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty())
                        .date())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(catalog.select(Optional.empty(), Optional.of("alpha")).date())
                .isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void aDateHeldBySeveralSourcesNeedsASource() {
        assertThatThrownBy(() -> catalog.select(Optional.empty(), Optional.empty()))
                .isInstanceOf(CensusException.class)
                .hasMessage("several snapshots on 2026-01-10 (alpha, beta); choose one with --source")
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.AMBIGUOUS_SNAPSHOT);
        assertThat(catalog.select(Optional.empty(), Optional.of("beta")).source())
                .isEqualTo("beta");
    }

    @Test
    void saysWhenNothingMatches() {
        assertThatThrownBy(() -> catalog.select(Optional.of(LocalDate.of(2025, 12, 31)), Optional.of("alpha")))
                .isInstanceOf(CensusException.class)
                .hasMessage("no snapshot of source \"alpha\" on or before 2025-12-31 in store " + store.path()
                        + "; `modelcensus status` lists them")
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.SNAPSHOT_NOT_FOUND);
    }

    private void importFile(SnapshotImporter importer, String name, String source) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, "{\"id\":\"x/" + name + "\",\"downloads\":1}\n", StandardCharsets.UTF_8);
        importer.importFiles(
                List.of(InputFile.of(file)),
                SnapshotFormat.HUB_JSONL,
                new ImportOptions(Optional.empty(), Optional.of(source), false),
                rows -> {});
    }
}
