package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * An open census store: one DuckDB database file holding the snapshots and what the lineage stage derived from them.
 * Opened read-only by commands that only measure, so that several can read one store at once; opened for writing by
 * imports, with the {@link SnapshotDerivation} every written snapshot goes through.
 *
 * <p>The store's {@code schema_version} is checked on every open. Opening an older store for writing migrates it in
 * place, in one transaction; opening it for reading refuses it with a message saying how to migrate it.
 */
public final class CensusStore implements AutoCloseable {
    /** The version of {@code schema.sql}: 2 added stored snapshot totals and the lineage tables, 3 the hub of each snapshot. */
    public static final int SCHEMA_VERSION = 4;

    private static final String VERSION_KEY = "schema_version";

    /** DuckDB's memory limit unless {@code MODELCENSUS_DUCKDB_MEMORY} says otherwise. */
    public static final String MEMORY_LIMIT = "3GB";

    /** The process DuckDB names as holding a store's lock. */
    private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

    private final Path path;
    private final DuckDBConnection connection;
    private final boolean readOnly;
    private final Optional<SnapshotDerivation> derivation;

    private CensusStore(
            Path path, DuckDBConnection connection, boolean readOnly, Optional<SnapshotDerivation> derivation) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
        this.derivation = derivation;
    }

    /**
     * Opens a store for writing, creating the file, its directory and its tables when missing, and migrating a store
     * of an older schema version.
     *
     * @param derivation what each snapshot an import writes goes through before the import commits
     */
    public static CensusStore openForWriting(Path path, SnapshotDerivation derivation) {
        requireNonNull(path, "path is null");
        requireNonNull(derivation, "derivation is null");
        requireNotDirectory(path);
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new CensusException(
                    ErrorCode.STORE_FAILURE, "cannot create the directory of store " + path + ": " + e.getMessage(), e);
        }
        CensusStore store = open(path, false, Optional.of(derivation));
        try {
            int version = store.readableVersion();
            try (Statement statement = store.connection.createStatement()) {
                for (String sql : SqlResource.statements(CensusStore.class, "schema.sql")) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw failure("cannot create the tables of store " + path, e);
            }
            if (version < SCHEMA_VERSION) {
                store.migrate(version);
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Opens an existing store for reading; a missing file is a {@link ErrorCode#STORE_NOT_FOUND} error. */
    public static CensusStore openForReading(Path path) {
        requireNonNull(path, "path is null");
        requireNotDirectory(path);
        if (!Files.isRegularFile(path)) {
            throw new CensusException(
                    ErrorCode.STORE_NOT_FOUND, "store " + path + " does not exist; import snapshots into it first");
        }
        CensusStore store = open(path, true, Optional.empty());
        try {
            int version = store.readableVersion();
            if (version < SCHEMA_VERSION) {
                throw new CensusException(
                        ErrorCode.STORE_VERSION,
                        "store " + path + " has schema version " + version + ", written by an older ModelCensus;"
                                + " this one reads version " + SCHEMA_VERSION + ". Upgrade it in place with"
                                + " `modelcensus migrate --store " + path + "` (one transaction; it derives the"
                                + " lineage of every snapshot)");
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Whether the store at {@code path} exists with an older schema version, so that opening it for writing migrates it. */
    public static boolean older(Path path) {
        requireNonNull(path, "path is null");
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (CensusStore store = open(path, true, Optional.empty())) {
            return store.schemaVersion().orElse(SCHEMA_VERSION) < SCHEMA_VERSION;
        }
    }

    /** The schema version of the store as it is: empty for a file without tables yet. */
    public Optional<Integer> schemaVersion() {
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'store_info'"
                                + " AND table_schema = 'main'")) {
            tables.next();
            if (tables.getLong(1) == 0) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read the schema of store " + path, e);
        }
        try (PreparedStatement statement =
                        SqlResource.prepare(connection, CensusStore.class, "store_info_get.sql", VERSION_KEY);
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return Optional.of(1);
            }
            String value = rows.getString(1);
            try {
                return Optional.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw new CensusException(
                        ErrorCode.STORE_VERSION,
                        "store " + path + " has schema version \"" + value + "\"; expected a whole number",
                        e);
            }
        } catch (SQLException e) {
            throw failure("cannot read the schema version of store " + path, e);
        }
    }

    /** The store's schema version (a new file counts as current); a newer one than this program reads is refused. */
    private int readableVersion() {
        int version = schemaVersion().orElse(SCHEMA_VERSION);
        if (version > SCHEMA_VERSION) {
            throw new CensusException(
                    ErrorCode.STORE_VERSION,
                    "store " + path + " has schema version " + version + ", written by a newer ModelCensus; this"
                            + " one reads up to version " + SCHEMA_VERSION + ". Use the newer version, or import into a"
                            + " new store");
        }
        return version;
    }

    /**
     * Brings a store of an older schema version to the current one in one transaction: from version 1, stores every
     * snapshot's totals and derives its lineage; from version 2, gives every snapshot its hub (Hugging Face); from
     * version 3, adds where each declaration of base models came from (unknown for rows already stored) and the count
     * of disagreements between the Hub's lineage and the tags (0 for lineage already derived); then records the
     * version.
     */
    private void migrate(int from) {
        try {
            Transaction.run(connection, () -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(SqlResource.load(CensusStore.class, "migrate_hub.sql"));
                    for (String sql : SqlResource.statements(CensusStore.class, "migrate_v4.sql")) {
                        statement.execute(sql);
                    }
                }
                if (from < 2) {
                    written(connection, snapshotIds());
                }
                try (PreparedStatement statement = SqlResource.prepare(
                        connection,
                        CensusStore.class,
                        "store_info_put.sql",
                        VERSION_KEY,
                        String.valueOf(SCHEMA_VERSION))) {
                    statement.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw failure("cannot migrate store " + path + " from schema version " + from, e);
        }
    }

    private List<Long> snapshotIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = SqlResource.prepare(connection, CensusStore.class, "snapshot_ids.sql");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /**
     * What every write of snapshots' rows ends with, in the writing transaction: the snapshots' totals are stored and
     * their lineage derived.
     */
    void written(Connection writing, List<Long> snapshotIds) throws SQLException {
        if (derivation.isEmpty()) {
            throw new IllegalStateException("store " + path + " is open read-only");
        }
        try (Statement statement = writing.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE written_snapshot (snapshot_id BIGINT NOT NULL)");
        }
        try {
            try (DuckDBAppender appender =
                    writing.unwrap(DuckDBConnection.class).createAppender("temp", "main", "written_snapshot")) {
                for (long snapshotId : snapshotIds) {
                    appender.beginRow();
                    appender.append(snapshotId);
                    appender.endRow();
                }
            }
            for (String sql : SqlResource.statements(CensusStore.class, "snapshot_summary_refresh.sql")) {
                try (Statement statement = writing.createStatement()) {
                    statement.execute(sql);
                }
            }
            derivation.get().derive(writing, List.copyOf(snapshotIds));
        } finally {
            try (Statement statement = writing.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS written_snapshot");
            }
        }
    }

    private static CensusStore open(Path path, boolean readOnly, Optional<SnapshotDerivation> derivation) {
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), properties);
            inUtc(connection);
            bounded(connection);
            return new CensusStore(path, connection.unwrap(DuckDBConnection.class), readOnly, derivation);
        } catch (SQLException e) {
            throw unopenable(path, e);
        }
    }

    private static void requireNotDirectory(Path path) {
        if (Files.isDirectory(path)) {
            throw new CensusException(
                    ErrorCode.NOT_A_STORE, "store " + path + " is a directory; give the path of a store file");
        }
    }

    /** Why a store cannot be opened, in one line that names it and says what to do. */
    private static CensusException unopenable(Path path, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
            Matcher holder = LOCK_HOLDER.matcher(message);
            String who = holder.find() ? " (process " + holder.group(1) + ")" : "";
            return new CensusException(
                    ErrorCode.STORE_IN_USE,
                    "store " + path + " is in use by another process" + who + ", such as an import or `modelcensus"
                            + " serve`; retry when it has finished, or stop it",
                    e);
        }
        if (message.contains("not a valid DuckDB database file")) {
            return new CensusException(
                    ErrorCode.NOT_A_STORE, "store " + path + " is not a ModelCensus store (not a DuckDB file)", e);
        }
        if (message.contains("Permission denied")) {
            return new CensusException(
                    ErrorCode.STORE_DENIED, "store " + path + " cannot be opened: permission denied", e);
        }
        return failure("cannot open store " + path, e);
    }

    /**
     * Bounds DuckDB's memory so that it leaves room for the JVM and the rest of the machine: {@value #MEMORY_LIMIT} by
     * default, or what {@code MODELCENSUS_DUCKDB_MEMORY} says (DuckDB's syntax, e.g. {@code 8GB}). Work that needs
     * more spills to {@code MODELCENSUS_DUCKDB_TEMP} when set, else to DuckDB's default beside the store file.
     */
    private static void bounded(Connection connection) throws SQLException {
        String memory = Optional.ofNullable(System.getenv("MODELCENSUS_DUCKDB_MEMORY"))
                .filter(value -> !value.isBlank())
                .orElse(MEMORY_LIMIT);
        try (PreparedStatement statement = connection.prepareStatement("SET memory_limit = ?")) {
            statement.setString(1, memory);
            statement.execute();
        } catch (SQLException e) {
            throw new CensusException(
                    ErrorCode.INVALID_ARGUMENT,
                    "MODELCENSUS_DUCKDB_MEMORY is \"" + memory + "\"; expected a size such as 4GB or 512MB",
                    e);
        }
        Optional<String> temp =
                Optional.ofNullable(System.getenv("MODELCENSUS_DUCKDB_TEMP")).filter(value -> !value.isBlank());
        if (temp.isPresent()) {
            try (PreparedStatement statement = connection.prepareStatement("SET temp_directory = ?")) {
                statement.setString(1, temp.get());
                statement.execute();
            }
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

    /**
     * Another connection to the same open database, for work in parallel: read-only like this one; both must be
     * closed.
     */
    public CensusStore duplicate() {
        if (!readOnly) {
            throw new IllegalStateException("only a store open read-only is shared between connections");
        }
        try {
            DuckDBConnection another = connection.duplicate();
            inUtc(another);
            return new CensusStore(path, another, true, Optional.empty());
        } catch (SQLException e) {
            throw failure("cannot open another connection to store " + path, e);
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
