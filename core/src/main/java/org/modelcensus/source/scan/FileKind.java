package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a file of a project is, from its path relative to the project root: skipped (with the reason), or scanned
 * with a scope and a syntax. Scopes by path take precedence in this order: test, ci, example, docs, config example,
 * data; then configuration or code by file type (a comment in either is scope comment).
 *
 * @param scope the scope of the file's lines outside comments
 * @param syntax how its comments and strings look
 * @param bareWordsAreValues whether a word outside quotes can name a model (shell, configuration, fenced code)
 * @param modelfile an Ollama Modelfile, whose {@code FROM} names a model rather than an image
 */
record FileKind(Scope scope, Syntax syntax, boolean bareWordsAreValues, boolean modelfile) {
    FileKind {
        requireNonNull(scope, "scope is null");
        requireNonNull(syntax, "syntax is null");
    }

    /** Directories never entered: version control, dependencies, vendored trees, build output, caches. */
    static final Set<String> SKIPPED_DIRECTORIES = Set.of(
            ".git",
            ".hg",
            ".svn",
            "node_modules",
            "bower_components",
            "vendor",
            "third_party",
            "third-party",
            "thirdparty",
            ".venv",
            "venv",
            ".tox",
            "__pycache__",
            "site-packages",
            "dist",
            "build",
            "target",
            ".next",
            ".nuxt",
            ".svelte-kit",
            ".output",
            ".cache",
            ".gradle",
            ".mypy_cache",
            ".pytest_cache",
            ".ruff_cache",
            ".turbo",
            "coverage",
            ".idea",
            ".yarn",
            ".pnpm-store");

    private static final Set<String> LOCK_FILES = Set.of(
            "package-lock.json",
            "yarn.lock",
            "pnpm-lock.yaml",
            "poetry.lock",
            "pipfile.lock",
            "cargo.lock",
            "go.sum",
            "composer.lock",
            "gemfile.lock",
            "uv.lock",
            "bun.lockb",
            "bun.lock",
            "flake.lock",
            "pubspec.lock",
            "mix.lock",
            "packages.lock.json",
            "npm-shrinkwrap.json");

    private static final Set<String> BINARY_EXTENSIONS = Set.of(
            "png",
            "jpg",
            "jpeg",
            "gif",
            "webp",
            "ico",
            "bmp",
            "tif",
            "tiff",
            "svg",
            "psd",
            "pdf",
            "zip",
            "gz",
            "tgz",
            "bz2",
            "xz",
            "zst",
            "7z",
            "rar",
            "tar",
            "jar",
            "war",
            "class",
            "so",
            "dll",
            "dylib",
            "exe",
            "bin",
            "o",
            "a",
            "pyc",
            "pyo",
            "whl",
            "wasm",
            "woff",
            "woff2",
            "ttf",
            "otf",
            "eot",
            "mp3",
            "mp4",
            "wav",
            "ogg",
            "webm",
            "mov",
            "avi",
            "flac",
            "gguf",
            "safetensors",
            "pt",
            "pth",
            "onnx",
            "ckpt",
            "h5",
            "pkl",
            "npy",
            "npz",
            "parquet",
            "arrow",
            "feather",
            "db",
            "sqlite",
            "duckdb",
            "map",
            "lock",
            "snap",
            "pb",
            "tflite",
            "mlmodel",
            "keras",
            "msgpack",
            "avro",
            "orc");

    private static final Set<String> CODE_C_LIKE = Set.of(
            "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "go", "java", "kt", "kts", "scala", "groovy",
            "gradle", "rs", "cs", "swift", "c", "cc", "cpp", "cxx", "h", "hpp", "m", "mm", "dart", "php", "vue",
            "svelte", "astro", "zig", "proto", "sol", "v", "fs", "jsonc", "json5", "hcl", "tf", "css", "scss", "less");

    private static final Set<String> CODE_HASH = Set.of(
            "sh", "bash", "zsh", "fish", "ps1", "rb", "r", "pl", "pm", "ex", "exs", "jl", "nix", "mk", "cmake", "tcl",
            "awk");

