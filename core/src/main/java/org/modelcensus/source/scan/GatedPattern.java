package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the words one of which every match contains: {@code find} tries the expression only on
 * text that holds one of them, so the common line that cannot match costs a few substring searches, not a search from
 * every position. The words must be necessary for a match (each alternative of the expression holds one), and so must
 * the condition, when there is one (a cheaper test of how a matching text ends): the gate then changes the cost, never
 * the answer.
 */
record GatedPattern(Pattern pattern, List<String> words, Predicate<String> condition, boolean leading) {
    GatedPattern {
        requireNonNull(pattern, "pattern is null");
        requireNonNull(condition, "condition is null");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a gated pattern needs at least one word: " + pattern);
        }
    }

    static GatedPattern of(String regex, String... words) {
        return new GatedPattern(Pattern.compile(regex), List.of(words), text -> true, false);
    }

    /** This gate, tried only on texts that also pass {@code condition}, which every matching text must. */
    GatedPattern where(Predicate<String> condition) {
        return new GatedPattern(pattern, words, condition, leading);
    }

    /**
     * This gate for an expression every match of which starts with one of the words: it is tried only where one of
     * them stands, not from every position of the text.
     */
    GatedPattern fromWords() {
        return new GatedPattern(pattern, words, condition, true);
    }

    /** Whether the expression matches somewhere in the text, as {@code pattern().matcher(text).find()}. */
    boolean find(String text) {
        if (!condition.test(text)) {
            return false;
        }
        if (leading) {
            Matcher matcher = null;
            for (String word : words) {
                for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                    if (matcher == null) {
                        matcher =
                                pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    if (matcher.region(at, text.length()).lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (String word : words) {
            if (text.contains(word)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }
}
