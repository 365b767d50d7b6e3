package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.modelcensus.engine.Engine;
import org.modelcensus.engine.SqlQuery;

/**
 * The measures on DuckDB: each query runs on the store's connection (one per engine; the server's workers have one
 * each) and its rows stream from the result set.
 */
public final class DuckDbEngine implements Engine {
    private final CensusStore store;

    public DuckDbEngine(CensusStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    @Override
    public String dialect() {
        return "duckdb";
    }

    @Override
    public void forEach(SqlQuery query, RowConsumer consumer) {
        requireNonNull(query, "query is null");
        requireNonNull(consumer, "consumer is null");
        try (PreparedStatement statement = store.connection().prepareStatement(query.text())) {
            List<Object> parameters = query.parameters();
            for (int index = 0; index < parameters.size(); index++) {
                statement.setObject(index + 1, parameters.get(index));
            }
            try (ResultSet rows = statement.executeQuery()) {
                Row row = new ResultRow(rows);
                while (rows.next()) {
                    consumer.accept(row);
                }
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot run " + query.name(), e);
        } catch (UncheckedSqlException e) {
            throw CensusStore.failure("cannot read the rows of " + query.name(), e.getCause());
        }
    }

    @Override
    public void install(String name, List<String> columns, List<List<String>> rows) {
        requireNonNull(rows, "rows is null");
        requireIdentifier(name);
        columns.forEach(DuckDbEngine::requireIdentifier);
        String definition =
                columns.stream().map(column -> column + " VARCHAR NOT NULL").collect(Collectors.joining(", "));
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE " + name + " (" + definition + ")");
        } catch (SQLException e) {
            throw CensusStore.failure("cannot create the session table " + name, e);
        }
        try (DuckDBAppender appender = store.connection().createAppender("temp", "main", name)) {
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            name + " has " + columns.size() + " columns but a row of " + row.size() + " values");
                }
                appender.beginRow();
                for (String value : row) {
                    appender.append(requireNonNull(value, "a value of " + name + " is null"));
                }
                appender.endRow();
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot fill the session table " + name, e);
        }
    }

    private static void requireIdentifier(String name) {
        if (name == null || !name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("a session table or column name is lower-case words: " + name);
        }
    }

    /** A result set's current row. */
    private record ResultRow(ResultSet rows) implements Row {
        /** A read of the current row, which JDBC may fail. */
        private interface Read<T> {
            T from(ResultSet rows) throws SQLException;
        }

        private <T> T read(Read<T> read) {
            try {
                return read.from(rows);
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        @Override
        public String getString(int column) {
            return read(current -> current.getString(column));
        }

        @Override
        public String getString(String column) {
            return read(current -> current.getString(column));
        }

        @Override
        public long getLong(int column) {
            return read(current -> current.getLong(column));
        }

        @Override
        public long getLong(String column) {
            return read(current -> current.getLong(column));
        }

        @Override
        public int getInt(int column) {
            return read(current -> current.getInt(column));
        }

        @Override
        public int getInt(String column) {
            return read(current -> current.getInt(column));
        }

        @Override
        public boolean getBoolean(int column) {
            return read(current -> current.getBoolean(column));
        }

        @Override
        public boolean getBoolean(String column) {
            return read(current -> current.getBoolean(column));
        }

        @Override
        public LocalDate getDate(String column) {
            return read(current -> current.getObject(column, LocalDate.class));
        }

        @Override
        public LocalDateTime getTimestamp(int column) {
            return read(current -> current.getObject(column, LocalDateTime.class));
        }

        @Override
        public boolean isNull(int column) {
            return read(current -> current.getObject(column) == null);
        }

        @Override
        public boolean isNull(String column) {
            return read(current -> current.getObject(column) == null);
        }
    }

    /** A failure to read a row, carried out of a {@link Row} method to {@link #forEach}. */
    private static final class UncheckedSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
