package org.modelcensus.source.scan;

/**
 * Marks each character of a file's lines, in order, as code, string literal, value (a bare word of a shell or
 * configuration line) or comment, carrying multi-line comments and strings from one line to the next. Lines are ranges
 * of the file's bytes, read one byte to a character (see {@link Latin1}): no line is copied to be marked.
 */
final class LineLexer {
    static final byte CODE = 0;
    static final byte STRING = 1;
    static final byte VALUE = 2;
    static final byte COMMENT = 3;

    private static final byte[] NOTHING_OPEN = {};
    private static final byte[] BLOCK_COMMENT_END = Latin1.bytes("*/");
    private static final byte[] BLOCK_COMMENT_START = Latin1.bytes("/*");
    private static final byte[] LINE_COMMENT = Latin1.bytes("//");
    private static final byte[] SQL_COMMENT = Latin1.bytes("--");
    private static final byte[] TRIPLE_DOUBLE = Latin1.bytes("\"\"\"");
    private static final byte[] TRIPLE_SINGLE = Latin1.bytes("'''");
    private static final byte[] BACKTICK = Latin1.bytes("`");
    private static final byte[] FENCE = Latin1.bytes("```");
    private static final byte[] TILDE_FENCE = Latin1.bytes("~~~");
    private static final byte[] HTML_COMMENT_START = Latin1.bytes("<!--");
    private static final byte[] HTML_COMMENT_END = Latin1.bytes("-->");

    /** The characters that may open a string or a comment, in some syntax. */
    private static final boolean[] OPENS = new boolean[128];

    static {
        for (char opens : "\"'`#/-".toCharArray()) {
            OPENS[opens] = true;
        }
    }

    private final Syntax syntax;
    /** How bare words outside strings are marked: values in shell and configuration files, code elsewhere. */
    private final byte bare;

    /** What closes the multi-line construct the previous line left open (one of the constants), or nothing. */
    private byte[] open = NOTHING_OPEN;

    private byte openClass;
    /** Whether the line last marked holds anything but code: a string, a value or a comment. */
    private boolean notOnlyCode;

    private byte[] marks = new byte[256];
    /** The line's runs of characters that are not code, as pairs of start and end: where its words may start. */
    private int[] runs = new int[16];

    private int runCount;

    LineLexer(Syntax syntax, boolean bareWordsAreValues) {
        this.syntax = syntax;
        this.bare = bareWordsAreValues ? VALUE : CODE;
    }

    /** Whether the line last marked holds a string, a value or a comment: where names can stand. */
    boolean notOnlyCode() {
        return notOnlyCode;
    }

    /**
     * The marks of the characters of the line {@code text[from, to)}, the mark of {@code text[from + i]} at {@code i};
     * valid until the next call. {@code mayOpen} says whether the line holds a character that may open a string or a
     * comment ({@link #mayOpen}), as the caller found in its own pass over the line.
     */
    byte[] mark(byte[] text, int from, int to, boolean mayOpen) {
        notOnlyCode = bare != CODE || open != NOTHING_OPEN;
        int length = to - from;
        if (marks.length < length) {
            marks = new byte[Math.max(length, marks.length * 2)];
        }
        runCount = 0;
        if (syntax == Syntax.MARKDOWN || bare != CODE) {
            byte[] marked = syntax == Syntax.MARKDOWN ? markdown(text, from, to) : markAll(text, from, to);
            // Words may start anywhere: in prose, and where bare words are values.
            runCount = 0;
            addRun(0, length);
            return marked;
        }
        if (!notOnlyCode && !mayOpen) {
            // Code with no quote or comment: nothing to mark, and notOnlyCode() tells the caller not to look.
            return marks;
        }
        return markAll(text, from, to);
    }

    /** How many runs of characters that are not code the line last marked holds (see {@link #runStart}). */
    int runs() {
        return runCount;
    }

    /** Where the line's run {@code run} (in order) starts, as an index into the marks. */
    int runStart(int run) {
        return runs[2 * run];
    }

    /** Where the line's run {@code run} ends (exclusive). */
    int runEnd(int run) {
        return runs[2 * run + 1];
    }

