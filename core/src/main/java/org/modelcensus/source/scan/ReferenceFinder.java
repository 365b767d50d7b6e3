package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.modelcensus.source.ModelId;
import org.modelcensus.source.scan.FoundReference.Confidence;
import org.modelcensus.source.scan.FoundReference.Kind;

/**
 * Finds the open models one file names, line by line. A word is a candidate when it stands in a string literal, a
 * configuration or shell value, a comment or inline code: never a bare identifier of code or a word of prose. A
 * candidate is a reference when its form and its context say so:
 *
 * <ul>
 *   <li>a Hugging Face URL ({@code https://huggingface.co/owner/name}, {@code hf.co/…}, {@code hf://…}), not of a
 *       dataset, Space or page;
 *   <li>{@code owner/name} in a loader call ({@code from_pretrained(}, {@code pipeline(}, {@code hf_hub_download(},
 *       {@code SentenceTransformer(}, vLLM's {@code LLM(}), after a model flag ({@code --model}, {@code --model-id},
 *       {@code vllm serve}) or a model key ({@code model=}, {@code "model":}, {@code OLLAMA_MODEL=}); elsewhere only
 *       when the registry knows the owner and the name looks like a model's (a family's name, a size, a version);
 *   <li>router names: a provider prefix ({@code ollama/}, {@code openrouter/}, {@code groq/}, {@code together_ai/},
 *       {@code fireworks_ai/accounts/fireworks/models/…}) followed by an open model's name;
 *   <li>Ollama tags: {@code family:tag} ({@code qwen2.5:7b}), and a bare family name after {@code ollama pull/run}, in
 *       a Modelfile's {@code FROM} or under a model key;
 *   <li>vendor names of open-weights models ({@code deepseek-chat}); GGUF files of a known family.
 * </ul>
 *
 * Proprietary models (gpt-4o, claude-*, gemini-*, qwen-max, …) are never references, nor are datasets, Spaces, docker
 * images, package names, architectures ({@code Qwen2ForCausalLM}) or local paths.
 */
public final class ReferenceFinder {
    /** The longest line scanned; the rest of a longer line (minified code, embedded data) is not read. */
    public static final int MAXIMUM_LINE = 4096;

    private static final int CONTEXT = 120;

    private static final Pattern LOADER_CALL = Pattern.compile("(?:from_pretrained|pipeline|hf_hub_download"
            + "|snapshot_download|sentencetransformer|crossencoder|\\bllm|load_model|automodel\\w*|autotokenizer"
            + "|textembedding\\w*|huggingface\\w*|inferenceclient|fastembed\\w*|flagembedding|bgem3flagmodel"
            + "|flagreranker|hfapimodel|transformersmodel|vllmmodel|from_model_id|from_hub)\\s*[(<][^()]*$");

    private static final Pattern MODEL_FLAG = Pattern.compile("(?:--(?:model|model-id|model_id|model-name|model_name"
            + "|model-path|hf-repo|hf-model|hf-model-repo-id|tokenizer|served-model-name|base-model|base_model"
            + "|pretrained_model_name_or_path|model_name_or_path|embedding-model|embedding_model)|(?:^|\\s)-hf)"
            + "(?:\\s+|=)[\"']?$");

    private static final Pattern SERVE_COMMAND = Pattern.compile("(?:vllm\\s+serve|huggingface-cli\\s+download"
            + "|\\bhf\\s+download|text-generation-launcher|llama-server|mlx_lm\\.\\w+|sglang\\.launch_server)"
            + "(?:\\s+--?[\\w-]+(?:[= ][\\w./:-]+)?)*\\s+[\"']?$");

    private static final Pattern MODEL_KEY = Pattern.compile("(?:model|llm|embedder|embedding|embeddings|encoder"
            + "|reranker|checkpoint|repo_id|repoid|hf_repo|base_model|tokenizer|engine)[\\w.-]*[\"'\\]]?\\s*"
            + "(?::|=|:=|=>|,|\\|\\||\\?\\?|:-|\\bor\\b|\\bdefault\\b\\s*[:=]?)\\s*[\\[({]?"
            + "(?:\\s*[\"'`][^\"'`]*[\"'`]\\s*,)*\\s*[\"'`]?$");

