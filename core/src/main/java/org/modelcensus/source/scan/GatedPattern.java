package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression with the words one of which every match contains: {@code find} tries the expression only on
 * text that holds one of them, so the common line that cannot match costs a few substring searches, not a search from
 * every position. The words must be necessary for a match (each alternative of the expression holds one): the gate
 * then changes the cost, never the answer.
 */
record GatedPattern(Pattern pattern, List<String> words) {
    GatedPattern {
        requireNonNull(pattern, "pattern is null");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a gated pattern needs at least one word: " + pattern);
        }
    }

    static GatedPattern of(String regex, String... words) {
        return new GatedPattern(Pattern.compile(regex), List.of(words));
    }

    /** Whether the expression matches somewhere in the text, as {@code pattern().matcher(text).find()}. */
    boolean find(String text) {
        for (String word : words) {
            if (text.contains(word)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }
}
