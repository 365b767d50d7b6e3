package org.modelcensus.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcensus.Fixtures;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SnapshotSummary;

/**
 * The lineage derived at import and stored (ids matched and numbered in SQL, written back by node number) against
 * the in-memory {@link LineageGraph} built from the same declarations by a second path (ids matched with Java maps):
 * every model's parents, roots and depth, the quality counts and the broken cycles must be identical. The inputs are
 * the real lineage crawls and hand-written snapshots of everything that is hard: ids in other cases, missing base
 * models spelled several ways, self-references in another case, duplicate parents, merges, cycles of two and three.
 */
class LineageDerivationIT {
    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "fixture:hub/tangled_2026-02-01.jsonl",
                "fixture:hub/bad_base_models_2026-01-16.jsonl",
                "fixture:hub/origin_2026-01-15.jsonl",
                "sample:DeepSeek-R1_finetunes_20250410_231443",
                "sample:DeepSeek-V3_finetunes_20250422_220003",
                "sample:Janus-Pro-7B_finetunes_20250422_225821"
            })
    void storedLineageEqualsTheInMemoryGraph(String input) throws SQLException {
        InputFile file = input.startsWith("fixture:")
                ? Fixtures.file(input.substring("fixture:".length()))
                : InputFile.resource("data/sample/lineage/" + input.substring("sample:".length()) + ".jsonl.gz");
        try (CensusStore store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper())) {
            new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC())
                    .importFiles(
                            List.of(file),
                            SnapshotFormat.HUB_JSONL,
                            new ImportOptions(Optional.of(java.time.LocalDate.of(2026, 2, 1)), Optional.empty(), false),
                            rows -> {});
            SnapshotSummary snapshot = new SnapshotCatalog(store).select(Optional.empty(), Optional.empty());
            QualityCounter quality = new QualityCounter();
            LineageGraph expected = LineageGraph.build(declaredModels(store, snapshot, quality), quality);
            StoredLineage stored = new StoredLineage(store);

            List<ModelLineage> storedModels = new ArrayList<>();
            stored.forEachModel(snapshot, storedModels::add);

            assertThat(storedModels)
                    .containsExactlyElementsOf(expected.modelIds().stream()
                            .map(id -> ModelLineage.of(expected, id))
                            .toList());
            assertThat(stored.quality(snapshot)).isEqualTo(expected.quality());
            assertThat(stored.brokenEdges(snapshot)).isEqualTo(expected.brokenEdges());
            for (String id : expected.modelIds()) {
                Lineage around = stored.around(snapshot, id).orElseThrow();
                assertThat(ModelLineage.of(around, id)).isEqualTo(ModelLineage.of(expected, id));
                assertThat(around.children(id)).as("children of " + id).isEqualTo(expected.children(id));
                assertThat(around.namespace(id)).isEqualTo(expected.namespace(id));
            }
        }
    }

    /** Every model of the snapshot with its declarations parsed, read with plain SQL. */
    private static List<DeclaredModel> declaredModels(
            CensusStore store, SnapshotSummary snapshot, QualityCounter quality) throws SQLException {
        DeclarationParser parser = new DeclarationParser(new ObjectMapper());
        List<DeclaredModel> models = new ArrayList<>();
        try (PreparedStatement statement = store.connection()
                .prepareStatement("SELECT model_id, namespace, tags, base_model_declaration, base_model_relation,"
                        + " coalesce(base_model_source = 'hub', FALSE) FROM model_observation WHERE snapshot_id = ?")) {
            statement.setLong(1, snapshot.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    java.sql.Array tags = rows.getArray(3);
                    List<String> tagList = tags == null
                            ? List.of()
                            : Arrays.stream((Object[]) tags.getArray())
                                    .map(String::valueOf)
                                    .toList();
                    String id = rows.getString(1);
                    models.add(new DeclaredModel(
                            id,
                            rows.getString(2),
                            parser.parents(
                                    id,
                                    tagList,
                                    Optional.ofNullable(rows.getString(4)),
                                    Optional.ofNullable(rows.getString(5)),
                                    rows.getBoolean(6),
                                    quality)));
                }
            }
        }
        return models;
    }
}
