package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** One point of a series: the share table measured at (or over the window ending on) its date. */
public record SeriesPoint(LocalDate date, ShareTable table) {
    public SeriesPoint {
        requireNonNull(date, "date is null");
        requireNonNull(table, "table is null");
    }

    /** A group's share at this point; 0 when the group has no downloads here. */
    public double share(String key) {
        return table.rows().stream()
                .filter(row -> row.key().equals(key))
                .mapToDouble(ShareRow::share)
                .sum();
    }
}
