package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /** How many lines from a GGUF file name its repository may be named. */
    private static final int NEARBY = 10;

    private static final GatedPattern LOADER_CALL = GatedPattern.of(
            "(?:from_pretrained|pipeline|hf_hub_download"
                    + "|snapshot_download|sentencetransformer|crossencoder|\\bllm|load_model|automodel\\w*|autotokenizer"
                    + "|textembedding\\w*|huggingface\\w*|inferenceclient|fastembed\\w*|flagembedding|bgem3flagmodel"
                    + "|flagreranker|hfapimodel|transformersmodel|vllmmodel|from_model_id|from_hub)\\s*[(<][^()]*$",
            "pretrained",
            "pipeline",
            "download",
            "transformer",
            "encoder",
            "llm",
            "model",
            "tokenizer",
            "embed",
            "huggingface",
            "inferenceclient",
            "reranker",
            "from_hub");

    private static final GatedPattern MODEL_FLAG = GatedPattern.of(
            "(?:--(?:model|model-id|model_id|model-name|model_name"
                    + "|model-path|hf-repo|hf-model|hf-model-repo-id|tokenizer|served-model-name|base-model|base_model"
                    + "|pretrained_model_name_or_path|model_name_or_path|embedding-model|embedding_model)|(?:^|\\s)-hf)"
                    + "(?:\\s+|=)[\"']?$",
            "--",
            "-hf");

    private static final GatedPattern SERVE_COMMAND = GatedPattern.of(
            "(?:vllm\\s+serve|huggingface-cli\\s+download"
                    + "|\\bhf\\s+download|text-generation-launcher|llama-server|mlx_lm\\.\\w+|sglang\\.launch_server)"
                    + "(?:\\s+--?[\\w-]+(?:[= ][\\w./:-]+)?)*\\s+[\"']?$",
            "serve",
            "download",
            "launch",
            "mlx_lm");

    private static final GatedPattern MODEL_KEY = GatedPattern.of(
                    "(?:model|llm|ollama|embedder|embedding|embeddings|encoder"
                            + "|reranker|checkpoint|repo_id|repoid|hf_repo|base_model|tokenizer|engine)[\\w.-]*[\"'\\]]?\\s*"
                            + "(?::|=|:=|=>|,|\\|\\||\\?\\?|:-|\\bor\\b|\\bdefault\\b\\s*[:=]?)\\s*[\\[({]?"
                            + "(?:\\s*[\"'`][^\"'`]*[\"'`]\\s*,)*\\s*[\"'`]?$",
                    "model",
                    "llm",
                    "ollama",
                    "embed",
                    "encoder",
                    "reranker",
                    "checkpoint",
                    "repo",
                    "tokenizer",
                    "engine",
                    "hf_repo")
            .where(ReferenceFinder::mayFollowKey)
            .fromWords();

    /**
     * Whether the text before a candidate ends as {@link #MODEL_KEY} needs: after an optional quote, white space,
     * an earlier string of a list and an opening bracket, a separator ({@code : = , | ? - >}) or the word {@code
     * or} or {@code default}. A necessary condition, tested backwards from the end in a few steps, so that the
     * expression runs only on the few texts that may match.
     */
    private static boolean mayFollowKey(String text) {
        int end = text.length();
        if (end > 0 && quote(text.charAt(end - 1))) {
            end--;
        }
        end = strippedEnd(text, end);
        if (end > 0 && text.charAt(end - 1) == ',') {
            return true;
        }
        if (end > 0 && "[({".indexOf(text.charAt(end - 1)) >= 0) {
            end = strippedEnd(text, end - 1);
        }
        if (end == 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        return ":=,|?->".indexOf(last) >= 0
                || text.startsWith("or", end - 2)
                || text.startsWith("default", end - "default".length());
    }

    private static boolean quote(char character) {
        return character == '"' || character == '\'' || character == '`';
    }

    private static int strippedEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static final GatedPattern OLLAMA_COMMAND = GatedPattern.of(
            "ollama[\"',\\s]+(?:pull|run|create|show|push|cp|rm|stop)[\"',\\s]+(?:-[\\w-]+\\s+)*"
                    + "(?:[\\w.-]+\\s+)?[\"']?$",
            "ollama");

    private static final Pattern MODELFILE_FROM = Pattern.compile("^\\s*from\\s+$");

    private static final GatedPattern DOCKER_IMAGE = GatedPattern.of(
            "(?:^\\s*from\\s+(?:--platform=\\S+\\s+)?" + "|\\bimage\\s*[:=]\\s*[\"']?|docker\\s+(?:pull|push)\\s+)$",
            "from",
            "image",
            "docker");

    /** A name the code compares a model with ({@code "llama3" in model}, {@code name.startsWith("qwen")}). */
    private static final GatedPattern MATCHING_BEFORE = GatedPattern.of(
            "(?:startswith|endswith|hasprefix|hassuffix|includes|contains|indexof|match|search|test|has|find|replace"
                    + "|split|lower\\(\\)\\s*==)"
                    + "\\s*\\(?[^()\"'`]*[\"'`]$|(?:==|!=|===|!==|=>)\\s*[\"'`]$|\\bcase\\s+[\"'`]$",
            "startswith",
            "endswith",
            "has",
            "includes",
            "contains",
            "indexof",
            "match",
            "search",
            "test",
            "find",
            "replace",
            "split",
            "lower",
            "==",
            "!=",
            "=>",
            "case");

    private static final Pattern MATCHING_AFTER =
            Pattern.compile("^[\"'`]\\s*(?:(?:not\\s+)?in\\b|==|!=|===|!==|=>|\\|\\s*[\"']|\\)?\\s*\\.test\\()");

    /** A key whose values are families or architectures, not models ({@code families: ["Qwen3"]}). */
    private static final GatedPattern FAMILY_KEY = GatedPattern.of(
            "(?:famil(?:y|ies)|arch(?:itecture)?s?|model_type"
                    + "|series)[\\w.-]*[\"'\\]]?\\s*(?::|=)\\s*&?[\\[({]?(?:\\s*[\"'`][^\"'`]*[\"'`]\\s*,)*\\s*[\"'`]?$",
            "famil",
            "arch",
            "model_type",
            "series");

    /** A configuration line's key before its value. */
    private static final Pattern KEYED_VALUE = Pattern.compile("^\\s*(?:-\\s+)?[\\w.-]+\\s*[:=]\\s*$");

    /** Keys whose values name no model, though they may look like one ({@code license: llama2}). */
    private static final GatedPattern NOT_MODEL_KEY = GatedPattern.of(
            "(?:license|tags?|keywords|labels?|categor(?:y|ies)|icon|version|runtime|language)\\s*[:=]\\s*$",
            "license",
            "tag",
            "keywords",
            "label",
            "categor",
            "icon",
            "version",
            "runtime",
            "language");

    private static final GatedPattern DATASET =
            GatedPattern.of("(?:load_dataset|dataset[\\w]*)\\s*[(:=]\\s*[\"']?$", "dataset");

    private static final GatedPattern DATASET_AFTER =
            GatedPattern.of("^[^)]*repo_type\\s*=\\s*[\"'](?:dataset|space)", "repo_type");

    private static final Pattern MODEL_LIKE = Pattern.compile(
            ".*(?:\\d|instruct|chat|base|large|small|medium|tiny|mini|xl|embed|gguf|awq|gptq|uncased|cased|coder"
                    + "|vision|-it\\b|bert|roberta|gpt|whisper|clip|vit|diffusion|minilm|mpnet|rerank|sentiment|ner"
                    + "|squad|distil).*",
            Pattern.CASE_INSENSITIVE);

    /**
     * Amazon Bedrock's model ids: an optional region, the provider, the model and its version, which every id ends
     * with and a property key ({@code deepseek.api.key}) does not ({@code
     * us.meta.llama3-3-70b-instruct-v1:0}, {@code us.deepseek.r1-v1:0}); see the Bedrock user guide's table of
     * supported models.
     */
    private static final Pattern BEDROCK = Pattern.compile(
            "(?:(?:us|eu|apac|us-gov|global)\\.)?(meta|mistral|deepseek|stability|qwen|openai|writer|cohere|ai21"
                    + "|amazon|anthropic)\\.([a-z0-9][a-z0-9._-]*?)(?:-v\\d+(?::\\d+)?|-\\d+:\\d+|:\\d+)",
            Pattern.CASE_INSENSITIVE);

    /** The Hub namespace of each Bedrock provider whose models are open weights. */
    private static final Map<String, String> BEDROCK_DEVELOPERS = Map.of(
            "meta",
            "meta-llama",
            "mistral",
            "mistralai",
            "deepseek",
            "deepseek-ai",
            "stability",
            "stabilityai",
            "qwen",
            "Qwen",
            "openai",
            "openai");

    /** Bedrock providers all of whose models there are open weights: a name of no known family is still theirs. */
    private static final Set<String> BEDROCK_ALL_OPEN = Set.of("meta", "deepseek", "qwen", "openai");

    /**
     * A repository name only a model has: a parameter count ({@code 7B}, {@code 8x7B}, {@code 135M}, {@code A3B}) as
     * one of its words. Owners the registry does not know count with such a name.
     */
    private static final Pattern SIZED_MODEL = Pattern.compile(
            "(?:.*[-_.])?(?:\\d+(?:\\.\\d+)?[bm]|\\d+x\\d+b|a\\d+b)(?:[-_.].*)?", Pattern.CASE_INSENSITIVE);

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
            "gemini",
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

    /** Owners that are directories of a local path, or media types, rather than Hub namespaces. */
    private static final Set<String> LOCAL_DIRECTORIES = Set.of(
            "application",
            "text",
            "image",
            "audio",
            "video",
            "multipart",
            "font",
            "message",
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
        private final boolean rust;
        /** A file about Ollama (its path says so): its quoted family names are Ollama tags. */
        private final boolean ollamaFile;

        private boolean rustTests;
        /** The list that spans lines this one is in (see updateLists), and a YAML model list's indentation. */
        private int block = NO_LIST;

        private char blockOpen;
        private char blockClose;
        private int depth;

        private int yamlListIndent = -1;

        private final List<Candidate> candidates = new ArrayList<>();

        /** The line being read: {@code text[from, to)}, and as a string once asked for. */
        private byte[] text;

        private int from;
        private int to;
        private String line;
        private final Latin1.View view = new Latin1.View();
        /** Where the line's last '[' or '{' stands, or -1. */
        private int lastBracket;
        /** Whether any word of the line may be a name (see anyWord), once known. */
        private int anyWord;
        /** Where the file's first "ollama" stands (its length for none), once a line asks; lines before it hold none. */
        private int firstOllama = -1;

        FileScan(String file, FileKind kind, Consumer<FoundReference> found) {
            this.file = file;
            this.kind = kind;
            this.lexer = new LineLexer(kind.syntax(), kind.bareWordsAreValues());
            this.found = found;
            this.rust = file.endsWith(".rs");
            this.ollamaFile = file.toLowerCase(Locale.ROOT).contains("ollama");
        }

        /**
         * Scans the file's bytes line by line, then classifies what the lines held. One pass over each line finds its
         * end, whether it holds a character that may open a string or a comment, and its last opening bracket.
         */
        void lines(byte[] bytes) {
            int start = 0;
            int number = 1;
            int length = bytes.length;
            while (start <= length) {
                int index = start;
                boolean opens = false;
                int bracket = -1;
                while (index < length) {
                    byte role = LINE_BYTES[bytes[index] & 0xff];
                    if (role != 0) {
                        if (role == NEWLINE) {
                            break;
                        }
                        opens |= (role & OPENS) != 0;
                        if ((role & BRACKET) != 0) {
                            bracket = index;
                        }
                    }
                    index++;
                }
                int lineEnd = index > start && bytes[index - 1] == '\r' ? index - 1 : index;
                if (lineEnd > start) {
                    int end = Math.min(lineEnd, start + MAXIMUM_LINE);
                    if (end < lineEnd) {
                        opens = LineLexer.mayOpen(bytes, start, end);
                        bracket = Latin1.lastIndexOf(bytes, start, end, '[', '{');
                    }
                    line(bytes, start, end, number, opens, bracket);
                }
                if (index >= length) {
                    break;
                }
                start = index + 1;
                number++;
            }
            finish();
        }

        /**
         * Reads one line, {@code text[from, to)}: its words in strings, values and comments become candidates. Most
         * lines hold none, so the line is made a string only when a candidate or a list needs it.
         */
        private void line(byte[] text, int from, int to, int number, boolean opens, int bracket) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.line = null;
            this.lastBracket = bracket;
            byte[] marks = lexer.mark(text, from, to, opens);
            if (rust
                    && Latin1.startsWith(text, Latin1.firstNonBlank(text, from, to), to, ATTRIBUTE)
                    && Latin1.contains(text, from, to, CFG_TEST)
                    && line().strip().equals("#[cfg(test)]")) {
                rustTests = true;
            }
            boolean inList = listContext();
            if (!lexer.notOnlyCode() && kind.syntax() != Syntax.MARKDOWN) {
                updateLists();
                return;
            }
            anyWord = kind.modelfile() || ollamaFile ? YES : UNKNOWN;
            int length = to - from;
            int index = 0;
            // Words start in the runs that are not code (the whole line in prose), and may run on past them.
            for (int run = 0; run < lexer.runs(); run++) {
                index = Math.max(index, lexer.runStart(run));
                int runEnd = lexer.runEnd(run);
                while (index < runEnd) {
                    if (!tokenCharacter(text[from + index])) {
                        index++;
                        continue;
                    }
                    int start = index;
                    int separator = Integer.MAX_VALUE;
                    int role;
                    while (index < length && (role = tokenRole(text[from + index])) != NOT_TOKEN) {
                        if (role == SEPARATOR && separator > index) {
                            separator = index;
                        }
                        index++;
                    }
                    int end = index;
                    while (end > start && trailing(text[from + end - 1])) {
                        end--;
                    }
                    byte mark = marks[start];
                    if (end - start >= 2
                            && (mark != LineLexer.CODE || proseLink(start, end))
                            && (separator < end || candidate(start, end))) {
                        candidates.add(new Candidate(
                                line(), start, end, mark, inList, block == FAMILY_LIST, number, scope(mark)));
                    }
                }
            }
            updateLists();
        }

        /** Whether any word of the line may be a name: in a Modelfile, a file about Ollama, a line saying ollama. */
        private boolean anyWord() {
            if (anyWord == UNKNOWN) {
                if (firstOllama < 0) {
                    int first = OLLAMA.in(text, 0, text.length);
                    firstOllama = first < 0 ? text.length : first;
                }
                anyWord = firstOllama < to && OLLAMA.in(text, Math.max(from, firstOllama), to) >= 0 ? YES : NO;
            }
            return anyWord == YES;
        }

        /** The line being read, as a string. */
        private String line() {
            if (line == null) {
                line = Latin1.text(text, from, to);
            }
            return line;
        }

        /**
         * Whether a word of the line with no slash or colon (those are always worth classifying) is: it may start a
         * name, or is GGUF.
         */
        private boolean candidate(int start, int end) {
            return Latin1.letter(text[from + start]) && anyWord()
                    || names.mayName(view.of(text, from, to), start, end)
                    || end >= GGUF.length
                            && Latin1.startsWithIgnoringCase(text, from + end - GGUF.length, from + end, GGUF);
        }

        /** A Hugging Face link in documentation prose: a reference, unlike a bare name there. */
        private boolean proseLink(int start, int end) {
            if (kind.syntax() != Syntax.MARKDOWN || Latin1.indexOf(text, from + start, from + end, '/') < 0) {
                return false;
            }
            for (int index = from + start; index < from + end; index++) {
                if (Latin1.startsWithIgnoringCase(text, index, to, HUGGING_FACE_HOST)
                        || Latin1.startsWithIgnoringCase(text, index, to, SHORT_HOST)) {
                    return true;
                }
            }
            return false;
        }

        private Scope scope(byte mark) {
            if (rustTests) {
                return Scope.TEST;
            }
            Scope scope = kind.scope();
            return mark == LineLexer.COMMENT && (scope == Scope.CODE || scope == Scope.CONFIG) ? Scope.COMMENT : scope;
        }

        private boolean listContext() {
            if (block == MODEL_LIST) {
                return true;
            }
            if (yamlListIndent >= 0) {
                int indent = indentation();
                int first = Latin1.firstNonBlank(text, from, to);
                int last = Latin1.lastNonBlankEnd(text, first, to);
                if (Latin1.startsWith(text, first, last, LIST_ITEM) && indent >= yamlListIndent) {
                    return true;
                }
                if (first < last && text[first] != '#') {
                    yamlListIndent = -1;
                }
            }
            return false;
        }

        /**
         * Follows the lists that span lines: a list of models ({@code models = [}, {@code ollamaPrefixes =
         * []string{}) whose names are references, and a table of families or architectures ({@code "families": {})
         * whose names are not; each ends where its brackets balance.
         */
        private void updateLists() {
            if (block != NO_LIST) {
                depth += Latin1.balance(text, from, to, blockOpen, blockClose);
                if (depth <= 0) {
                    block = NO_LIST;
                }
                return;
            }
            int open = lastBracket;
            char opening = open < 0 ? '[' : Latin1.character(text[open]);
            char closing = opening == '[' ? ']' : '}';
            boolean list = open >= 0 && keyBeforeList(open);
            int balance = list ? Latin1.balance(text, from, to, opening, closing) : 0;
            list = balance > 0;
            boolean yamlKey = kind.syntax() == Syntax.HASH && (open >= 0 || to > from && text[to - 1] == ':');
            if (yamlKey) {
                int stripped = Latin1.lastNonBlankEnd(text, from, to);
                yamlKey = stripped > from && text[stripped - 1] == ':';
            }
            if (!list && !yamlKey) {
                return;
            }
            boolean models = mentionsModels();
            boolean families = list && mentionsFamilies();
            if (list && (families || models)) {
                String head = Latin1.text(text, from, open + 1).toLowerCase(Locale.ROOT);
                if (families && listHead(head, FAMILY_WORDS)) {
                    block = FAMILY_LIST;
                } else if (models && listHead(head, MODEL_WORDS)) {
                    block = MODEL_LIST;
                }
                if (block != NO_LIST) {
                    blockOpen = opening;
                    blockClose = closing;
                    depth = balance;
                }
            }
            if (yamlKey && models) {
                String key = line().toLowerCase(Locale.ROOT).strip();
                if (!key.startsWith("-")
                        && key.replace("\"", "").replace("'", "").matches("[\\w.-]*models?[\\w.-]*:")) {
                    yamlListIndent = indentation();
                }
            }
        }

        /** Whether the line can open a list of models: it says model, LLM, Ollama or embedder in some case. */
        private boolean mentionsModels() {
            for (int index = from; index < to; index++) {
                byte current = text[index];
                if (current == 'o' && Latin1.startsWith(text, index, to, ODEL)
                        || current == 'O' && Latin1.startsWith(text, index, to, ODEL_UPPER)
                        || current == 'l'
                                && (Latin1.startsWith(text, index, to, LLM)
                                        || Latin1.startsWith(text, index, to, LLAMA))
                        || current == 'L'
                                && (Latin1.startsWith(text, index, to, LLM_UPPER)
                                        || Latin1.startsWith(text, index, to, LLAMA_UPPER))
                        || current == 'm' && Latin1.startsWith(text, index, to, MBEDDER)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the line can open a table of families or architectures. */
        private boolean mentionsFamilies() {
            for (int index = from; index < to; index++) {
                byte current = text[index];
                if (current == 'a' && Latin1.startsWith(text, index, to, AMIL)
                        || current == 'A' && Latin1.startsWith(text, index, to, AMIL_UPPER)
                        || current == 'r' && Latin1.startsWith(text, index, to, RCHITECTURE)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the line's text before the open bracket at {@code open} is a list's key ({@code models = [}, {@code
         * ollamaPrefixes = []string{}, {@code vec![}); not an object under a model key ({@code model: {}), whose values
         * are settings.
         */
        private boolean keyBeforeList(int open) {
            int end = Latin1.lastNonBlankEnd(text, from, open);
            for (byte[] ending : LIST_KEY_ENDINGS) {
                if (end - from >= ending.length
                        && Latin1.startsWithIgnoringCase(text, end - ending.length, end, ending)) {
                    return true;
                }
            }
            return false;
        }

        private int indentation() {
            int index = from;
            while (index < to && text[index] == ' ') {
                index++;
            }
            return index - from;
        }

        /** Whether the head of a list (the line up to its bracket, in lower case) names one of the words. */
        private static boolean listHead(String head, List<String> words) {
            for (String word : words) {
                if (head.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Classifies the candidates the lines gave, once the file is read: kept apart from the loop over characters so
         * that the loop stays small for the compiler.
         */
        private void finish() {
            List<FoundReference> references = new ArrayList<>();
            for (Candidate candidate : candidates) {
                classify(candidate).ifPresent(references::add);
            }
            candidates.clear();
            for (FoundReference reference : references) {
                found.accept(
                        reference.kind() == Kind.GGUF_FILE && reference.hubId().isEmpty()
                                ? inNearbyRepository(reference, references)
                                : reference);
            }
        }

        /**
         * A GGUF file named alone belongs to the GGUF repository the file names within {@link #NEARBY} lines (a
         * gallery's {@code uri:}, a {@code repo_id=} beside {@code filename=}), the nearest one; else it stays a file
         * of its family.
         */
        private FoundReference inNearbyRepository(FoundReference file, List<FoundReference> references) {
            FoundReference nearest = null;
            for (FoundReference reference : references) {
                boolean repository = reference.hubId().isPresent()
                        && reference
                                .hubId()
                                .get()
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .contains("gguf");
                int distance = Math.abs(reference.line() - file.line());
                if (repository
                        && distance <= NEARBY
                        && (nearest == null || distance < Math.abs(nearest.line() - file.line()))) {
                    nearest = reference;
                }
            }
            if (nearest == null) {
                return file;
            }
            ModelId repository = nearest.hubId().get();
            return new FoundReference(
                    file.file(),
                    file.line(),
                    file.raw(),
                    file.kind(),
                    file.scope(),
                    file.confidence(),
                    Optional.of(repository),
                    file.family(),
                    repository.toString());
        }

        private Optional<FoundReference> classify(Candidate candidate) {
            String line = candidate.line();
            int start = candidate.start();
            int end = candidate.end();
            byte mark = candidate.mark();
            int number = candidate.number();
            String raw = line.substring(start, end);
            Context context = new Context(line, start, end, candidate.inList(), mark, kind.modelfile(), ollamaFile);
            if (candidate.inFamilies()) {
                return Optional.empty();
            }
            return reference(raw, context)
                    .map(named -> new FoundReference(
                            file,
                            number,
                            raw,
                            named.kind,
                            candidate.scope(),
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

    /** A word worth classifying, with what its line said about it. */
    private record Candidate(
            String line, int start, int end, byte mark, boolean inList, boolean inFamilies, int number, Scope scope) {}

    private static final int NO_LIST = 0;
    private static final int MODEL_LIST = 1;
    private static final int FAMILY_LIST = 2;
    private static final List<String> MODEL_WORDS = List.of("models", "ollama", "llms", "embedders");
    private static final List<String> FAMILY_WORDS = List.of("famil", "architecture");
    private static final int UNKNOWN = 0;
    private static final int YES = 1;
    private static final int NO = 2;
    private static final byte NEWLINE = 1;
    private static final byte OPENS = 2;
    private static final byte BRACKET = 4;
    /** What each byte is to the pass that splits lines: a line's end, a possible opening of a string or comment, a bracket. */
    private static final byte[] LINE_BYTES = new byte[256];

    static {
        LINE_BYTES['\n'] = NEWLINE;
        LINE_BYTES['['] = BRACKET;
        LINE_BYTES['{'] = BRACKET;
        for (int value = 0; value < 128; value++) {
            if (LineLexer.opens((byte) value)) {
                LINE_BYTES[value] |= OPENS;
            }
        }
    }

    private static final byte[] HUGGING_FACE_HOST = Latin1.bytes("huggingface.co/");
    private static final byte[] SHORT_HOST = Latin1.bytes("hf.co/");
    private static final byte[] CFG_TEST = Latin1.bytes("cfg(test)");
    private static final List<byte[]> LIST_KEY_ENDINGS =
            Stream.of("=", ":", "]string", "(", "![", "vec!").map(Latin1::bytes).toList();
    private static final byte[] ATTRIBUTE = Latin1.bytes("#[");
    private static final byte[] ODEL = Latin1.bytes("odel");
    private static final byte[] ODEL_UPPER = Latin1.bytes("ODEL");
    private static final byte[] LLM = Latin1.bytes("llm");
    private static final byte[] LLM_UPPER = Latin1.bytes("LLM");
    private static final byte[] LLAMA = Latin1.bytes("llama");
    private static final byte[] LLAMA_UPPER = Latin1.bytes("LLAMA");
    private static final byte[] MBEDDER = Latin1.bytes("mbedder");
    private static final byte[] AMIL = Latin1.bytes("amil");
    private static final byte[] AMIL_UPPER = Latin1.bytes("AMIL");
    private static final byte[] RCHITECTURE = Latin1.bytes("rchitecture");
    private static final Latin1.Needle OLLAMA = new Latin1.Needle("ollama");
    private static final byte[] GGUF = Latin1.bytes(".gguf");
    private static final byte[] LIST_ITEM = Latin1.bytes("- ");

    /** The references in one file's bytes (UTF-8 or any ASCII-compatible encoding), in the order of its lines. */
    List<FoundReference> find(String file, FileKind kind, byte[] bytes) {
        List<FoundReference> found = new ArrayList<>();
        new FileScan(file, kind, found::add).lines(bytes);
        return found;
    }

    /** What a candidate names, before it is placed in its file. */
    private record Named(
            Kind kind, Confidence confidence, Optional<ModelId> hubId, Optional<ModelNames.Family> family) {}

    /** What stands around a candidate on its line, each test run once and only when a rule asks. */
    private static final class Context {
        private final String line;
        private final int start;
        private final int end;
        private String before;
        private String after;
        private final boolean inList;
        private final byte mark;
        private final boolean modelfile;
        private Boolean loader;
        private Boolean modelKey;
        private Boolean ollamaCommand;
        private Boolean comparison;
        private Boolean otherExclusion;

        private final boolean ollamaFile;

        Context(String line, int start, int end, boolean inList, byte mark, boolean modelfile, boolean ollamaFile) {
            this.ollamaFile = ollamaFile;
            this.line = line;
            this.start = start;
            this.end = end;
            this.inList = inList;
            this.mark = mark;
            this.modelfile = modelfile;
        }

        byte mark() {
            return mark;
        }

        private String before() {
            if (before == null) {
                before = line.substring(Math.max(0, start - CONTEXT), start).toLowerCase(Locale.ROOT);
            }
            return before;
        }

        private String after() {
            if (after == null) {
                after = line.substring(end, Math.min(line.length(), end + CONTEXT));
            }
            return after;
        }

        boolean loader() {
            if (loader == null) {
                loader = (before().indexOf('(') >= 0 || before().indexOf('<') >= 0) && LOADER_CALL.find(before())
                        || MODEL_FLAG.find(before())
                        || SERVE_COMMAND.find(before());
            }
            return loader;
        }

        boolean modelKey() {
            if (modelKey == null) {
                modelKey = inList || MODEL_KEY.find(before());
            }
            return modelKey;
        }

        boolean ollamaCommand() {
            if (ollamaCommand == null) {
                ollamaCommand = OLLAMA_COMMAND.find(before())
                        || modelfile && MODELFILE_FROM.matcher(before()).find();
            }
            return ollamaCommand;
        }

        /**
         * Whether the candidate is a whole value, not a word of a sentence: a string literal of just the name, or a
         * configuration value of just the name after its key ({@code model: llama3}, {@code name=qwen2.5-7b}).
         */
        boolean wholeValue() {
            if (mark == LineLexer.STRING) {
                if (start == 0 || end >= line.length()) {
                    return false;
                }
                char open = line.charAt(start - 1);
                return (open == '"' || open == '\'' || open == '`') && line.charAt(end) == open;
            }
            if (mark == LineLexer.VALUE) {
                return KEYED_VALUE.matcher(line.substring(0, start)).find()
                        && line.substring(end).isBlank()
                        && !NOT_MODEL_KEY.find(before());
            }
            return false;
        }

        /** Whether the name is Ollama's: the line or the file's path says Ollama, or an Ollama command runs it. */
        boolean ollama() {
            return ollamaFile || before().contains("ollama") || ollamaCommand();
        }

        /**
         * Whether the context rules the candidate out: a docker image, a dataset, a family list or a comparison (a
         * comparison rules out only names of a family, not a Hub id or a vendor's model).
         */
        boolean excluded() {
            return comparison() || otherExclusion();
        }

        /** Excluded only because the code compares a name with this text. */
        boolean matchingOnly() {
            return !otherExclusion();
        }

        private boolean comparison() {
            if (comparison == null) {
                comparison = MATCHING_BEFORE.find(before())
                        || MATCHING_AFTER.matcher(after()).find();
            }
            return comparison;
        }

        private boolean otherExclusion() {
            if (otherExclusion == null) {
                otherExclusion = !modelfile && DOCKER_IMAGE.find(before())
                        || DATASET.find(before())
                        || DATASET_AFTER.find(after())
                        || FAMILY_KEY.find(before());
            }
            return otherExclusion;
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
        return named(raw, lower, context)
                .filter(named -> !context.excluded() || named.hubId.isPresent() && context.matchingOnly());
    }

    private Optional<Named> named(String raw, String lower, Context context) {
        String[] segments = raw.split("/", -1);
        if (segments.length >= 2 && PROVIDERS.contains(segments[0].toLowerCase(Locale.ROOT))) {
            Optional<Named> routed = routed(segments, context);
            if (routed.isPresent() || !knownNamespace.test(segments[0])) {
                return routed;
            }
        }
        if (segments.length == 1 && lower.indexOf('.') > 0) {
            Matcher bedrock = BEDROCK.matcher(raw);
            if (bedrock.matches()) {
                return bedrock(bedrock.group(1).toLowerCase(Locale.ROOT), bedrock.group(2));
            }
        }
        if (segments.length == 4
                && segments[0].equalsIgnoreCase("accounts")
                && segments[2].equalsIgnoreCase("models")) {
            return vendor(segments[3], Confidence.HIGH);
        }
        if (segments.length >= 3 && lower.endsWith(".gguf")) {
            if (knownNamespace.test(segments[0]) && part(segments[1])) {
                ModelId repository = new ModelId(segments[0], segments[1]);
                return Optional.of(
                        new Named(Kind.GGUF_FILE, Confidence.HIGH, Optional.of(repository), names.family(segments[1])));
            }
            return gguf(raw);
        }
        if (segments.length == 2) {
            return ownerName(segments[0], segments[1], context, false).filter(open(segments[1]));
        }
        if (segments.length != 1) {
            return Optional.empty();
        }
        if (lower.endsWith(".gguf")) {
            return gguf(raw);
        }
        int colon = raw.indexOf(':');
        if (colon >= 0) {
            String name = raw.substring(0, colon);
            return ollamaTag(name, raw.substring(colon + 1), context).filter(open(name));
        }
        return bareName(raw, context).filter(open(raw));
    }

    private Optional<Named> routed(String[] segments, Context context) {
        String provider = segments[0].toLowerCase(Locale.ROOT);
        String rest = String.join("/", Arrays.copyOfRange(segments, 1, segments.length));
        if (provider.startsWith("ollama")) {
            int colon = rest.indexOf(':');
            String name = colon < 0 ? rest : rest.substring(0, colon);
            if (name.equalsIgnoreCase("ollama") || !part(name)) {
                return Optional.empty();
            }
            return named(Kind.OLLAMA_TAG, Confidence.HIGH, name, true);
        }
        int variant = rest.lastIndexOf(':');
        if (variant > rest.lastIndexOf('/')) {
            rest = rest.substring(0, variant);
        }
        String[] parts = rest.split("/");
        if (parts.length == 4 && parts[0].equalsIgnoreCase("accounts") && parts[2].equalsIgnoreCase("models")) {
            return vendor(parts[3], Confidence.HIGH);
        }
        if (parts.length == 2) {
            return ownerName(parts[0], parts[1], context, true)
                    .filter(named -> knownNamespace.test(parts[0]) || named.family.isPresent())
                    .filter(open(parts[1]));
        }
        if (parts.length == 1) {
            return vendor(parts[0], Confidence.HIGH);
        }
        return Optional.empty();
    }

    private Optional<Named> hubUrl(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        String path;
        if (lower.startsWith("hf://") || lower.startsWith("huggingface://")) {
            path = raw.substring(raw.indexOf("://") + 3);
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
            segments = Arrays.copyOfRange(segments, 2, segments.length);
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
        if (!part(owner) || !part(name) || names.proprietary(name)) {
            return Optional.empty();
        }
        Kind kind = lower.endsWith(".gguf") ? Kind.GGUF_FILE : Kind.HUB_ID;
        return Optional.of(new Named(kind, Confidence.HIGH, Optional.of(new ModelId(owner, name)), names.family(name)));
    }

    /**
     * Keeps what a name of no proprietary model names. Asked last, of what would otherwise be a reference: most
     * candidates are ruled out by cheaper tests first.
     */
    private Predicate<Named> open(String name) {
        return named -> !names.proprietary(name);
    }

    /** {@code owner/name} as a Hub id or a router's name; the caller rules out proprietary names (see open). */
    private Optional<Named> ownerName(String owner, String name, Context context, boolean routed) {
        if (!part(owner) || !part(name)) {
            return Optional.empty();
        }
        boolean known = knownNamespace.test(owner);
        Optional<ModelNames.Family> family = names.family(name);
        boolean slug = ROUTER_SLUGS.contains(owner.toLowerCase(Locale.ROOT));
        if (!known && !slug && family.isEmpty() && LOCAL_DIRECTORIES.contains(owner.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        boolean strong = routed || context.loader() || context.modelKey();
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
        if (known && (family.isPresent() || MODEL_LIKE.matcher(name).matches())
                || digit(name) && SIZED_MODEL.matcher(name).matches()) {
            return Optional.of(new Named(Kind.HUB_ID, Confidence.MEDIUM, Optional.of(id), family));
        }
        return Optional.empty();
    }

    /** {@code name:tag} as an Ollama tag; the caller rules out proprietary names (see open). */
    private Optional<Named> ollamaTag(String name, String tag, Context context) {
        if (!part(name) || !part(tag)) {
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

    /** A word alone as an Ollama tag or a vendor's name; the caller rules out proprietary names (see open). */
    private Optional<Named> bareName(String name, Context context) {
        if (!names.mayName(name, 0, name.length()) && !context.before().contains("ollama") && !context.modelfile) {
            return Optional.empty();
        }
        if (!part(name)) {
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
        if (name.indexOf('_') >= 0 || architecture(name)) {
            return Optional.empty();
        }
        Kind kind = context.ollama() ? Kind.OLLAMA_TAG : Kind.VENDOR_NAME;
        if (modelKey) {
            return named(kind, Confidence.HIGH, name, false);
        }
        if (context.wholeValue() && (context.ollamaFile || digit(name) && name.length() > 3)) {
            return named(kind, Confidence.MEDIUM, name, false);
        }
        return Optional.empty();
    }

    private Optional<Named> bedrock(String provider, String name) {
        String namespace = BEDROCK_DEVELOPERS.get(provider);
        if (namespace == null || names.proprietary(name)) {
            return Optional.empty();
        }
        Optional<ModelNames.Family> family = names.family(name);
        if (family.isEmpty() && !BEDROCK_ALL_OPEN.contains(provider)) {
            return Optional.empty();
        }
        return Optional.of(new Named(
                Kind.VENDOR_NAME,
                Confidence.HIGH,
                Optional.empty(),
                Optional.of(family.orElseGet(() -> new ModelNames.Family(provider, namespace)))));
    }

    private Optional<Named> gguf(String raw) {
        String name = raw.substring(raw.lastIndexOf('/') + 1, raw.length() - ".gguf".length());
        Optional<ModelNames.Family> family = names.family(name);
        return family.map(found -> new Named(Kind.GGUF_FILE, Confidence.MEDIUM, Optional.empty(), Optional.of(found)));
    }

    private Optional<Named> vendor(String name, Confidence confidence) {
        if (!part(name) || names.proprietary(name)) {
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

    private static final byte NOT_TOKEN = 0;
    private static final byte TOKEN = 1;
    /** A character of a word that makes it worth classifying: a slash or a colon. */
    private static final byte SEPARATOR = 2;

    private static final byte[] TOKEN_ROLES = new byte[256];

    static {
        for (char character = 0; character < 128; character++) {
            if (Character.isLetterOrDigit(character) || "._:/@+~-".indexOf(character) >= 0) {
                TOKEN_ROLES[character] = character == '/' || character == ':' ? SEPARATOR : TOKEN;
            }
        }
    }

    private static boolean tokenCharacter(byte character) {
        return TOKEN_ROLES[character & 0xff] != NOT_TOKEN;
    }

    private static int tokenRole(byte character) {
        return TOKEN_ROLES[character & 0xff];
    }

    /** Characters cut from a word's end: punctuation after a name in prose or code. */
    private static boolean trailing(byte character) {
        return character == '.'
                || character == ','
                || character == ':'
                || character == ';'
                || character == '-'
                || character == '+';
    }

    /** A class of a modelling library ({@code Qwen2ForCausalLM}, {@code LlamaModel}), not a model. */
    private static boolean architecture(String name) {
        return forUpperCase(name)
                || name.endsWith("Model")
                || name.endsWith("Config")
                || name.contains("Tokenizer")
                || name.endsWith("Processor")
                || name.endsWith("Attention")
                || name.endsWith("Layer")
                || name.endsWith("Block");
    }

    /** Whether the name holds "For" before an upper-case letter, as {@code name.matches(".*For[A-Z].*")} says. */
    private static boolean forUpperCase(String name) {
        for (int at = name.indexOf("For"); at >= 0; at = name.indexOf("For", at + 1)) {
            if (at + 3 < name.length() && name.charAt(at + 3) >= 'A' && name.charAt(at + 3) <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is one part of a Hub id: a letter or digit, then letters, digits, dots, dashes, underscores. */
    private static boolean part(String text) {
        if (text.isEmpty() || !letterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int index = 1; index < text.length(); index++) {
            char current = text.charAt(index);
            if (!letterOrDigit(current) && current != '.' && current != '_' && current != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(String text) {
        for (int index = 0; index < text.length(); index++) {
            if (text.charAt(index) >= '0' && text.charAt(index) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean letterOrDigit(char character) {
        return character >= 'a' && character <= 'z'
                || character >= 'A' && character <= 'Z'
                || character >= '0' && character <= '9';
    }
}
