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

class LineageQueryIT {
    @TempDir
    Path directory;

    @Test
    void badDeclarationsInAnImportedSnapshotAreCountedNotFatal() {
        try (CensusStore store = CensusStore.openForWriting(directory.resolve("census.duckdb"))) {
            new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC())
                    .importFiles(
                            List.of(Fixtures.file("hub/bad_base_models_2026-01-16.jsonl")),
                            SnapshotFormat.HUB_JSONL,
                            ImportOptions.defaults(),
                            rows -> {});
            SnapshotSummary snapshot = new SnapshotCatalog(store).select(Optional.empty(), Optional.empty());

            LineageGraph graph = new LineageQuery(store, new ObjectMapper()).graph(snapshot);

            // number, empty list, object: malformed; the dataset URL: an invalid id; a/self: a self-reference;
            // the two-model cycle: broken once; b/missing: dangling
            assertThat(graph.quality()).isEqualTo(new LineageQuality(1, 1, 1, 1, 3));
            assertThat(graph.brokenEdges()).containsExactly(new BrokenEdge("a/cycle-one", "a/cycle-two"));
            assertThat(graph.roots("a/fine")).containsExactly("b/missing");
            assertThat(graph.parents("a/self")).isEmpty();
            assertThat(snapshot.modelsDeclaringBaseModels()).isEqualTo(8);
        }
    }
}
