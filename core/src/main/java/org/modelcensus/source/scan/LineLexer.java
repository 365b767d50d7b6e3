package org.modelcensus.source.scan;

/**
 * Marks each character of a file's lines, in order, as code, string literal, value (a bare word of a shell or
 * configuration line) or comment, carrying multi-line comments and strings from one line to the next.
 */
final class LineLexer {
    static final byte CODE = 0;
    static final byte STRING = 1;
    static final byte VALUE = 2;
    static final byte COMMENT = 3;

    private final Syntax syntax;
    /** How bare words outside strings are marked: values in shell and configuration files, code elsewhere. */
    private final byte bare;

    /** The multi-line construct the previous line left open: none, a block comment, a docstring, a string, a fence. */
    private String open = "";

    private byte openClass;
    /** Whether the line last marked holds anything but code: a string, a value or a comment. */
    private boolean notOnlyCode;

    private byte[] marks = new byte[256];

    LineLexer(Syntax syntax, boolean bareWordsAreValues) {
        this.syntax = syntax;
        this.bare = bareWordsAreValues ? VALUE : CODE;
    }

    /** Whether the line last marked holds a string, a value or a comment: where names can stand. */
    boolean notOnlyCode() {
        return notOnlyCode;
    }

    /** The marks of the line's characters; valid until the next call. */
    byte[] mark(String line) {
        notOnlyCode = bare != CODE || !open.isEmpty();
        int length = line.length();
        if (marks.length < length) {
            marks = new byte[Math.max(length, marks.length * 2)];
        }
        int index = 0;
        if (syntax == Syntax.MARKDOWN) {
            return markdown(line);
        }
        while (index < length) {
            if (!open.isEmpty()) {
                int end = line.indexOf(open, index);
                int stop = end < 0 ? length : end + open.length();
                fill(index, stop, openClass);
                index = stop;
                if (end >= 0) {
                    open = "";
                }
                continue;
            }
            char current = line.charAt(index);
            if (current != '"'
                    && current != '\''
                    && current != '`'
                    && current != '#'
                    && current != '/'
                    && current != '-') {
                marks[index++] = bare;
                continue;
            }
            if (syntax == Syntax.PYTHON && (line.startsWith("\"\"\"", index) || line.startsWith("'''", index))) {
                String quote = line.substring(index, index + 3);
                boolean docstring = line.toString().substring(0, index).isBlank();
                int end = line.indexOf(quote, index + 3);
                byte kind = docstring ? COMMENT : STRING;
                if (end < 0) {
                    fill(index, length, kind);
                    open = quote;
                    openClass = kind;
                    index = length;
                } else {
                    fill(index, end + 3, kind);
                    index = end + 3;
                }
                continue;
            }
            if (lineComment(line, index)) {
                fill(index, length, COMMENT);
                return marks;
            }
            if (syntax == Syntax.C_LIKE && line.startsWith("/*", index)) {
                int end = line.indexOf("*/", index + 2);
                if (end < 0) {
                    fill(index, length, COMMENT);
                    open = "*/";
                    openClass = COMMENT;
                    return marks;
                }
                fill(index, end + 2, COMMENT);
                index = end + 2;
                continue;
            }
            if (current == '"' || current == '\'' || (current == '`' && syntax == Syntax.C_LIKE)) {
                int end = closing(line, index + 1, current);
                if (end < 0) {
                    fill(index, length, STRING);
                    if (current == '`') {
                        open = "`";
                        openClass = STRING;
                    }
                    return marks;
                }
                fill(index, end + 1, STRING);
                index = end + 1;
                continue;
            }
            marks[index++] = bare;
        }
        return marks;
    }

    private byte[] markdown(String line) {
        int length = line.length();
        String text = line.toString();
        if (text.strip().startsWith("```") || text.strip().startsWith("~~~")) {
            open = open.equals("```") ? "" : "```";
            fill(0, length, CODE);
            return marks;
        }
        if (open.equals("```")) {
            fill(0, length, VALUE);
            return marks;
        }
        int index = 0;
        while (index < length) {
            if (open.equals("-->")) {
                int end = text.indexOf("-->", index);
                int stop = end < 0 ? length : end + 3;
                fill(index, stop, COMMENT);
                index = stop;
                if (end >= 0) {
                    open = "";
                }
                continue;
            }
            if (text.startsWith("<!--", index)) {
                open = "-->";
                continue;
            }
            if (text.charAt(index) == '`') {
                int end = text.indexOf('`', index + 1);
                if (end > index) {
                    fill(index, end + 1, STRING);
                    index = end + 1;
                    continue;
                }
            }
            marks[index++] = CODE;
        }
        return marks;
    }

    private boolean lineComment(String line, int index) {
        char current = line.charAt(index);
        return switch (syntax) {
            case PYTHON -> current == '#';
            case HASH -> current == '#' && (index == 0 || Character.isWhitespace(line.charAt(index - 1)));
            case C_LIKE -> line.startsWith("//", index) && (index == 0 || line.charAt(index - 1) != ':');
            case SQL -> line.startsWith("--", index);
            case MARKDOWN, PLAIN -> false;
        };
    }

    private static int closing(String line, int from, char quote) {
        for (int index = from; index < line.length(); index++) {
            char current = line.charAt(index);
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
        }
        for (int index = from; index < to; index++) {
            marks[index] = kind;
        }
    }
}
