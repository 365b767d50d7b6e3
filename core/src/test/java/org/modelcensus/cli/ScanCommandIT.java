package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan} as a user runs it: trees with ignored, vendored, linked and oversized files; git revisions; a store. */
class ScanCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path work;

    private CliRunner cli() {
        return new CliRunner(home, Map.of());
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> raws(JsonNode project) {
        List<String> raws = new ArrayList<>();
        project.get("references")
                .forEach(reference -> raws.add(reference.get("raw").asText()));
        return raws;
    }

    @Test
    void honoursGitignoreAndSkipsVendoredLinkedOversizedAndBinaryFiles() throws Exception {
        Path project = work.resolve("app");
        write(project.resolve(".gitignore"), "secret/\n*.local.py\n!keep.local.py\n");
        write(project.resolve("app.py"), "m = AutoModel.from_pretrained(\"Qwen/Qwen2.5-7B-Instruct\")\n");
        write(project.resolve("secret/hidden.py"), "m = AutoModel.from_pretrained(\"deepseek-ai/DeepSeek-R1\")\n");
        write(project.resolve("settings.local.py"), "MODEL = \"mistralai/Mistral-7B-v0.1\"\n");
        write(project.resolve("keep.local.py"), "MODEL = \"google/gemma-2-9b-it\"\n");
        write(project.resolve("node_modules/pkg/index.js"), "const m = 'meta-llama/Llama-3.1-8B';\n");
        write(project.resolve("big.py"), "MODEL = \"microsoft/phi-4\"\n" + "#".repeat(2_000));
        Files.write(project.resolve("weights.py"), new byte[] {'M', '=', '"', 'Q', 0, '"'});
        Path outside = work.resolve("outside.py");
        write(outside, "MODEL = \"01-ai/Yi-34B-Chat\"\n");
        Files.createSymbolicLink(project.resolve("linked.py"), outside);

        CliRunner.Result result = cli().run("scan", project.toString(), "--max-file-size", "1000", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode scanned = JSON.readTree(result.out()).get("projects").get(0);
        assertThat(raws(scanned)).containsExactly("Qwen/Qwen2.5-7B-Instruct", "google/gemma-2-9b-it");
        JsonNode skipped = scanned.get("skipped");
        assertThat(skipped.get("ignored by .gitignore").asLong()).isEqualTo(2);
        assertThat(skipped.get("dependency, vendored or build directory").asLong())
                .isEqualTo(1);
        assertThat(skipped.get("symbolic link (never followed)").asLong()).isEqualTo(1);
        assertThat(skipped.get("larger than the size limit").asLong()).isEqualTo(1);
        assertThat(skipped.get("binary file").asLong()).isEqualTo(1);
        JsonNode reference = scanned.get("references").get(0);
        assertThat(reference.get("file").asText()).isEqualTo("app.py");
        assertThat(reference.get("line").asInt()).isEqualTo(1);
        assertThat(reference.get("kind").asText()).isEqualTo("hub-id");
        assertThat(reference.get("scope").asText()).isEqualTo("code");
        assertThat(reference.get("developer").asText()).isEqualTo("Alibaba");
        assertThat(reference.get("country").asText()).isEqualTo("CN");
        assertThat(reference.get("rootCountry").asText()).isEqualTo("CN");
        assertThat(reference.get("confidence").asText()).isEqualTo("high");
    }

    @Test
    void readsABareRepositoryAtEachRevisionWithoutACheckout() throws Exception {
        Path checkout = work.resolve("checkout");
        RevCommit first;
        try (Git git = Git.init().setDirectory(checkout.toFile()).call()) {
            PersonIdent author = new PersonIdent("Test", "test@example.org");
            write(checkout.resolve("src/model.ts"), "const model = 'qwen2.5:7b';\n");
            git.add().addFilepattern(".").call();
            first = git.commit()
                    .setMessage("first")
                    .setAuthor(author)
                    .setCommitter(author)
                    .call();
            write(checkout.resolve("src/model.ts"), "const model = 'llama3.1:8b';\n");
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("second")
                    .setAuthor(author)
                    .setCommitter(author)
                    .call();
        }
        File bare = work.resolve("app.git").toFile();
        Git.cloneRepository()
                .setURI(checkout.toUri().toString())
                .setDirectory(bare)
                .setBare(true)
                .call()
                .close();

        CliRunner.Result atFirst =
                cli().run("scan", "--git", bare.toString(), "--rev", first.getName(), "--format", "json");
        CliRunner.Result atHead = cli().run("scan", "--git", bare.toString(), "--format", "json");

        assertThat(atFirst.exitCode()).as(atFirst.err()).isZero();
        JsonNode firstProject = JSON.readTree(atFirst.out()).get("projects").get(0);
        assertThat(raws(firstProject)).containsExactly("qwen2.5:7b");
        assertThat(firstProject.get("path").asText()).endsWith("@" + first.getName());
        assertThat(raws(JSON.readTree(atHead.out()).get("projects").get(0))).containsExactly("llama3.1:8b");
        assertThat(JSON.readTree(atHead.out())
                        .get("summary")
                        .get("countries")
                        .get("uploader")
                        .get(0)
                        .get("country")
                        .asText())
                .isEqualTo("US");
    }

    @Test
    void resolvesFineTunesToTheirRootsThroughTheStoresLineage() throws Exception {
        Path project = work.resolve("service");
        write(project.resolve("serve.py"), "llm = LLM(model=\"nvidia/DeepSeek-R1-FP4\")\n");
        assertThat(cli().run("status").exitCode()).isZero();
        Path store = home.resolve(".modelcensus/census.duckdb");

        JsonNode withStore = cli().json(store, "scan", project.toString());
        CliRunner.Result withoutStore = cli().run("scan", project.toString(), "--format", "json");

        JsonNode reference = withStore.get("projects").get(0).get("references").get(0);
        assertThat(reference.get("country").asText()).isEqualTo("US");
        assertThat(reference.get("rootCountry").asText()).isEqualTo("CN");
        assertThat(reference.get("roots").asText()).isEqualTo("store");
        assertThat(withStore
                        .get("summary")
                        .get("countries")
                        .get("origin")
                        .get(0)
                        .get("country")
                        .asText())
                .isEqualTo("CN");
        JsonNode unrooted = JSON.readTree(withoutStore.out())
                .get("projects")
                .get(0)
                .get("references")
                .get(0);
        assertThat(unrooted.get("rootCountry").asText()).isEqualTo("US");
    }

    @Test
    void sharesOfProjectsCountEachProjectOnceAndOnlyTheCountedScopes() throws Exception {
        write(
                work.resolve("a/app.py"),
                "A = \"Qwen/Qwen2.5-7B\"\nB = \"Qwen/Qwen2.5-14B\"\nC = \"google/gemma-2-9b-it\"\n");
        write(work.resolve("b/main.go"), "const model = \"deepseek-chat\"\n");
        write(work.resolve("c/tests/test_app.py"), "MODEL = \"meta-llama/Llama-3.1-8B\"\n");
        write(work.resolve("d/README.md"), "Nothing here.\n");
        String[] projects = {
            work.resolve("a").toString(),
            work.resolve("b").toString(),
            work.resolve("c").toString(),
            work.resolve("d").toString()
        };

        JsonNode plain =
                JSON.readTree(cli().run(concat(projects, "--format", "json")).out());
        JsonNode withTests = JSON.readTree(cli().run(concat(projects, "--format", "json", "--include-tests"))
                .out());

        JsonNode rows = plain.get("summary").get("countries").get("uploader");
        assertThat(rows.get(0).get("country").asText()).isEqualTo("CN");
        assertThat(rows.get(0).get("projects").asLong()).isEqualTo(2);
        assertThat(rows.get(0).get("share").asDouble()).isEqualTo(0.5);
        assertThat(rows.get(0).get("models").asLong()).isEqualTo(3);
        assertThat(rows.get(1).get("country").asText()).isEqualTo("US");
        assertThat(rows.get(1).get("share").asDouble()).isEqualTo(0.25);
        assertThat(plain.get("summary").get("projectsWithModels").asLong()).isEqualTo(2);
        // Three (project, model) dependencies on CN, one on US: HHI = 75² + 25².
        JsonNode concentration = plain.get("summary").get("concentration").get("uploader");
        assertThat(concentration.get("hhi").asDouble()).isCloseTo(6_250, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(concentration.get("top1").asDouble()).isEqualTo(0.75);
        JsonNode tested = withTests.get("summary").get("countries").get("uploader");
        assertThat(tested.get(1).get("country").asText()).isEqualTo("US");
        assertThat(tested.get(1).get("share").asDouble()).isEqualTo(0.5);
        CliRunner.Result table = cli().run(concat(projects));
        assertThat(table.out()).contains("CN China", "Projects that depend on at least one model of each country");
    }

    @Test
    void badInputNamesWhatIsWrongAndExitsWithAUsageOrDataCode() throws Exception {
        CliRunner.Result none = cli().run("scan");
        CliRunner.Result missing = cli().run("scan", work.resolve("nowhere").toString());
        CliRunner.Result notGit = cli().run("scan", "--git", work.toString());
        Path checkout = work.resolve("repo");
        Git.init().setDirectory(checkout.toFile()).call().close();
        CliRunner.Result badRevision = cli().run("scan", "--git", checkout.toString(), "--rev", "no-such-branch");
        CliRunner.Result badFormat = cli().run("scan", work.toString(), "--format", "xml");
        CliRunner.Result badSize = cli().run("scan", work.toString(), "--max-file-size", "0");
        CliRunner.Result noStore = cli().run(
                        "scan",
                        work.toString(),
                        "--store",
                        work.resolve("none.duckdb").toString());

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("give one or more project directories");
        assertThat(missing.exitCode()).isEqualTo(65);
        assertThat(missing.err()).contains("nowhere", "does not exist");
        assertThat(notGit.exitCode()).isEqualTo(2);
        assertThat(notGit.err()).contains("is not a git repository");
        assertThat(badRevision.exitCode()).isEqualTo(2);
        assertThat(badRevision.err()).contains("--rev no-such-branch is no revision");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badSize.exitCode()).isEqualTo(2);
        assertThat(badSize.err()).contains("--max-file-size is 0");
        assertThat(noStore.exitCode()).isEqualTo(2);
        assertThat(noStore.err()).contains("none.duckdb does not exist");
        assertThat(work.resolve("none.duckdb")).doesNotExist();
    }

    private static String[] concat(String[] projects, String... flags) {
        List<String> all = new ArrayList<>(List.of("scan"));
        all.addAll(List.of(projects));
        all.addAll(List.of(flags));
        return all.toArray(String[]::new);
    }
}
