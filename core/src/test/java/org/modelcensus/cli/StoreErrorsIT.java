package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that cannot be used says why in one line, with an exit code that says what kind of problem it is. */
class StoreErrorsIT {
    @TempDir
    Path directory;

    private CliRunner cli() {
        return new CliRunner(directory, Map.of());
    }

    @Test
    void aStoreHeldByAnotherProcessIsATemporaryFailureNamingTheStore() throws Exception {
        Path store = directory.resolve("held.duckdb");
        assertThat(cli().run("import", "--sample", "--store", store.toString()).exitCode())
                .isZero();
        try (ServerProcess server = ServerProcess.start(store)) {
            assertThat(server.lines().get(server.lines().size() - 1)).contains("serving http://");

            CliRunner.Result imported = cli().run(
                            "import",
                            "src/test/resources/fixtures/hub/crawl_20250422.jsonl",
                            "--format",
                            "hub-jsonl",
                            "--store",
                            store.toString());

            assertThat(imported.exitCode()).isEqualTo(75);
            assertThat(imported.err().lines().toList())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("modelcensus import: store " + store + " is in use by another process (process ")
                    .endsWith("such as an import or `modelcensus serve`; retry when it has finished, or stop it")
                    .doesNotContain("-readonly");
        }
    }

    @Test
    void aFileThatIsNotAStoreAndADirectoryAreBadData() throws IOException {
        Path text = directory.resolve("notes.duckdb");
        Files.writeString(text, "not a database");
        Path folder = Files.createDirectory(directory.resolve("folder.duckdb"));

        CliRunner.Result notAStore = cli().run("status", "--store", text.toString());
        CliRunner.Result aDirectory = cli().run("shares", "--by", "country", "--store", folder.toString());
        CliRunner.Result importIntoDirectory = cli().run("import", "--sample", "--store", folder.toString());

        assertThat(notAStore.exitCode()).isEqualTo(65);
        assertThat(notAStore.err())
                .isEqualTo("modelcensus status: store " + text + " is not a ModelCensus store (not a DuckDB file)\n");
        for (CliRunner.Result result : List.of(aDirectory, importIntoDirectory)) {
            assertThat(result.exitCode()).isEqualTo(65);
            assertThat(result.err()).contains("store " + folder + " is a directory; give the path of a store file");
        }
        assertThat(Files.readString(text)).isEqualTo("not a database");
    }

    @Test
    void aFailedImportIntoANewStoreLeavesNoFileBehind() throws IOException {
        Path empty = Files.writeString(directory.resolve("empty_2025-01-01.jsonl"), "");
        Path store = directory.resolve("new.duckdb");

        CliRunner.Result imported =
                cli().run("import", empty.toString(), "--format", "hub-jsonl", "--store", store.toString());
        CliRunner.Result unknownFormat =
                cli().run("import", empty.toString(), "--format", "tree", "--store", store.toString());

        assertThat(imported.exitCode()).isEqualTo(65);
        assertThat(unknownFormat.exitCode()).isEqualTo(2);
        assertThat(Files.exists(store)).isFalse();
        assertThat(Files.exists(Path.of(store + ".wal"))).isFalse();
    }
}
