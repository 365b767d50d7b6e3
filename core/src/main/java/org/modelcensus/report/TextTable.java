package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-text table with aligned columns: numbers to the right, text to the left. It fits a width: headers wrap
 * first, then the widest text columns narrow, their cells wrapping onto more lines (never cut).
 */
final class TextTable {
    /** The narrowest a text column is made to fit a width. */
    private static final int MINIMUM_TEXT_WIDTH = 20;

    private static final String GAP = "  ";

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();
    /** A line of prose under a row, by row index. */
    private final Map<Integer, String> details = new HashMap<>();

    /** Column headers; a header starting with {@code >} marks a right-aligned column (the mark is not printed). */
    TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int column = 0; column < headers.length; column++) {
            String header = requireNonNull(headers[column], "header is null");
            rightAligned[column] = header.startsWith(">");
            this.headers.add(rightAligned[column] ? header.substring(1) : header);
        }
    }

    TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells; the table has " + headers.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    /** A line of prose printed under the last row, across the table: what does not fit in a column. */
    TextTable detail(String text) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("a detail belongs to a row; the table has none");
        }
        details.put(rows.size() - 1, requireNonNull(text, "text is null"));
        return this;
    }

    /** The table as lines, each starting with {@code indent}, within {@code width} columns where it can be. */
    String render(String indent, int width) {
        int[] widths = widths(width - indent.length());
        StringBuilder text = new StringBuilder();
        List<List<String>> headerLines = new ArrayList<>();
        int headerHeight = 0;
        for (int column = 0; column < widths.length; column++) {
            List<String> lines = Layout.wrap(headers.get(column), widths[column]);
            headerLines.add(lines);
            headerHeight = Math.max(headerHeight, lines.size());
        }
        for (int line = 0; line < headerHeight; line++) {
            List<String> cells = new ArrayList<>();
            for (List<String> lines : headerLines) {
                // headers sit on the rule: a short one on the last line
                int offset = headerHeight - lines.size();
                cells.add(line >= offset ? lines.get(line - offset) : "");
            }
            line(text, indent, cells, widths);
        }
        StringBuilder rule = new StringBuilder();
        for (int column = 0; column < widths.length; column++) {
            rule.append(column == 0 ? "" : GAP).append("-".repeat(widths[column]));
        }
        text.append(indent).append(rule).append('\n');
        for (int index = 0; index < rows.size(); index++) {
            List<String> row = rows.get(index);
            List<List<String>> cellLines = new ArrayList<>();
            int height = 1;
            for (int column = 0; column < widths.length; column++) {
                List<String> lines = Layout.wrap(row.get(column), widths[column]);
                cellLines.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int line = 0; line < height; line++) {
                List<String> cells = new ArrayList<>();
                for (List<String> lines : cellLines) {
                    cells.add(line < lines.size() ? lines.get(line) : "");
                }
                line(text, indent, cells, widths);
            }
            String detail = details.get(index);
            if (detail != null) {
                // under the second column, where the row's name starts
                String under = indent + " ".repeat(widths.length > 1 ? widths[0] + GAP.length() : 0);
                text.append(Layout.fit(under + detail, width)).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Column widths within {@code available} columns: each as wide as its widest cell and header; if that is too
     * wide, headers wrap at their spaces; if still too wide, the widest text columns narrow, down to a minimum.
     */
    private int[] widths(int available) {
        int columns = headers.size();
        int[] cells = new int[columns];
        int[] widths = new int[columns];
        for (int column = 0; column < columns; column++) {
            for (List<String> row : rows) {
                cells[column] = Math.max(cells[column], row.get(column).length());
            }
            widths[column] = Math.max(cells[column], headers.get(column).length());
        }
        if (total(widths) <= available) {
            return widths;
        }
        for (int column = 0; column < columns; column++) {
            widths[column] = Math.max(cells[column], Layout.longestWord(headers.get(column)));
        }
        while (total(widths) > available) {
            int widest = -1;
            for (int column = 0; column < columns; column++) {
                if (!rightAligned[column]
                        && widths[column] > MINIMUM_TEXT_WIDTH
                        && (widest < 0 || widths[column] > widths[widest])) {
                    widest = column;
                }
            }
            if (widest < 0) {
                break; // as narrow as it reads: wider than asked
            }
            widths[widest]--;
        }
        return widths;
    }

    private static int total(int[] widths) {
        return Arrays.stream(widths).sum() + GAP.length() * (widths.length - 1);
    }

    private void line(StringBuilder text, String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int column = 0; column < widths.length; column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(Math.max(0, widths[column] - cell.length()));
            line.append(column == 0 ? "" : GAP);
            line.append(rightAligned[column] ? padding + cell : cell + padding);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