    private static final Pattern OLLAMA_COMMAND =
            Pattern.compile("ollama[\"',\\s]+(?:pull|run|create|show|push|cp|rm|stop)[\"',\\s]+(?:-[\\w-]+\\s+)*"
                    + "(?:[\\w.-]+\\s+)?[\"']?$");

    private static final Pattern MODELFILE_FROM = Pattern.compile("^\\s*from\\s+$");

    private static final Pattern DOCKER_IMAGE = Pattern.compile(
            "(?:^\\s*from\\s+(?:--platform=\\S+\\s+)?" + "|\\bimage\\s*[:=]\\s*[\"']?|docker\\s+(?:pull|push)\\s+)$");

    /** A name the code compares a model with ({@code "llama3" in model}, {@code name.startsWith("qwen")}). */
    private static final Pattern MATCHING_BEFORE = Pattern.compile(
            "(?:startswith|endswith|includes|contains|indexof|match|search|test|has|find|replace|split|lower\\(\\)\\s*==)"
                    + "\\s*\\(?\\s*[\"'`]$|(?:==|!=|===|!==)\\s*[\"'`]$|\\bcase\\s+[\"'`]$");

    private static final Pattern MATCHING_AFTER =
            Pattern.compile("^[\"'`]\\s*(?:(?:not\\s+)?in\\b|==|!=|===|!==|\\)?\\s*\\.test\\()");

    private static final Pattern DATASET = Pattern.compile("(?:load_dataset|dataset[\\w]*)\\s*[(:=]\\s*[\"']?$");

    private static final Pattern DATASET_AFTER = Pattern.compile("^[^)]*repo_type\\s*=\\s*[\"'](?:dataset|space)");

    private static final Pattern ARCHITECTURE =
            Pattern.compile(".*(?:For[A-Z]\\w*|Model|Config|Tokenizer\\w*|Processor|Attention|Layer|Block)$");

