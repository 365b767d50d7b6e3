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

    /** The longest owner or name the Hub allows. */
    public static final int MAXIMUM_PART_LENGTH = 96;

    /** What a model id must look like, for messages. */
    public static final String EXPECTED = "expected a Hub id \"owner/name\" (letters, digits, '-', '_' and '.', each"
            + " part starting with a letter or digit and at most " + MAXIMUM_PART_LENGTH + " characters, no \"--\" or"
            + " \"..\")";

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
     * Why {@code text} cannot be a model's Hub id, or empty when it can: {@code owner/name} by the Hub's rules (which
     * rule out paths such as {@code ../../etc/passwd}, a second slash, spaces and control characters), or, where
     * {@code legacyAllowed}, a lone name such as {@code gpt2} (the Hub's oldest models, whose owner the row names).
     */
    public static Optional<String> problem(String text, boolean legacyAllowed) {
        requireNonNull(text, "text is null");
        int slash = text.indexOf('/');
        boolean wellFormed = slash < 0
                ? legacyAllowed && validPart(text)
                : slash == text.lastIndexOf('/')
                        && validPart(text.substring(0, slash))
                        && validPart(text.substring(slash + 1));
        if (wellFormed && !text.contains("--") && !text.contains("..")) {
            return Optional.empty();
        }
        return Optional.of("is " + printable(text) + "; " + EXPECTED);
    }

    private static boolean validPart(String part) {
        return part.length() <= MAXIMUM_PART_LENGTH && PART.matcher(part).matches();
    }

    /** The text quoted, with control characters escaped and long texts cut, so that a message stays one line. */
    private static String printable(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().limit(120).forEach(point -> {
            if (point < 0x20 || point == 0x7f) {
                quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", point));
            } else if (point == '"' || point == '\\') {
                quoted.append('\\').appendCodePoint(point);
            } else {
                quoted.appendCodePoint(point);
            }
        });
        quoted.append('"');
        return text.codePointCount(0, text.length()) > 120 ? quoted + " (cut)" : quoted.toString();
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
