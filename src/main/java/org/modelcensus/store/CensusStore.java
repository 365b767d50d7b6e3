package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * An open census store: one DuckDB database file holding the snapshots. Opened read-only by commands that only
 * measure, so that several can read one store at once; opened for writing by imports.
 */
public final class CensusStore implements AutoCloseable {
    private final Path path;
    private final DuckDBConnection connection;
    private final boolean readOnly;

    private CensusStore(Path path, DuckDBConnection connection, boolean readOnly) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens a store for writing, creating the file, its directory and its tables when missing. */
    public static CensusStore openForWriting(Path path) {
        requireNonNull(path, "path is null");
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new CensusException(
                    ErrorCode.STORE_FAILURE, "cannot create the directory of store " + path + ": " + e.getMessage(), e);
        }
        CensusStore store = open(path, false);
        try (Statement statement = store.connection.createStatement()) {
            for (String sql : SqlResource.statements(CensusStore.class, "schema.sql")) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            store.close();
            throw failure("cannot create the tables of store " + path, e);
        }
        return store;
    }

    /** Opens an existing store for reading; a missing file is a {@link ErrorCode#STORE_NOT_FOUND} error. */
    public static CensusStore openForReading(Path path) {
        requireNonNull(path, "path is null");
        if (!Files.isRegularFile(path)) {
            throw new CensusException(
                    ErrorCode.STORE_NOT_FOUND, "store " + path + " does not exist; import snapshots into it first");
        }
        return open(path, true);
    }

    private static CensusStore open(Path path, boolean readOnly) {
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), properties);
            inUtc(connection);
            return new CensusStore(path, connection.unwrap(DuckDBConnection.class), readOnly);
        } catch (SQLException e) {
            throw failure("cannot open store " + path, e);
        }
    }

    /**
     * Makes a connection read and write times in UTC, whatever the machine's time zone: times without a zone in files
     * (Parquet) are UTC, and so are the store's.
     */
    public static void inUtc(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
        }
    }

    public Path path() {
        return path;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The store's connection; callers must not close it. */
    public DuckDBConnection connection() {
        return connection;
    }

    /** Wraps a database error with what was being done. */
    public static CensusException failure(String doing, SQLException cause) {
        return new CensusException(ErrorCode.STORE_FAILURE, doing + ": " + cause.getMessage(), cause);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close store " + path, e);
        }
    }
}
