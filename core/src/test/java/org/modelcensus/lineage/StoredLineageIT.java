package org.modelcensus.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.Fixtures;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SnapshotSummary;

class StoredLineageIT {
    @TempDir
    Path directory;

    @Test
    void badDeclarationsInAnImportedSnapshotAreCountedNotFatal() {
        try (CensusStore store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper())) {
            new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC())
                    .importFiles(
                            List.of(Fixtures.file("hub/bad_base_models_2026-01-16.jsonl")),
                            SnapshotFormat.HUB_JSONL,
                            ImportOptions.defaults(),
                            rows -> {});
            SnapshotSummary snapshot = new SnapshotCatalog(store).select(Optional.empty(), Optional.empty());

            StoredLineage lineage = new StoredLineage(store);

            // number, empty list, object: malformed; the dataset URL: an invalid id; a/self: a self-reference;
            // the two-model cycle: broken once; b/missing: dangling
            assertThat(lineage.quality(snapshot)).isEqualTo(new LineageQuality(1, 1, 1, 1, 3, 0));
            assertThat(lineage.brokenEdges(snapshot)).containsExactly(new BrokenEdge("a/cycle-one", "a/cycle-two"));
            assertThat(lineage.around(snapshot, "a/fine").orElseThrow().roots("a/fine"))
                    .containsExactly("b/missing");
            assertThat(lineage.around(snapshot, "a/self").orElseThrow().parents("a/self"))
                    .isEmpty();
            assertThat(snapshot.modelsDeclaringBaseModels()).isEqualTo(8);
        }
    }
}
