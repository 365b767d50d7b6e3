package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store of schema version 1 (no stored totals, no lineage tables, no hubs) or 2 (no hubs) is refused by reading
 * commands with a message that says how to migrate it, and after `migrate` answers exactly as a store imported by this
 * version.
 */
class StoreMigrationIT {
    @TempDir
    Path directory;

    @Test
    void anOlderStoreIsRefusedThenMigratedInPlace() throws SQLException {
        CliRunner cli = new CliRunner(directory.resolve("home"), Map.of());
        Path current = directory.resolve("current.duckdb");
        Path older = directory.resolve("older.duckdb");
        sampleStoresOfOneHub(cli, current, older);
        downgradeToVersionOne(older);

        CliRunner.Result refused = cli.run("shares", "--by", "country", "--store", older.toString());
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err())
                .contains("store " + older + " has schema version 1")
                .contains("modelcensus migrate --store " + older);

        CliRunner.Result migrated = cli.run("migrate", "--store", older.toString());
        assertThat(migrated.exitCode()).as(migrated.err()).isZero();
        assertThat(migrated.out()).contains("Migrated store " + older + " to schema version 4");
        assertThat(cli.run("migrate", "--store", older.toString()).out()).contains("already has schema version 4");

        for (List<String> command : List.of(
                List.of("shares", "--by", "country", "--view", "origin", "--source", "lineage-crawl"),
                List.of("families", "--source", "lineage-crawl"),
                List.of("lineage", "--source", "lineage-crawl"),
                List.of("status"))) {
            String[] args = command.toArray(String[]::new);
            assertThat(cli.json(older, args).toString().replace(older.toString(), current.toString()))
                    .as(String.join(" ", command))
                    .isEqualTo(cli.json(current, args).toString());
        }
    }

    @Test
    void theDefaultStoreIsMigratedWhenFirstRead() throws SQLException {
        Path home = directory.resolve("home");
        CliRunner cli = new CliRunner(home, Map.of());
        assertThat(cli.run("status").exitCode()).isZero(); // seeds the default store
        Path store = home.resolve(".modelcensus/census.duckdb");
        assertThat(Files.isRegularFile(store)).isTrue();
        withoutModelScope(store);
        downgradeToVersionOne(store);

        CliRunner.Result result = cli.run("shares", "--by", "country", "--view", "origin", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("upgrading it to schema version 4");
        assertThat(cli.run("shares", "--by", "country").err()).doesNotContain("upgrading");
    }

    @Test
    void aStoreOfANewerVersionIsRefusedForReadingAndWriting() throws SQLException {
        CliRunner cli = new CliRunner(directory.resolve("home"), Map.of());
        Path store = directory.resolve("newer.duckdb");
        assertThat(cli.run("import", "--sample", "--store", store.toString()).exitCode())
                .isZero();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE store_info SET value = '5' WHERE key = 'schema_version'");
        }

        for (String[] command : List.of(
                new String[] {"status", "--store", store.toString()},
                new String[] {"import", "--sample", "--store", store.toString()},
                new String[] {"migrate", "--store", store.toString()})) {
            CliRunner.Result result = cli.run(command);
            assertThat(result.exitCode()).as(String.join(" ", command)).isEqualTo(65);
            assertThat(result.err()).contains("schema version 5, written by a newer ModelCensus");
        }
    }

    @Test
    void aStoreOfVersionTwoGetsTheHubOfEverySnapshot() throws SQLException {
        CliRunner cli = new CliRunner(directory.resolve("home"), Map.of());
        Path current = directory.resolve("current.duckdb");
        Path older = directory.resolve("older.duckdb");
        sampleStoresOfOneHub(cli, current, older);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + older.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            withoutVersionFour(statement);
            statement.execute("ALTER TABLE snapshot DROP COLUMN hub");
            statement.execute("UPDATE store_info SET value = '2' WHERE key = 'schema_version'");
        }

        assertThat(cli.run("status", "--store", older.toString()).err()).contains("has schema version 2");
        CliRunner.Result migrated = cli.run("migrate", "--store", older.toString());
        assertThat(migrated.exitCode()).as(migrated.err()).isZero();

        var snapshots = cli.json(older, "status").get("snapshots");
        assertThat(snapshots).isNotEmpty();
        snapshots.forEach(snapshot -> assertThat(snapshot.get("hub").asText()).isEqualTo("huggingface"));
        assertThat(cli.json(older, "status").toString().replace(older.toString(), current.toString()))
                .isEqualTo(cli.json(current, "status").toString());
    }

    @Test
    void aStoreOfVersionThreeGetsTheSourceOfDeclarationsAndTheDisagreements() throws SQLException {
        CliRunner cli = new CliRunner(directory.resolve("home"), Map.of());
        Path current = directory.resolve("current.duckdb");
        Path older = directory.resolve("older.duckdb");
        for (Path store : List.of(current, older)) {
            assertThat(cli.run("import", "--sample", "--store", store.toString())
                            .exitCode())
                    .isZero();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + older.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            withoutVersionFour(statement);
            statement.execute("UPDATE store_info SET value = '3' WHERE key = 'schema_version'");
        }

        assertThat(cli.run("lineage", "--store", older.toString()).err()).contains("has schema version 3");
        CliRunner.Result migrated = cli.run("migrate", "--store", older.toString());
        assertThat(migrated.exitCode()).as(migrated.err()).isZero();
        assertThat(migrated.out()).contains("to schema version 4");

        for (List<String> command : List.of(
                List.of("lineage", "--source", "lineage-crawl"),
                List.of("shares", "--by", "country", "--view", "origin", "--source", "lineage-crawl"),
                List.of("status"))) {
            String[] args = command.toArray(String[]::new);
            assertThat(cli.json(older, args).toString().replace(older.toString(), current.toString()))
                    .as(String.join(" ", command))
                    .isEqualTo(cli.json(current, args).toString());
        }
    }

    /** What version 4 added: where declarations came from, the Hub's trending score, the disagreements of lineage. */
    private static void withoutVersionFour(Statement statement) throws SQLException {
        statement.execute("ALTER TABLE model_observation DROP COLUMN base_model_source");
        statement.execute("ALTER TABLE crawl_model DROP COLUMN base_model_source");
        statement.execute("ALTER TABLE model_observation DROP COLUMN trending_score");
        statement.execute("ALTER TABLE crawl_model DROP COLUMN trending_score");
        statement.execute("ALTER TABLE lineage_quality DROP COLUMN disagreements");
    }

    /** Stores of the bundled sample as an older version could hold it (see withoutModelScope). */
    private static void sampleStoresOfOneHub(CliRunner cli, Path... stores) throws SQLException {
        for (Path store : stores) {
            assertThat(cli.run("import", "--sample", "--store", store.toString())
                            .exitCode())
                    .isZero();
            withoutModelScope(store);
        }
    }

    /**
     * Takes the ModelScope snapshots out of a store of the bundled sample: stores of versions before 3 could not hold
     * any, so a store standing for one must not either.
     */
    private static void withoutModelScope(Path store) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            for (String table : List.of(
                    "model_observation",
                    "snapshot_file",
                    "snapshot_summary",
                    "lineage_node",
                    "lineage_edge",
                    "lineage_root",
                    "lineage_broken_edge",
                    "lineage_quality")) {
                statement.execute("DELETE FROM " + table
                        + " WHERE snapshot_id IN (SELECT snapshot_id FROM snapshot WHERE hub <> 'huggingface')");
            }
            statement.execute("DELETE FROM snapshot WHERE hub <> 'huggingface'");
        }
    }

    /** What a store written by version 1 looked like: the same snapshots, no totals, no lineage, no hubs. */
    private static void downgradeToVersionOne(Path store) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            withoutVersionFour(statement);
            statement.execute("ALTER TABLE snapshot DROP COLUMN hub");
            for (String table : List.of(
                    "snapshot_summary",
                    "lineage_node",
                    "lineage_edge",
                    "lineage_root",
                    "lineage_broken_edge",
                    "lineage_quality")) {
                statement.execute("DROP TABLE " + table);
            }
            statement.execute("UPDATE store_info SET value = '1' WHERE key = 'schema_version'");
        }
    }
}