    private static final Set<String> CONFIG_HASH = Set.of(
            "yml", "yaml", "toml", "ini", "cfg", "conf", "env", "properties", "dockerfile", "containerfile", "cnf");

    private static final Set<String> CONFIG_C_LIKE = Set.of("jsonc", "json5", "hcl", "tf");

    private static final Set<String> DOCS = Set.of("md", "mdx", "markdown", "rst", "adoc", "asciidoc", "txt", "org");

    private static final Set<String> DATA = Set.of("csv", "tsv", "jsonl", "ndjson", "psv");

    private static final Set<String> TEST_DIRECTORIES = Set.of(
            "test",
            "tests",
            "__tests__",
            "testing",
            "spec",
            "specs",
            "e2e",
            "testdata",
            "test-data",
            "test_data",
            "fixtures",
            "__mocks__",
            "mocks",
            "integration_tests",
            "unit_tests",
            "integration-tests",
            "unit-tests",
            "cypress",
            "playwright");

    private static final Set<String> EXAMPLE_DIRECTORIES = Set.of(
            "example",
            "examples",
            "sample",
            "samples",
            "demo",
            "demos",
            "notebooks",
            "notebook",
            "cookbook",
            "cookbooks",
            "tutorial",
            "tutorials",
            "playground",
            "recipes",
            "quickstart",
            "quickstarts");

    private static final Set<String> DOCS_DIRECTORIES = Set.of("docs", "doc", "documentation", "wiki", "website");

    /** How the file at this path is scanned, or why it is skipped. */
    static Classified classify(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String[] segments = lower.split("/");
        String name = segments[segments.length - 1];
        String extension = extension(name);
        if (LOCK_FILES.contains(name) || name.endsWith(".lock")) {
            return Classified.skipped("lock file");
        }
        if (BINARY_EXTENSIONS.contains(extension)) {
            return Classified.skipped("binary or media file");
        }
        if (name.contains(".min.")
                || name.endsWith(".bundle.js")
                || name.endsWith("_pb2.py")
                || name.endsWith(".pb.go")
                || name.contains(".generated.")
                || name.endsWith(".g.dart")) {
            return Classified.skipped("minified or generated file");
        }
        boolean modelfile = name.equals("modelfile") || extension.equals("modelfile");
        Syntax syntax;
        boolean values;
        Scope byType;
        if (extension.equals("py") || extension.equals("pyi") || extension.equals("pyx")) {
            syntax = Syntax.PYTHON;
            values = false;
            byType = Scope.CODE;
        } else if (extension.equals("ipynb")) {
            syntax = Syntax.PLAIN;
            values = false;
            byType = Scope.EXAMPLE;
        } else if (CONFIG_C_LIKE.contains(extension)) {
            syntax = Syntax.C_LIKE;
            values = false;
            byType = Scope.CONFIG;
        } else if (CODE_C_LIKE.contains(extension)) {
            syntax = Syntax.C_LIKE;
            values = false;
            byType = Scope.CODE;
        } else if (extension.equals("json") || extension.equals("xml") || extension.equals("plist")) {
            syntax = Syntax.PLAIN;
            values = extension.equals("xml") || extension.equals("plist");
            byType = Scope.CONFIG;
        } else if (CONFIG_HASH.contains(extension) || configName(name) || modelfile) {
            syntax = Syntax.HASH;
            values = true;
            byType = Scope.CONFIG;
        } else if (CODE_HASH.contains(extension)
                || name.equals("makefile")
                || name.equals("justfile")
                || name.equals("procfile")) {
            syntax = Syntax.HASH;
            values = true;
            byType = Scope.CODE;
        } else if (extension.equals("sql")) {
            syntax = Syntax.SQL;
            values = false;
            byType = Scope.CODE;
        } else if (DOCS.contains(extension) && !name.startsWith("requirements")) {
            syntax = Syntax.MARKDOWN;
            values = false;
            byType = Scope.DOCS;
        } else if (DATA.contains(extension)) {
            syntax = Syntax.PLAIN;
            values = true;
            byType = Scope.DATA;
        } else if (extension.equals("html")
                || extension.equals("htm")
                || extension.equals("j2")
                || extension.equals("jinja")
                || extension.equals("tpl")
                || extension.equals("hbs")) {
            syntax = Syntax.PLAIN;
            values = false;
            byType = Scope.CODE;
        } else {
            syntax = Syntax.HASH;
            values = true;
            byType = Scope.CONFIG;
        }
        return Classified.scanned(new FileKind(
                scopeByPath(segments, name, path.substring(path.lastIndexOf('/') + 1), extension, byType),
                syntax,
                values,
                modelfile));
    }

