package org.modelcensus.source.scan;

import java.util.Map;
import java.util.Optional;

/**
 * Names by their letters (ASCII, regardless of case), walked without allocating: the longest listed prefix of a word
 * that ends where a word of it ends, or a whole word listed exactly. Scanning asks this of most words it meets.
 */
final class NameTrie<T> {
    private static final class Node<T> {
        private final Node<?>[] children = new Node<?>[128];
        private T value;
    }

    private final Node<T> root = new Node<>();

    void put(String name, T value) {
        Node<T> node = root;
        for (int index = 0; index < name.length(); index++) {
            char character = Character.toLowerCase(name.charAt(index));
            if (character >= 128) {
                throw new IllegalArgumentException("name is not ASCII: " + name);
            }
            @SuppressWarnings("unchecked")
            Node<T> child = (Node<T>) node.children[character];
            if (child == null) {
                child = new Node<>();
                node.children[character] = child;
            }
            node = child;
        }
        node.value = value;
    }

    /**
     * The value of the longest name that {@code text[start, end)} starts with, where the name ends at the end of the
     * word or before a character that is not a letter ({@code qwen2.5}, {@code llama-3}, not {@code llamafile}).
     */
    Optional<T> prefix(CharSequence text, int start, int end) {
        return Optional.ofNullable(walk(text, start, end, false));
    }

    /** Whether {@code text[start, end)} is, or starts with (as {@link #prefix} reads it), a name of the trie. */
    boolean startsOrIs(CharSequence text, int start, int end) {
        return walk(text, start, end, true) != null;
    }

    /** The value of the longest name {@link #prefix} finds, or of the first one where {@code first}; else null. */
    private T walk(CharSequence text, int start, int end, boolean first) {
        Node<T> node = root;
        T found = null;
        for (int index = start; index < end; index++) {
            node = child(node, text.charAt(index));
            if (node == null) {
                break;
            }
            if (node.value != null && (index + 1 == end || !Character.isLetter(text.charAt(index + 1)))) {
                found = node.value;
                if (first) {
                    break;
                }
            }
        }
        return found;
    }

    /** The value of exactly {@code text[start, end)}. */
    Optional<T> exact(CharSequence text, int start, int end) {
        Node<T> node = root;
        for (int index = start; index < end && node != null; index++) {
            node = child(node, text.charAt(index));
        }
        return node == null ? Optional.empty() : Optional.ofNullable(node.value);
    }

    @SuppressWarnings("unchecked")
    private static <T> Node<T> child(Node<T> node, char character) {
        char lower = character >= 'A' && character <= 'Z' ? (char) (character + ('a' - 'A')) : character;
        return lower < 128 ? (Node<T>) node.children[lower] : null;
    }

    static <T> NameTrie<T> of(Map<String, T> names) {
        NameTrie<T> trie = new NameTrie<>();
        names.forEach(trie::put);
        return trie;
    }
}
