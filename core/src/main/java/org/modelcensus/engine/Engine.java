package org.modelcensus.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the measures run: DuckDB on one machine, Spark on a cluster. A measure is a stateless {@code SELECT} with bound
 * parameters ({@link SqlQuery}); the engine runs it and streams its rows back in the query's order. The only relation
 * a session adds beside the store's tables is the organisation registry of the run, installed once and never changed
 * by a measure.
 */
public interface Engine {
    /**
     * The SQL dialect, {@code duckdb} or {@code spark}: a query resource {@code name.sql} is read from {@code
     * name.<dialect>.sql} where that exists (see DEVELOPMENT.md for the few that do).
     */
    String dialect();

    /** Runs a query and hands its rows, in order, to the consumer. */
    void forEach(SqlQuery query, RowConsumer consumer);

    /** Runs a query that answers one row, and maps it. */
    default <T> T single(SqlQuery query, RowMapper<T> mapper) {
        List<T> found = new ArrayList<>(1);
        forEach(query, row -> {
            if (!found.isEmpty()) {
                throw new IllegalStateException(query.name() + " answered more than one row");
            }
            found.add(mapper.map(row));
        });
        if (found.isEmpty()) {
            throw new IllegalStateException(query.name() + " answered no row");
        }
        return found.get(0);
    }

    /**
     * Installs a session relation (the registry of the run) that later queries read as a table: the columns, all text,
     * and the rows, each as many values as columns. Installing a name again replaces it.
     */
    void install(String name, List<String> columns, List<List<String>> rows);

    /** One row of a query's answer, read by column position (from 1) or name, as JDBC and Spark read rows. */
    interface Row {
        String getString(int column);

        String getString(String column);

        /** A whole number; 0 where NULL (ask {@link #isNull} where that matters). */
        long getLong(int column);

        long getLong(String column);

        int getInt(int column);

        int getInt(String column);

        boolean getBoolean(int column);

        boolean getBoolean(String column);

        /** A date; null where NULL. */
        LocalDate getDate(String column);

        /** A timestamp without zone (the store keeps UTC); null where NULL. */
        LocalDateTime getTimestamp(int column);

        boolean isNull(int column);

        boolean isNull(String column);
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(Row row);
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(Row row);
    }
}
