package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import of a crawl of two hubs writes both or neither, and a source stays of one hub. */
class OsirLmtsImportIT {
    @TempDir
    Path directory;

    @Test
    void aBadFileOfOneHubLeavesTheStoreAsItWas() throws IOException {
        CliRunner cli = new CliRunner(directory.resolve("home"), Map.of());
        Path store = directory.resolve("census.duckdb");
        Path huggingface = bundled("huggingface_2025-07-07");
        Path modelscope = directory.resolve("modelscope_2025-07-07.jsonl");
        Files.writeString(
                modelscope,
                "{\"repo\": \"BAAI\", \"model_name\": \"RoboBrain2.0-7B\", \"total_downloads\": 275}\n"
                        + "{\"repo\": \"BAAI\", \"model_name\": \"OmniGen2\", \"total_downloads\": \"many\"}\n",
                StandardCharsets.UTF_8);
        assertThat(cli.run(
                                "import",
                                bundled("huggingface_2025-06-07").toString(),
                                "--format",
                                "osir-lmts",
                                "--store",
                                store.toString())
                        .exitCode())
                .isZero();
        String before = cli.json(store, "status").toString();

        CliRunner.Result result = cli.run(
                "import",
                huggingface.toString(),
                modelscope.toString(),
                "--format",
                "osir-lmts",
                "--store",
                store.toString());

        assertThat(result.exitCode()).isEqualTo(65);
        assertThat(result.err()).contains("modelscope_2025-07-07.jsonl:2").contains("\"total_downloads\"");
        assertThat(cli.json(store, "status").toString()).isEqualTo(before);
    }

    @Test
    void theFilesOfEachHubBecomeASourceOfTheirOwnAndStaySo() throws IOException {
        CliRunner cli = new CliRunner(directory.resolve("home"), Map.of());
        Path store = directory.resolve("census.duckdb");

        CliRunner.Result imported = cli.run(
                "import",
                bundled("huggingface_2025-07-07").toString(),
                bundled("modelscope_2025-07-07").toString(),
                "--format",
                "osir-lmts",
                "--store",
                store.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 snapshots of sources osir-lmts and osir-lmts-modelscope");
        var snapshots = cli.json(store, "status").get("snapshots");
        assertThat(snapshots).hasSize(2);
        assertThat(snapshots.get(0).get("source").asText()).isEqualTo("osir-lmts");
        assertThat(snapshots.get(0).get("hub").asText()).isEqualTo("huggingface");
        assertThat(snapshots.get(1).get("source").asText()).isEqualTo("osir-lmts-modelscope");
        assertThat(snapshots.get(1).get("hub").asText()).isEqualTo("modelscope");

        CliRunner.Result mixed = cli.run(
                "import",
                bundled("huggingface_2025-06-07").toString(),
                "--format",
                "osir-lmts",
                "--source",
                "osir-lmts-modelscope",
                "--store",
                store.toString());
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("is of hub modelscope, not huggingface (a source is of one hub)");
    }

    /** A bundled crawl file, uncompressed into the test's directory under its own name. */
    private Path bundled(String name) throws IOException {
        Path file = directory.resolve(name + ".jsonl");
        try (InputStream input =
                new GZIPInputStream(Files.newInputStream(Path.of("../data/sample/osir-lmts/" + name + ".jsonl.gz")))) {
            Files.copy(input, file);
        }
        return file;
    }
}
