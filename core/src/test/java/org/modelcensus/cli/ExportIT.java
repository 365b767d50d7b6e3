package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.store.StoreExport;

/** {@code export --parquet}: every row of the store in the documented layout, read back by DuckDB alone. */
class ExportIT {
    @TempDir
    static Path directory;

    private static CliRunner cli;
    private static String store;

    @BeforeAll
    static void importSample() {
        cli = new CliRunner(directory, Map.of());
        store = directory.resolve("sample.duckdb").toString();
        assertThat(cli.run("import", "--sample", "--store", store).exitCode()).isZero();
    }

    @Test
    void theExportHoldsEveryRowOfTheStoreAndSaysWhatIsWhere() throws Exception {
        Path export = directory.resolve("all");
        CliRunner.Result result = cli.run("export", "--parquet", export.toString(), "--store", store);
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode manifest =
                new ObjectMapper().readTree(export.resolve(StoreExport.MANIFEST).toFile());
        assertThat(manifest.get("layout").asText()).isEqualTo("modelcensus-export");
        assertThat(manifest.get("layoutVersion").asInt()).isEqualTo(StoreExport.LAYOUT_VERSION);
        assertThat(manifest.get("snapshots").size())
                .as("the bundled sample: 11 llmfit, 232 forecast-hf, 4 lineage-crawl, 6 osir-lmts snapshots")
                .isEqualTo(253);
        assertThat(manifest.get("registry").get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(Files.readString(export.resolve(StoreExport.REGISTRY))).startsWith("namespace,organization,");
        assertThat(export.resolve("model_observation/source=llmfit/snapshot_date=2026-05-10"))
                .isDirectory();

        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + store + "' AS stored (READ_ONLY)");
            for (String table : StoreExport.SNAPSHOT_TABLES) {
                assertThat(count(statement, "read_parquet('" + export.resolve(table) + "/*.parquet')"))
                        .as(table)
                        .isEqualTo(count(statement, "stored." + table))
                        .isEqualTo(manifest.get("tables").get(table).get("rows").asLong());
            }
            for (String table : StoreExport.PARTITIONED_TABLES) {
                long stored = count(statement, "stored." + table);
                String files = stored == 0 ? "/*.parquet" : "/*/*/*.parquet";
                assertThat(count(statement, "read_parquet('" + export.resolve(table) + files + "')"))
                        .as(table)
                        .isEqualTo(stored)
                        .isEqualTo(manifest.get("tables").get(table).get("rows").asLong());
            }
            // the partitions give back each row's snapshot: the downloads of one snapshot, read by its date
            assertThat(count(
                            statement,
                            "read_parquet('" + export.resolve("model_observation") + "/*/*/*.parquet',"
                                    + " hive_partitioning = true) WHERE source = 'llmfit' AND snapshot_date ="
                                    + " DATE '2026-05-10'"))
                    .isEqualTo(1851);
        }
    }

    @Test
    void aFilteredExportHoldsItsSnapshotsOnlyAndABadOneWritesNothing() throws Exception {
        Path llmfit = directory.resolve("llmfit");
        CliRunner.Result result = cli.run(
                "export",
                "--parquet",
                llmfit.toString(),
                "--source",
                "llmfit",
                "--from",
                "2026-05-01",
                "--store",
                store);
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode manifest =
                new ObjectMapper().readTree(llmfit.resolve(StoreExport.MANIFEST).toFile());
        assertThat(manifest.get("snapshots").findValuesAsText("date")).containsExactly("2026-05-06", "2026-05-10");

        CliRunner.Result again = cli.run("export", "--parquet", llmfit.toString(), "--store", store);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains(llmfit + " exists");
        assertThat(llmfit.resolve(StoreExport.MANIFEST)).exists();

        Path none = directory.resolve("none");
        CliRunner.Result nothing =
                cli.run("export", "--parquet", none.toString(), "--source", "nobody", "--store", store);
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("no snapshot of the store", "--source nobody");
        assertThat(none).doesNotExist();
        try (Stream<Path> left = Files.list(directory)) {
            List<String> names = left.map(path -> path.getFileName().toString()).toList();
            assertThat(names).noneMatch(name -> name.contains(".partial-"));
        }
    }

    private static long count(Statement statement, String relation) throws Exception {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + relation)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