    private static final Pattern MODEL_LIKE = Pattern.compile(
            ".*(?:\\d|instruct|chat|base|large|small|medium|tiny|mini|xl|embed|gguf|awq|gptq|uncased|cased|coder"
                    + "|vision|-it\\b|bert|roberta|gpt|whisper|clip|vit|diffusion|minilm|mpnet|rerank|sentiment|ner"
                    + "|squad|distil).*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** The first segments of a router's model names (LiteLLM's provider prefixes, OpenRouter). */
    private static final Set<String> PROVIDERS = Set.of(
            "ollama",
            "ollama_chat",
            "openrouter",
            "groq",
            "together_ai",
            "together",
            "togetherai",
            "fireworks_ai",
            "fireworks",
            "deepinfra",
            "huggingface",
            "hosted_vllm",
            "sambanova",
            "cerebras",
            "nvidia_nim",
            "bedrock",
            "azure_ai",
            "mistral",
            "deepseek",
            "replicate",
            "perplexity",
            "anyscale",
            "novita",
            "nebius",
            "hyperbolic",
            "featherless_ai",
            "lm_studio",
            "lmstudio",
            "dashscope",
            "siliconflow",
            "volcengine",
            "friendliai",
            "watsonx",
            "vertex_ai",
            "cloudflare",
            "workers-ai",
            "openai",
            "litellm_proxy",
            "text-completion-openai");

    /** OpenRouter's developer slugs that are no Hub namespace; the name's family attributes the model. */
    private static final Set<String> ROUTER_SLUGS = Set.of(
            "deepseek",
            "qwen",
            "z-ai",
            "thudm",
            "minimax",
            "cohere",
            "x-ai",
            "meta",
            "mistral",
            "nousresearch",
            "moonshotai",
            "baidu",
            "tencent",
            "bytedance",
            "alibaba",
            "ai21",
            "01-ai",
            "google",
            "microsoft",
            "nvidia",
            "ibm",
            "allenai",
            "inception",
            "arcee-ai");

    /** Hub paths that are pages, not repositories. */
    private static final Set<String> HUB_PAGES = Set.of(
            "datasets",
            "spaces",
            "docs",
            "blog",
            "papers",
            "settings",
            "join",
            "login",
            "pricing",
            "models",
            "organizations",
            "collections",
            "learn",
            "tasks",
            "chat",
            "new",
            "inference-endpoints",
            "enterprise",
            "posts",
            "search",
            "welcome",
            "terms-of-service",
            "privacy",
            "support",
            "changelog",
            "notifications",
            "huggingface",
            "static-proxy",
            "front",
            "oauth",
            "inference",
            "billing");

    /** Owners that are directories of a local path rather than Hub namespaces. */
    private static final Set<String> LOCAL_DIRECTORIES = Set.of(
            "models",
            "model",
            "data",
            "weights",
            "checkpoints",
            "checkpoint",
            "output",
            "outputs",
            "src",
            "lib",
            "app",
            "tmp",
            "cache",
            "local",
            "path",
            "config",
            "configs",
            "assets",
            "static",
            "public",
            "home",
            "user",
            "root",
            "var",
            "opt",
            "mnt",
            "workspace",
            "content",
            "drive",
            "artifacts",
            "saved_models",
            "pretrained");

    private final ModelNames names;
    private final Predicate<String> knownNamespace;

    /**
     * @param knownNamespace whether the registry lists a Hub namespace (matched regardless of case)
     */
    public ReferenceFinder(ModelNames names, Predicate<String> knownNamespace) {
        this.names = requireNonNull(names, "names is null");
        this.knownNamespace = requireNonNull(knownNamespace, "knownNamespace is null");
    }

    /** The state carried from one line of a file to the next. */
    final class FileScan {
        private final String file;
        private final FileKind kind;
        private final LineLexer lexer;
        private final Consumer<FoundReference> found;
        private boolean rustTests;
        /** Inside a list under a model key: an open bracket, or a YAML key's indentation (-1: none). */
        private boolean bracketList;

        private int yamlListIndent = -1;

        FileScan(String file, FileKind kind, Consumer<FoundReference> found) {
            this.file = file;
            this.kind = kind;
            this.lexer = new LineLexer(kind.syntax(), kind.bareWordsAreValues());
            this.found = found;
        }

        void line(String text, int number) {
            String line = text.length() > MAXIMUM_LINE ? text.substring(0, MAXIMUM_LINE) : text;
            byte[] marks = lexer.mark(line);
            if (file.endsWith(".rs") && line.strip().equals("#[cfg(test)]")) {
                rustTests = true;
            }
            boolean inList = listContext(line);
            int length = line.length();
            int index = 0;
            while (index < length) {
                if (!tokenCharacter(line.charAt(index))) {
                    index++;
                    continue;
                }
                int start = index;
                while (index < length && tokenCharacter(line.charAt(index))) {
                    index++;
                }
                int end = index;
                while (end > start && ".,:;-+".indexOf(line.charAt(end - 1)) >= 0) {
                    end--;
                }
                byte mark = marks[start];
                if (end - start >= 2
                        && (mark != LineLexer.CODE || proseLink(line, start, end))
                        && candidate(line, start, end)) {
                    classify(line, start, end, mark, inList, number).ifPresent(found);
                }
            }
            updateLists(line);
        }

        /** A Hugging Face link in documentation prose: a reference, unlike a bare name there. */
        private boolean proseLink(String line, int start, int end) {
            if (kind.syntax() != Syntax.MARKDOWN) {
                return false;
            }
            String token = line.substring(start, end).toLowerCase(Locale.ROOT);
            return token.contains("huggingface.co/") || token.contains("hf.co/");
        }

        private Scope scope(byte mark) {
            if (rustTests) {
                return Scope.TEST;
            }
            Scope scope = kind.scope();
            return mark == LineLexer.COMMENT && (scope == Scope.CODE || scope == Scope.CONFIG) ? Scope.COMMENT : scope;
        }

        private boolean listContext(String line) {
            if (bracketList) {
                return true;
            }
            if (yamlListIndent >= 0) {
                int indent = indentation(line);
                String stripped = line.strip();
                if (stripped.startsWith("- ") && indent >= yamlListIndent) {
                    return true;
                }
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    yamlListIndent = -1;
                }
            }
            return false;
        }

        private void updateLists(String line) {
            String lower = line.toLowerCase(Locale.ROOT);
            String stripped = lower.strip();
            if (bracketList) {
                if (lower.indexOf(']') >= 0) {
                    bracketList = false;
                }
                return;
            }
            int open = lower.lastIndexOf('[');
            if (open >= 0
                    && lower.indexOf(']', open) < 0
                    && MODEL_KEY.matcher(lower.substring(0, open + 1)).find()) {
                bracketList = true;
            }
            if (kind.syntax() == Syntax.HASH
                    && stripped.endsWith(":")
                    && !stripped.startsWith("-")
                    && stripped.replace("\"", "").replace("'", "").matches("[\\w.-]*models?[\\w.-]*:")) {
                yamlListIndent = indentation(line);
            }
        }

        private Optional<FoundReference> classify(
                String line, int start, int end, byte mark, boolean inList, int number) {
            String raw = line.substring(start, end);
            String before = line.substring(Math.max(0, start - CONTEXT), start).toLowerCase(Locale.ROOT);
            String after = line.substring(end, Math.min(line.length(), end + CONTEXT));
            Context context = new Context(before, after, inList, mark, kind.modelfile());
            return reference(raw, context)
                    .map(named -> new FoundReference(
                            file,
                            number,
                            raw,
                            named.kind,
                            scope(mark),
                            named.confidence,
                            named.hubId,
                            named.family,
                            named.hubId
                                    .map(ModelId::toString)
                                    .orElseGet(() -> named.family
                                            .map(ModelNames.Family::name)
                                            .orElse(raw))));
        }
    }