    private static Scope scopeByPath(
            String[] segments, String name, String originalName, String extension, Scope byType) {
        String path = String.join("/", segments);
        if (testFile(segments, name, originalName)) {
            return Scope.TEST;
        }
        if (path.startsWith(".github/workflows/")
                || path.startsWith(".github/actions/")
                || path.startsWith(".circleci/")
                || path.startsWith(".buildkite/")
                || path.startsWith(".gitlab/")
                || path.startsWith(".woodpecker")
                || name.equals(".gitlab-ci.yml")
                || name.equals("azure-pipelines.yml")
                || name.equals("jenkinsfile")
                || name.equals(".travis.yml")
                || name.equals(".drone.yml")
                || name.equals("bitbucket-pipelines.yml")
                || name.equals("cloudbuild.yaml")) {
            return Scope.CI;
        }
        if (anyDirectory(segments, EXAMPLE_DIRECTORIES) || extension.equals("ipynb")) {
            return Scope.EXAMPLE;
        }
        if (anyDirectory(segments, DOCS_DIRECTORIES) || path.startsWith(".github/") || byType == Scope.DOCS) {
            return Scope.DOCS;
        }
        if (configExample(name)) {
            return Scope.CONFIG_EXAMPLE;
        }
        return byType;
    }

    private static boolean testFile(String[] segments, String name, String originalName) {
        if (anyDirectory(segments, TEST_DIRECTORIES)) {
            return true;
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return name.startsWith("test_")
                || stem.endsWith("_test")
                || stem.endsWith("_tests")
                || stem.equals("test")
                || stem.equals("tests")
                || stem.equals("conftest")
                || name.contains(".test.")
                || name.contains(".spec.")
                || stem.endsWith("_spec")
                || name.endsWith("test.java")
                || name.endsWith("tests.java")
                || originalName.matches(".*[a-z0-9]IT\\.java")
                || name.endsWith("test.kt")
                || name.endsWith("tests.cs")
                || name.endsWith("test.cs")
                || name.endsWith("tests.swift")
                || name.endsWith("test.scala");
    }

    private static boolean anyDirectory(String[] segments, Set<String> names) {
        for (int index = 0; index < segments.length - 1; index++) {
            if (names.contains(segments[index])) {
                return true;
            }
        }
        return false;
    }

    private static boolean configName(String name) {
        return name.equals("dockerfile")
                || name.startsWith("dockerfile.")
                || name.endsWith(".dockerfile")
                || name.equals("containerfile")
                || name.startsWith(".env")
                || name.endsWith(".env")
                || name.startsWith("docker-compose")
                || name.startsWith("compose.")
                || name.equals(".npmrc")
                || name.equals(".editorconfig");
    }

    private static boolean configExample(String name) {
        return name.contains(".example")
                || name.contains(".sample")
                || name.contains(".template")
                || name.contains(".tmpl")
                || name.endsWith(".dist")
                || name.startsWith("example.")
                || name.startsWith("sample.")
                || name.contains("-example.")
                || name.contains("_example.")
                || name.equals("env.example")
                || name.endsWith(".env.local.example");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? (name.startsWith(".") ? name.substring(1) : "") : name.substring(dot + 1);
    }

    /** A file's kind, or the reason it is not scanned. */
    record Classified(Optional<FileKind> kind, Optional<String> skipped) {
        static Classified scanned(FileKind kind) {
            return new Classified(Optional.of(kind), Optional.empty());
        }

        static Classified skipped(String reason) {
            return new Classified(Optional.empty(), Optional.of(reason));
        }
    }
}
