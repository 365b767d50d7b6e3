package org.modelcensus.source.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modelcensus.attribution.OrganizationRegistry;

class ReferenceFinderTest {
    private static final OrganizationRegistry REGISTRY = OrganizationRegistry.bundled();
    private static final ReferenceFinder FINDER = new ReferenceFinder(
            ModelNames.bundled(), namespace -> REGISTRY.lookup(namespace).isPresent());

    private static List<FoundReference> find(String path, String... lines) {
        FileKind kind = FileKind.classify(path).kind().orElseThrow();
        return FINDER.find(path, kind, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> raws(String path, String... lines) {
        return find(path, lines).stream().map(FoundReference::raw).toList();
    }

    @Test
    void findsHubIdsInLoaderCallsEvenOfUnregisteredOwners() {
        List<FoundReference> found = find(
                "app/model.py",
                "tokenizer = AutoTokenizer.from_pretrained(\"Qwen/Qwen2.5-7B-Instruct\")",
                "embedder = SentenceTransformer('someone/my-embedder')",
                "pipe = pipeline(\"text-generation\", model=\"meta-llama/Llama-3.1-8B-Instruct\")",
                "path = hf_hub_download(repo_id=\"TheBloke/Llama-2-7B-GGUF\", filename=\"llama-2-7b.Q4_K_M.gguf\")",
                "model = AutoModel.from_pretrained(\"bert-base-uncased\")");
        assertThat(found)
                .extracting(FoundReference::raw)
                .containsExactly(
                        "Qwen/Qwen2.5-7B-Instruct",
                        "someone/my-embedder",
                        "meta-llama/Llama-3.1-8B-Instruct",
                        "TheBloke/Llama-2-7B-GGUF",
                        "llama-2-7b.Q4_K_M.gguf",
                        "bert-base-uncased");
        assertThat(found.get(0).confidence()).isEqualTo(FoundReference.Confidence.HIGH);
        assertThat(found.get(0).scope()).isEqualTo(Scope.CODE);
        assertThat(found.get(5).model()).isEqualTo("google-bert/bert-base-uncased");
        assertThat(found.get(4).kind()).isEqualTo(FoundReference.Kind.GGUF_FILE);
    }

    @Test
    void findsOllamaTagsRouterNamesAndVendorNames() {
        List<FoundReference> found = find(
                "src/llm.ts",
                "const ollama = new Ollama({ model: 'qwen2.5:7b' });",
                "const router = \"openrouter/deepseek/deepseek-chat\";",
                "litellm.completion(model=\"groq/llama3-70b-8192\")",
                "const fireworks = 'accounts/fireworks/models/llama-v3p1-70b-instruct';",
                "const chat = { model: \"deepseek-chat\" };",
                "const models = ['llama-3.3-70b-versatile', 'mixtral-8x7b-32768'];");
        assertThat(found)
                .extracting(FoundReference::raw)
                .containsExactly(
                        "qwen2.5:7b",
                        "openrouter/deepseek/deepseek-chat",
                        "groq/llama3-70b-8192",
                        "accounts/fireworks/models/llama-v3p1-70b-instruct",
                        "deepseek-chat",
                        "llama-3.3-70b-versatile",
                        "mixtral-8x7b-32768");
        assertThat(found.get(1).model()).isEqualTo("deepseek-ai/DeepSeek-V3");
        assertThat(found.get(0).kind()).isEqualTo(FoundReference.Kind.OLLAMA_TAG);
        assertThat(found.get(0).family().orElseThrow().namespace()).isEqualTo("Qwen");
    }

    @Test
    void readsShellConfigurationAndModelfiles() {
        assertThat(raws("scripts/setup.sh", "ollama pull llama3", "vllm serve Qwen/Qwen2.5-7B-Instruct --port 8000"))
                .containsExactly("llama3", "Qwen/Qwen2.5-7B-Instruct");
        assertThat(raws(
                        "docker-compose.yml",
                        "services:",
                        "  ollama:",
                        "    image: ollama/ollama:latest",
                        "  tgi:",
                        "    image: ghcr.io/huggingface/text-generation-inference:2.0",
                        "    command: --model-id mistralai/Mistral-7B-Instruct-v0.3"))
                .containsExactly("mistralai/Mistral-7B-Instruct-v0.3");
        assertThat(raws(".env", "OLLAMA_MODEL=llama3.1", "EMBEDDING_MODEL=nomic-embed-text", "OPENAI_MODEL=gpt-4o"))
                .containsExactly("llama3.1", "nomic-embed-text");
        assertThat(raws("Modelfile", "FROM llama3.2", "PARAMETER temperature 0.2"))
                .containsExactly("llama3.2");
        assertThat(raws("config.yaml", "models:", "  - qwen2.5-coder:7b", "  - deepseek-r1", "other: value"))
                .containsExactly("qwen2.5-coder:7b", "deepseek-r1");
    }

    @Test
    void readsHuggingFaceUrlsButNotDatasetsSpacesOrOtherHosts() {
        assertThat(raws(
                        "README.md",
                        "Download https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-GGUF/resolve/main/q4.gguf first.",
                        "See https://huggingface.co/datasets/Qwen/some-data and https://huggingface.co/spaces/x/y.",
                        "Code: https://github.com/deepseek-ai/DeepSeek-V3 and https://huggingface.co/docs/hub."))
                .containsExactly("https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-GGUF/resolve/main/q4.gguf");
    }

    @Test
    void leavesProprietaryModelsPackagesImagesDatasetsAndProseAlone() {
        assertThat(raws(
                        "app/main.py",
                        "from llama_index.core import VectorStoreIndex",
                        "client.chat(model=\"gpt-4o-mini\")",
                        "claude = \"claude-3-5-sonnet-20241022\"",
                        "gemini = Model(model=\"gemini-1.5-pro\")",
                        "qwen = {\"model\": \"qwen-max\"}",
                        "data = load_dataset(\"Qwen/some-dataset\")",
                        "url = \"https://github.com/ollama/ollama\"",
                        "if \"llama3\" in model_name:",
                        "arch = \"Qwen2ForCausalLM\"",
                        "pip install llama-cpp-python",
                        "# we support Llama and Qwen models",
                        "repo = \"facebook/react\""))
                .isEmpty();
        assertThat(raws("README.md", "ModelCensus supports Qwen2.5 and Llama 3 out of the box."))
                .isEmpty();
    }

    @Test
    void readsBedrockIdsRouterVariantsAndGgufFilesBesideTheirRepository() {
        List<FoundReference> found = find(
                "src/models.rs",
                "const A: &str = \"us.meta.llama3-3-70b-instruct-v1:0\";",
                "const B: &str = \"us.deepseek.r1-v1:0\";",
                "const C: &str = \"mistral.mistral-large-2402-v1:0\";",
                "let key = \"deepseek.api.key\"; let other = \"deepseek.chat.model\";",
                "const D: &str = \"openrouter/deepseek/deepseek-r1:free\";");
        assertThat(found)
                .extracting(FoundReference::raw)
                .containsExactly(
                        "us.meta.llama3-3-70b-instruct-v1:0",
                        "us.deepseek.r1-v1:0",
                        "openrouter/deepseek/deepseek-r1:free");
        assertThat(found.get(1).family().orElseThrow().namespace()).isEqualTo("deepseek-ai");
        List<FoundReference> gallery = find(
                "gallery/index.yaml",
                "- name: phi-2",
                "  files:",
                "    - filename: phi-2.Q4_0.gguf",
                "      uri: huggingface://TheBloke/phi-2-GGUF/phi-2.Q4_0.gguf");
        assertThat(gallery)
                .extracting(FoundReference::raw)
                .containsExactly("phi-2", "phi-2.Q4_0.gguf", "huggingface://TheBloke/phi-2-GGUF/phi-2.Q4_0.gguf");
        assertThat(gallery.get(1).model()).isEqualTo("TheBloke/phi-2-GGUF");
    }

    @Test
    void leavesFamilyTablesMatchArmsAndMediaTypesAlone() {
        assertThat(raws(
                        "core/parser_defaults.json",
                        "{",
                        "  \"families\": {",
                        "    \"qwen3.5\": {\"tool_parser\": \"qwen3_xml\"},",
                        "    \"llama-3.3\": {\"tool_parser\": \"llama3_json\"}",
                        "  },",
                        "  \"models\": [\"qwen2.5-coder-7b\"]",
                        "}"))
                .containsExactly("qwen2.5-coder-7b");
        assertThat(raws(
                        "src/arch.rs",
                        "Self::Qwen2 => \"qwen2\",",
                        "\"deepseek2\" => Ok(Self::DeepSeek2),",
                        "let accept = \"application/json\"; let model = \"text/plain\";"))
                .isEmpty();
    }

    @Test
    void readsQuotedFamilyNamesInAnOllamaFileAsTags() {
        List<FoundReference> found = find(
                "src/providers/ollama.rs", "pub const MISTRAL: &str = \"mistral\";", "let note = \"mistral is fast\";");
        assertThat(found).extracting(FoundReference::raw).containsExactly("mistral");
        assertThat(found.get(0).kind()).isEqualTo(FoundReference.Kind.OLLAMA_TAG);
    }

    @Test
    void marksCommentsTestsAndDocsByScope() {
        assertThat(find("src/app.py", "# model = \"Qwen/Qwen2.5-7B\"", "MODEL = \"Qwen/Qwen2.5-7B\""))
                .extracting(reference -> reference.scope())
                .containsExactly(Scope.COMMENT, Scope.CODE);
        assertThat(find("tests/test_app.py", "MODEL = \"Qwen/Qwen2.5-7B\""))
                .extracting(FoundReference::scope)
                .containsExactly(Scope.TEST);
        assertThat(find(
                        "src/lib.rs",
                        "const M: &str = \"Qwen/Qwen2.5-7B\";",
                        "#[cfg(test)]",
                        "    \"Qwen/Qwen2.5-7B\""))
                .extracting(FoundReference::scope)
                .containsExactly(Scope.CODE, Scope.TEST);
        assertThat(find(".env.example", "MODEL=Qwen/Qwen2.5-7B"))
                .extracting(FoundReference::scope)
                .containsExactly(Scope.CONFIG_EXAMPLE);
        assertThat(find(".github/workflows/ci.yml", "run: ollama pull llama3"))
                .extracting(FoundReference::scope)
                .containsExactly(Scope.CI);
        assertThat(find("src/a.js", "/* uses", "   \"Qwen/Qwen2.5-7B\" */ const m = \"Qwen/Qwen2.5-7B\";"))
                .extracting(FoundReference::scope)
                .containsExactly(Scope.COMMENT, Scope.CODE);
    }

    @Test
    void classifiesPathsAndSkipsWhatIsNotSource() {
        assertThat(FileKind.classify("package-lock.json").skipped()).contains("lock file");
        assertThat(FileKind.classify("web/app.min.js").skipped()).contains("minified or generated file");
        assertThat(FileKind.classify("logo.png").skipped()).contains("binary or media file");
        assertThat(FileKind.classify("src/main/java/AppIT.java")
                        .kind()
                        .orElseThrow()
                        .scope())
                .isEqualTo(Scope.TEST);
        assertThat(FileKind.classify("src/main/java/Audit.java")
                        .kind()
                        .orElseThrow()
                        .scope())
                .isEqualTo(Scope.CODE);
        assertThat(FileKind.classify("examples/chat.py").kind().orElseThrow().scope())
                .isEqualTo(Scope.EXAMPLE);
        assertThat(FileKind.classify("docs/setup.md").kind().orElseThrow().scope())
                .isEqualTo(Scope.DOCS);
        assertThat(FileKind.classify("charts/app/values.yaml")
                        .kind()
                        .orElseThrow()
                        .scope())
                .isEqualTo(Scope.CONFIG);
        assertThat(FileKind.classify("Dockerfile").kind().orElseThrow().scope()).isEqualTo(Scope.CONFIG);
        assertThat(Set.of(FileKind.classify("data/models.csv")
                        .kind()
                        .orElseThrow()
                        .scope()))
                .containsExactly(Scope.DATA);
    }
}