    private byte[] markAll(byte[] text, int from, int to) {
        int length = to - from;
        int index = 0;
        while (index < length) {
            if (open != NOTHING_OPEN) {
                int end = Latin1.indexOf(text, from + index, to, open);
                int stop = end < 0 ? length : end - from + open.length;
                fill(index, stop, openClass);
                index = stop;
                if (end >= 0) {
                    open = NOTHING_OPEN;
                }
                continue;
            }
            byte current = text[from + index];
            if (current < 0 || !OPENS[current]) {
                marks[index++] = bare;
                continue;
            }
            int at = from + index;
            if (syntax == Syntax.PYTHON
                    && (Latin1.startsWith(text, at, to, TRIPLE_DOUBLE)
                            || Latin1.startsWith(text, at, to, TRIPLE_SINGLE))) {
                byte[] quote = current == '"' ? TRIPLE_DOUBLE : TRIPLE_SINGLE;
                byte kind = Latin1.blank(text, from, at) ? COMMENT : STRING;
                int end = Latin1.indexOf(text, at + 3, to, quote);
                if (end < 0) {
                    fill(index, length, kind);
                    open = quote;
                    openClass = kind;
                    index = length;
                } else {
                    fill(index, end - from + 3, kind);
                    index = end - from + 3;
                }
                continue;
            }
            if (lineComment(text, from, to, index)) {
                fill(index, length, COMMENT);
                return marks;
            }
            if (syntax == Syntax.C_LIKE && Latin1.startsWith(text, at, to, BLOCK_COMMENT_START)) {
                int end = Latin1.indexOf(text, at + 2, to, BLOCK_COMMENT_END);
                if (end < 0) {
                    fill(index, length, COMMENT);
                    open = BLOCK_COMMENT_END;
                    openClass = COMMENT;
                    return marks;
                }
                fill(index, end - from + 2, COMMENT);
                index = end - from + 2;
                continue;
            }
            if (current == '"' || current == '\'' || (current == '`' && syntax == Syntax.C_LIKE)) {
                int end = closing(text, at + 1, to, current);
                if (end < 0) {
                    fill(index, length, STRING);
                    if (current == '`') {
                        open = BACKTICK;
                        openClass = STRING;
                    }
                    return marks;
                }
                fill(index, end - from + 1, STRING);
                index = end - from + 1;
                continue;
            }
            marks[index++] = bare;
        }
        return marks;
    }

    /** Whether the character may open a string or a comment, in some syntax. */
    static boolean opens(byte character) {
        return character >= 0 && OPENS[character];
    }

    /** Whether {@code text[from, to)} holds a character that may open a string or a comment. */
    static boolean mayOpen(byte[] text, int from, int to) {
        for (int index = from; index < to; index++) {
            if (opens(text[index])) {
                return true;
            }
        }
        return false;
    }

    private byte[] markdown(byte[] text, int from, int to) {
        int length = to - from;
        int first = Latin1.firstNonBlank(text, from, to);
        if (Latin1.startsWith(text, first, to, FENCE) || Latin1.startsWith(text, first, to, TILDE_FENCE)) {
            open = open == FENCE ? NOTHING_OPEN : FENCE;
            fill(0, length, CODE);
            return marks;
        }
        if (open == FENCE) {
            fill(0, length, VALUE);
            return marks;
        }
        int index = 0;
        while (index < length) {
            if (open == HTML_COMMENT_END) {
                int end = Latin1.indexOf(text, from + index, to, HTML_COMMENT_END);
                int stop = end < 0 ? length : end - from + 3;
                fill(index, stop, COMMENT);
                index = stop;
                if (end >= 0) {
                    open = NOTHING_OPEN;
                }
                continue;
            }
            if (Latin1.startsWith(text, from + index, to, HTML_COMMENT_START)) {
                open = HTML_COMMENT_END;
                continue;
            }
            if (text[from + index] == '`') {
                int end = Latin1.indexOf(text, from + index + 1, to, '`');
                if (end >= 0) {
                    fill(index, end - from + 1, STRING);
                    index = end - from + 1;
                    continue;
                }
            }
            marks[index++] = CODE;
        }
        return marks;
    }

    private boolean lineComment(byte[] text, int from, int to, int index) {
        int at = from + index;
        return switch (syntax) {
            case PYTHON -> text[at] == '#';
            case HASH -> text[at] == '#' && (index == 0 || Latin1.whitespace(text[at - 1]));
            case C_LIKE -> Latin1.startsWith(text, at, to, LINE_COMMENT) && (index == 0 || text[at - 1] != ':');
            case SQL -> Latin1.startsWith(text, at, to, SQL_COMMENT);
            case MARKDOWN, PLAIN -> false;
        };
    }

    /** Adds a run that is not code, joined to the last one where they touch. */
    private void addRun(int from, int to) {
        if (runCount > 0 && runs[2 * runCount - 1] == from) {
            runs[2 * runCount - 1] = to;
            return;
        }
        if (runs.length < 2 * runCount + 2) {
            runs = java.util.Arrays.copyOf(runs, runs.length * 2);
        }
        runs[2 * runCount] = from;
        runs[2 * runCount + 1] = to;
        runCount++;
    }

    /** Where the string literal opened by {@code quote} closes, at or after {@code from}, skipping escapes; or -1. */
    private static int closing(byte[] text, int from, int to, byte quote) {
        for (int index = from; index < to; index++) {
            byte current = text[index];
            if (current == '\\') {
                index++;
            } else if (current == quote) {
                return index;
            }
        }
        return -1;
    }

    private void fill(int from, int to, byte kind) {
        if (kind != CODE && to > from) {
            notOnlyCode = true;
            addRun(from, to);
        }
        for (int index = from; index < to; index++) {
            marks[index] = kind;
        }
    }
}