    /** Begins the scan of one file; hand it the file's lines in order. */
    FileScan scan(String file, FileKind kind, Consumer<FoundReference> found) {
        return new FileScan(file, kind, found);
    }

    /** What a candidate names, before it is placed in its file. */
    private record Named(
            Kind kind, Confidence confidence, Optional<ModelId> hubId, Optional<ModelNames.Family> family) {}

    /** What stands around a candidate on its line. */
    private record Context(String before, String after, boolean inList, byte mark, boolean modelfile) {
        boolean loader() {
            return LOADER_CALL.matcher(before).find()
                    || MODEL_FLAG.matcher(before).find()
                    || SERVE_COMMAND.matcher(before).find();
        }

        boolean modelKey() {
            return inList || MODEL_KEY.matcher(before).find();
        }

        boolean ollamaCommand() {
            return OLLAMA_COMMAND.matcher(before).find()
                    || modelfile && MODELFILE_FROM.matcher(before).find();
        }

        boolean ollama() {
            return before.contains("ollama") || ollamaCommand();
        }

        boolean excluded() {
            return !modelfile && DOCKER_IMAGE.matcher(before).find()
                    || MATCHING_BEFORE.matcher(before).find()
                    || MATCHING_AFTER.matcher(after).find()
                    || DATASET.matcher(before).find()
                    || DATASET_AFTER.matcher(after).find();
        }

        boolean strong() {
            return loader() || modelKey() || ollamaCommand();
        }
    }

