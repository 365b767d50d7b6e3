package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Hub model id of the form {@code owner/name}, where the owner is the namespace (a user or an organisation) that
 * publishes the repository. Case is kept as the Hub spells it.
 */
public record ModelId(String owner, String name) {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public ModelId {
        requireNonNull(owner, "owner is null");
        requireNonNull(name, "name is null");
        if (!PART.matcher(owner).matches()) {
            throw new IllegalArgumentException("owner is not a Hub namespace: \"" + owner + "\"");
        }
        if (!PART.matcher(name).matches()) {
            throw new IllegalArgumentException("name is not a Hub repository name: \"" + name + "\"");
        }
    }

    /** Parses {@code owner/name}; empty when the text is not a well-formed model id. */
    public static Optional<ModelId> parse(String text) {
        requireNonNull(text, "text is null");
        int slash = text.indexOf('/');
        if (slash <= 0 || slash != text.lastIndexOf('/')) {
            return Optional.empty();
        }
        String owner = text.substring(0, slash);
        String name = text.substring(slash + 1);
        if (!PART.matcher(owner).matches() || !PART.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ModelId(owner, name));
    }

    /**
     * The namespace that published a model: the part of its id before the slash, else its author. Empty when neither
     * gives one (a legacy id such as {@code gpt2} with no author).
     */
    public static Optional<String> namespaceOf(String id, String author) {
        requireNonNull(id, "id is null");
        int slash = id.indexOf('/');
        if (slash > 0) {
            return Optional.of(id.substring(0, slash));
        }
        if (author != null && !author.isBlank()) {
            return Optional.of(author);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return owner + '/' + name;
    }
}
