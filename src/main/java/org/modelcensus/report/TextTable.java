package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: numbers to the right, text to the left. */
final class TextTable {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

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

    /** The table as lines, each starting with {@code indent}. */
    String render(String indent) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, indent, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int column = 0; column < widths.length; column++) {
            rule.append(column == 0 ? "" : "  ").append("-".repeat(widths[column]));
        }
        text.append(indent).append(rule).append('\n');
        for (List<String> row : rows) {
            line(text, indent, row, widths);
        }
        return text.toString();
    }

    private void line(StringBuilder text, String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int column = 0; column < widths.length; column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - cell.length());
            line.append(column == 0 ? "" : "  ");
            line.append(rightAligned[column] ? padding + cell : cell + padding);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
