package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.modelcensus.source.ModelId;

/**
 * One place where a project names an open model: the file (relative to the project root, with {@code /}), the line
 * (from 1), the exact text, what kind of name it is, its scope, how sure the finder is, and what it names: a Hub
 * repository, a model family, or both.
 *
 * @param model what the text names, as printed: the Hub id where one is known, else the family
 */
public record FoundReference(
        String file,
        int line,
        String raw,
        Kind kind,
        Scope scope,
        Confidence confidence,
        Optional<ModelId> hubId,
        Optional<ModelNames.Family> family,
        String model) {
    public FoundReference {
        requireNonNull(file, "file is null");
        requireNonNull(raw, "raw is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(scope, "scope is null");
        requireNonNull(confidence, "confidence is null");
        requireNonNull(hubId, "hubId is null");
        requireNonNull(family, "family is null");
        requireNonNull(model, "model is null");
        if (line < 1) {
            throw new IllegalArgumentException("line is " + line + "; lines count from 1");
        }
    }

    /** What kind of name the text is. */
    public enum Kind {
        /** A Hub repository id, or a Hub URL. */
        HUB_ID("hub-id"),
        /** An Ollama library tag ({@code qwen2.5:7b}, {@code llama3}). */
        OLLAMA_TAG("ollama-tag"),
        /** A name a vendor or router serves an open-weights model under ({@code deepseek-chat}). */
        VENDOR_NAME("vendor-name"),
        /** A GGUF weights file named by its file name. */
        GGUF_FILE("gguf-file");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * How sure the finder is that the text names a model: high where the code loads or serves it (a loader call, a
     * model key, an Ollama command, a Hub URL, a router prefix), medium where only the name's form says so.
     */
    public enum Confidence {
        HIGH("high"),
        MEDIUM("medium");

        private final String label;

        Confidence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
