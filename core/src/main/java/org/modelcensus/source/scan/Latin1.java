package org.modelcensus.source.scan;

import java.nio.charset.StandardCharsets;

/**
 * Searches in a file's bytes read one byte to a character, as ISO-8859-1 decodes them. Names are ASCII and UTF-8 puts
 * no ASCII byte inside a multi-byte character, so this finds the same names and lines as decoding UTF-8, without a
 * copy of the file or of its lines. Ranges are {@code [from, to)}; an empty or reversed range holds nothing.
 */
final class Latin1 {
    private Latin1() {}

    static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.ISO_8859_1);
    }

    static char character(byte value) {
        return (char) (value & 0xff);
    }

    /** The text of {@code bytes[from, to)}. */
    static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Where {@code needle} first starts in {@code text[from, to)}, or -1. */
    static int indexOf(byte[] text, int from, int to, byte[] needle) {
        int last = to - needle.length;
        for (int index = Math.max(from, 0); index <= last; index++) {
            if (text[index] == needle[0] && startsWith(text, index, to, needle)) {
                return index;
            }
        }
        return -1;
    }

    /** Where {@code value} first stands in {@code text[from, to)}, or -1. */
    static int indexOf(byte[] text, int from, int to, char value) {
        for (int index = Math.max(from, 0); index < to; index++) {
            if (text[index] == (byte) value) {
                return index;
            }
        }
        return -1;
    }

    /** Where {@code one} or {@code other} last stands in {@code text[from, to)}, or -1. */
    static int lastIndexOf(byte[] text, int from, int to, char one, char other) {
        for (int index = to - 1; index >= from; index--) {
            if (text[index] == (byte) one || text[index] == (byte) other) {
                return index;
            }
        }
        return -1;
    }

    static boolean contains(byte[] text, int from, int to, byte[] needle) {
        return indexOf(text, from, to, needle) >= 0;
    }

    /** Whether {@code text[at, to)} starts with {@code prefix}. */
    static boolean startsWith(byte[] text, int at, int to, byte[] prefix) {
        if (at < 0 || to - at < prefix.length) {
            return false;
        }
        for (int index = 0; index < prefix.length; index++) {
            if (text[at + index] != prefix[index]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[at, to)} starts with the lower-case ASCII {@code prefix}, in any case. */
    static boolean startsWithIgnoringCase(byte[] text, int at, int to, byte[] prefix) {
        if (at < 0 || to - at < prefix.length) {
            return false;
        }
        for (int index = 0; index < prefix.length; index++) {
            byte current = text[at + index];
            if (current >= 'A' && current <= 'Z') {
                current += 'a' - 'A';
            }
            if (current != prefix[index]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the character is white space, as {@link Character#isWhitespace} and {@link String#strip} say: of the
     * Latin-1 characters, tab to carriage return, the four separators 28 to 31 and space.
     */
    static boolean whitespace(byte value) {
        return value == ' ' || value >= '\t' && value <= '\r' || value >= 28 && value <= 31;
    }

    /** Where the first character that is not white space stands in {@code text[from, to)}, or {@code to}. */
    static int firstNonBlank(byte[] text, int from, int to) {
        int index = from;
        while (index < to && whitespace(text[index])) {
            index++;
        }
        return index;
    }

    /** Where the range ends once white space at its end is cut, as {@link String#strip} cuts it. */
    static int lastNonBlankEnd(byte[] text, int from, int to) {
        int index = to;
        while (index > from && whitespace(text[index - 1])) {
            index--;
        }
        return index;
    }

    static boolean blank(byte[] text, int from, int to) {
        return firstNonBlank(text, from, to) == to;
    }

    /** How many more {@code opening} than {@code closing} characters {@code text[from, to)} holds. */
    static int balance(byte[] text, int from, int to, char opening, char closing) {
        int balance = 0;
        for (int index = from; index < to; index++) {
            if (text[index] == (byte) opening) {
                balance++;
            } else if (text[index] == (byte) closing) {
                balance--;
            }
        }
        return balance;
    }

    /** Whether the byte, read as a Latin-1 character, is a letter ({@link Character#isLetter}). */
    static boolean letter(byte value) {
        return LETTERS[value & 0xff];
    }

    private static final boolean[] LETTERS = new boolean[256];

    static {
        for (int value = 0; value < 256; value++) {
            LETTERS[value] = Character.isLetter((char) value);
        }
    }

    /**
     * A word searched for often, with its skip table (Horspool's): a search reads about one byte in the word's length
     * instead of every byte.
     */
    static final class Needle {
        private final byte[] word;
        private final int[] skip = new int[256];

        Needle(String ascii) {
            word = bytes(ascii);
            if (word.length == 0) {
                throw new IllegalArgumentException("a needle needs a character");
            }
            java.util.Arrays.fill(skip, word.length);
            for (int index = 0; index < word.length - 1; index++) {
                skip[word[index] & 0xff] = word.length - 1 - index;
            }
        }

        int length() {
            return word.length;
        }

        /** Where the word first starts in {@code text[from, to)}, or -1: as {@link Latin1#indexOf(byte[], int, int, byte[])}. */
        int in(byte[] text, int from, int to) {
            int last = word.length - 1;
            byte end = word[last];
            int index = Math.max(from, 0);
            while (index + last < to) {
                byte current = text[index + last];
                if (current == end && startsWith(text, index, to, word)) {
                    return index;
                }
                index += skip[current & 0xff];
            }
            return -1;
        }
    }

    /** A range of bytes seen as characters, without a copy; moved from line to line by its owner. */
    static final class View implements CharSequence {
        private byte[] text = {};
        private int from;
        private int to;

        View of(byte[] text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
            return this;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return character(text[from + index]);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return Latin1.text(text, from + start, from + end);
        }

        @Override
        public String toString() {
            return Latin1.text(text, from, to);
        }
    }
}
