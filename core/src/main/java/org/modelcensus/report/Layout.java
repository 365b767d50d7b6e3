package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How terminal text fits a width: 100 columns, or the terminal's {@code COLUMNS}. Tables fit themselves
 * ({@link TextTable}); prose lines wrap at spaces under their own indent, and a command to reproduce a table wraps with
 * the shell's {@code \} so that it still pastes as one command.
 */
public final class Layout {
    /** The width when the environment does not give one. */
    public static final int DEFAULT_WIDTH = 100;

    /** No line is made narrower than this, whatever {@code COLUMNS} says. */
    public static final int MINIMUM_WIDTH = 60;

    /** The width of text that is not laid out for a terminal (a {@code <pre>} in the HTML report). */
    static final int UNLIMITED = Integer.MAX_VALUE / 2;

    private static final String REPRODUCE = "Reproduce: ";

    private Layout() {}

    /** The width to lay text out in: {@code COLUMNS} when it is a number, at least {@link #MINIMUM_WIDTH}. */
    public static int width(Map<String, String> environment) {
        String columns = environment.get("COLUMNS");
        if (columns == null || !columns.strip().matches("[0-9]{1,5}")) {
            return DEFAULT_WIDTH;
        }
        return Math.max(MINIMUM_WIDTH, Integer.parseInt(columns.strip()));
    }

    /** Every line of {@code text} within {@code width} columns where it has spaces to break at. */
    public static String fit(String text, int width) {
        requireNonNull(text, "text is null");
        StringBuilder fitted = new StringBuilder(text.length() + 64);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            fitted.append(line.length() <= width || tabular(line) ? line : wrapLine(line, width));
            if (end < 0) {
                break;
            }
            fitted.append('\n');
            start = end + 1;
        }
        return fitted.toString();
    }

    /** Whether a line is a table's: its columns are set apart by two spaces or more, which prose never has. */
    private static boolean tabular(String line) {
        return line.strip().contains("  ");
    }

    private static String wrapLine(String line, int width) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        boolean command = line.startsWith(REPRODUCE, indent);
        String continuation = " ".repeat(indent + (command ? 4 : 2));
        String ending = command ? " \\" : "";
        StringBuilder out = new StringBuilder();
        String rest = line;
        String prefix = "";
        while ((prefix + rest).length() > width) {
            String current = prefix + rest;
            int limit = width - ending.length();
            int space = command ? beforeFlag(current, limit) : -1;
            space = space > 0 ? space : current.lastIndexOf(' ', limit);
            int first = prefix.length() + (prefix.isEmpty() ? indent : 0);
            if (space > first && wordAt(current, space + 1) > width - continuation.length()) {
                // a word no line can hold goes with the word before it, not alone on a line of its own
                int before = current.lastIndexOf(' ', space - 1);
                if (before <= first) {
                    break; // the line is that word and the one before it: it overflows
                }
                space = before;
            }
            if (space <= first) {
                space = current.indexOf(' ', limit); // a word longer than the line: let it overflow
                if (space < 0) {
                    break;
                }
            }
            out.append(current, 0, space).append(ending).append('\n');
            rest = current.substring(space + 1);
            prefix = continuation;
        }
        return out.append(prefix).append(rest).toString();
    }

    private static int wordAt(String text, int start) {
        int end = text.indexOf(' ', start);
        return (end < 0 ? text.length() : end) - start;
    }

    /** In a command, the last space within {@code limit} that starts a flag or follows a {@code ;}, or -1. */
    private static int beforeFlag(String command, int limit) {
        for (int index = Math.min(limit, command.length() - 1); index > limit / 2; index--) {
            if (command.charAt(index) == ' '
                    && (command.startsWith("--", index + 1) || command.charAt(index - 1) == ';')) {
                return index;
            }
        }
        return -1;
    }

    /**
     * A cell's text as lines of at most {@code width}: broken after a space, a slash, a hyphen, an underscore or a
     * comma where one falls within the width, else at the width.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>(1);
        String rest = text;
        while (rest.length() > width) {
            int cut = breakBefore(rest, width);
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    /** The longest run of a text without a space: the narrowest its lines can be without breaking a word. */
    static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split(" ")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static int breakBefore(String text, int width) {
        for (int index = width; index > width / 3; index--) {
            char before = text.charAt(index - 1);
            if (text.charAt(index) == ' ' || before == '/' || before == '-' || before == '_' || before == ',') {
                return index;
            }
        }
        return width;
    }
}