    private Optional<Named> reference(String raw, Context context) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.startsWith("@") || lower.startsWith(".") || lower.startsWith("/") || lower.startsWith("~")) {
            return Optional.empty();
        }
        if (lower.contains("://")
                || lower.startsWith("huggingface.co/")
                || lower.startsWith("hf.co/")
                || lower.startsWith("www.huggingface.co/")) {
            return hubUrl(raw);
        }
        if (context.excluded()) {
            return Optional.empty();
        }
        String[] segments = raw.split("/", -1);
        if (segments.length >= 2 && PROVIDERS.contains(segments[0].toLowerCase(Locale.ROOT))) {
            Optional<Named> routed = routed(segments, context);
            if (routed.isPresent() || !knownNamespace.test(segments[0])) {
                return routed;
            }
        }
        if (segments.length == 4
                && segments[0].equalsIgnoreCase("accounts")
                && segments[2].equalsIgnoreCase("models")) {
            return vendor(segments[3], Confidence.HIGH);
        }
        if (segments.length == 2) {
            return ownerName(segments[0], segments[1], context, false);
        }
        if (segments.length != 1) {
            return Optional.empty();
        }
        if (lower.endsWith(".gguf")) {
            return gguf(raw);
        }
        int colon = raw.indexOf(':');
        if (colon >= 0) {
            return ollamaTag(raw.substring(0, colon), raw.substring(colon + 1), context);
        }
        return bareName(raw, context);
    }

    private Optional<Named> routed(String[] segments, Context context) {
        String provider = segments[0].toLowerCase(Locale.ROOT);
        String rest = String.join("/", java.util.Arrays.copyOfRange(segments, 1, segments.length));
        if (provider.startsWith("ollama")) {
            int colon = rest.indexOf(':');
            String name = colon < 0 ? rest : rest.substring(0, colon);
            if (name.equalsIgnoreCase("ollama") || !PART.matcher(name).matches()) {
                return Optional.empty();
            }
            return named(Kind.OLLAMA_TAG, Confidence.HIGH, name, true);
        }
        String[] parts = rest.split("/");
        if (parts.length == 4 && parts[0].equalsIgnoreCase("accounts") && parts[2].equalsIgnoreCase("models")) {
            return vendor(parts[3], Confidence.HIGH);
        }
        if (parts.length == 2) {
            return ownerName(parts[0], parts[1], context, true)
                    .filter(named -> knownNamespace.test(parts[0]) || named.family.isPresent());
        }
        if (parts.length == 1) {
            return vendor(parts[0], Confidence.HIGH);
        }
        return Optional.empty();
    }

    private Optional<Named> hubUrl(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        String path;
        if (lower.startsWith("hf://")) {
            path = raw.substring("hf://".length());
        } else {
            String withoutScheme = lower.contains("://") ? raw.substring(lower.indexOf("://") + 3) : raw;
            int slash = withoutScheme.indexOf('/');
            String host = slash < 0
                    ? withoutScheme
                    : withoutScheme.substring(0, slash).toLowerCase(Locale.ROOT);
            if (slash < 0
                    || !(host.equals("huggingface.co") || host.equals("www.huggingface.co") || host.equals("hf.co"))) {
                return Optional.empty();
            }
            path = withoutScheme.substring(slash + 1);
        }
        String[] segments = path.split("/");
        if (segments.length >= 3 && segments[0].equals("api") && segments[1].equals("models")) {
            segments = java.util.Arrays.copyOfRange(segments, 2, segments.length);
        }
        if (segments.length < 2 || HUB_PAGES.contains(segments[0].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String owner = segments[0];
        String name = segments[1];
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        if (name.endsWith(".git")) {
            name = name.substring(0, name.length() - ".git".length());
        }
        if (!PART.matcher(owner).matches() || !PART.matcher(name).matches() || names.proprietary(name)) {
            return Optional.empty();
        }
        Kind kind = lower.endsWith(".gguf") ? Kind.GGUF_FILE : Kind.HUB_ID;
        return Optional.of(new Named(kind, Confidence.HIGH, Optional.of(new ModelId(owner, name)), names.family(name)));
    }

    private Optional<Named> ownerName(String owner, String name, Context context, boolean routed) {
        if (!PART.matcher(owner).matches() || !PART.matcher(name).matches() || names.proprietary(name)) {
            return Optional.empty();
        }
        boolean strong = routed || context.loader() || context.modelKey();
        boolean known = knownNamespace.test(owner);
        Optional<ModelNames.Family> family = names.family(name);
        boolean slug = ROUTER_SLUGS.contains(owner.toLowerCase(Locale.ROOT));
        if (!known && slug) {
            Optional<ModelId> vendorModel = names.vendorModel(name);
            if (vendorModel.isPresent()) {
                return Optional.of(new Named(
                        Kind.VENDOR_NAME,
                        strong ? Confidence.HIGH : Confidence.MEDIUM,
                        vendorModel,
                        names.family(vendorModel.get().name())));
            }
            if (family.isPresent()) {
                return Optional.of(new Named(
                        Kind.VENDOR_NAME, strong ? Confidence.HIGH : Confidence.MEDIUM, Optional.empty(), family));
            }
        }
        ModelId id = new ModelId(owner, name);
        if (strong) {
            if (!known && LOCAL_DIRECTORIES.contains(owner.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of(new Named(Kind.HUB_ID, Confidence.HIGH, Optional.of(id), family));
        }
        if (known && (family.isPresent() || MODEL_LIKE.matcher(name).matches())) {
            return Optional.of(new Named(Kind.HUB_ID, Confidence.MEDIUM, Optional.of(id), family));
        }
        return Optional.empty();
    }

    private Optional<Named> ollamaTag(String name, String tag, Context context) {
        if (!PART.matcher(name).matches() || !TAG.matcher(tag).matches() || names.proprietary(name)) {
            return Optional.empty();
        }
        if (context.ollamaCommand()) {
            return named(Kind.OLLAMA_TAG, Confidence.HIGH, name, true);
        }
        return named(
                Kind.OLLAMA_TAG,
                context.strong() || context.ollama() ? Confidence.HIGH : Confidence.MEDIUM,
                name,
                false);
    }

    private Optional<Named> bareName(String name, Context context) {
        if (!PART.matcher(name).matches() || names.proprietary(name)) {
            return Optional.empty();
        }
        boolean modelKey = context.modelKey();
        if (context.ollamaCommand()) {
            return named(Kind.OLLAMA_TAG, Confidence.HIGH, name, true);
        }
        Optional<ModelId> vendorModel = names.vendorModel(name);
        if (vendorModel.isPresent() && context.mark() != LineLexer.CODE) {
            return Optional.of(new Named(
                    Kind.VENDOR_NAME,
                    modelKey ? Confidence.HIGH : Confidence.MEDIUM,
                    vendorModel,
                    names.family(vendorModel.get().name())));
        }
        if (context.loader() || modelKey) {
            Optional<ModelId> legacy = names.legacyId(name);
            if (legacy.isPresent()) {
                return Optional.of(new Named(
                        Kind.HUB_ID,
                        Confidence.HIGH,
                        legacy,
                        names.family(legacy.get().name())));
            }
        }
        if (name.indexOf('_') >= 0 || ARCHITECTURE.matcher(name).matches()) {
            return Optional.empty();
        }
        Kind kind = context.ollama() ? Kind.OLLAMA_TAG : Kind.VENDOR_NAME;
        if (modelKey) {
            return named(kind, Confidence.HIGH, name, false);
        }
        boolean quoted = context.mark() == LineLexer.STRING;
        if (quoted && name.chars().anyMatch(Character::isDigit) && name.length() > 3) {
            return named(kind, Confidence.MEDIUM, name, false);
        }
        return Optional.empty();
    }

    private Optional<Named> gguf(String raw) {
        String name = raw.substring(raw.lastIndexOf('/') + 1, raw.length() - ".gguf".length());
        Optional<ModelNames.Family> family = names.family(name);
        return family.map(found -> new Named(Kind.GGUF_FILE, Confidence.MEDIUM, Optional.empty(), Optional.of(found)));
    }

    private Optional<Named> vendor(String name, Confidence confidence) {
        if (!PART.matcher(name).matches() || names.proprietary(name)) {
            return Optional.empty();
        }
        Optional<ModelId> vendorModel = names.vendorModel(name);
        if (vendorModel.isPresent()) {
            return Optional.of(new Named(
                    Kind.VENDOR_NAME,
                    confidence,
                    vendorModel,
                    names.family(vendorModel.get().name())));
        }
        return names.family(name)
                .map(family -> new Named(Kind.VENDOR_NAME, confidence, Optional.empty(), Optional.of(family)));
    }

    /** A name known by its family; {@code listedUnresolved}: kept even without one (an Ollama command's argument). */
    private Optional<Named> named(Kind kind, Confidence confidence, String name, boolean listedUnresolved) {
        Optional<ModelNames.Family> family = names.family(name);
        if (family.isEmpty() && !listedUnresolved) {
            return Optional.empty();
        }
        return Optional.of(new Named(kind, confidence, Optional.empty(), family));
    }

    private boolean candidate(String line, int start, int end) {
        for (int index = start; index < end; index++) {
            char current = line.charAt(index);
            if (current == '/' || current == ':') {
                return true;
            }
        }
        return end - start >= 2 && Character.isLetter(line.charAt(start));
    }

    private static boolean tokenCharacter(char character) {
        return character < 128 ? Character.isLetterOrDigit(character) || "._:/@+~-".indexOf(character) >= 0 : false;
    }

    private static int indentation(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
