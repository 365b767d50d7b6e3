package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.attribution.RegistryVersion;
import org.modelcensus.engine.SqlQuery;
import org.modelcensus.source.InputFile;

/**
 * Writes a store as the documented Parquet layout any engine reads (Spark, DuckDB, Polars, pandas): per snapshot, the
 * models and the lineage derived at import, partitioned {@code source=S/snapshot_date=D}; the snapshots, their files
 * and summaries; the registry used with its hash; and {@code manifest.json} saying what is where. The directory
 * appears whole or not at all: it is written beside its place and renamed at the end.
 */
public final class StoreExport {
    /** The layout's version, in the manifest; a reader refuses a version it does not know. */
    public static final int LAYOUT_VERSION = 2;

    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";

    /** The registry's file name in the layout. */
    public static final String REGISTRY = "registry.csv";

    /** Tables of one row per snapshot or fewer: one file each. */
    public static final List<String> SNAPSHOT_TABLES = List.of("snapshot", "snapshot_summary", "snapshot_file");

    /** Tables with rows in every snapshot: partitioned by source and snapshot date. */
    public static final List<String> PARTITIONED_TABLES = List.of(
            "model_observation",
            "lineage_node",
            "lineage_edge",
            "lineage_root",
            "lineage_broken_edge",
            "lineage_quality");

    /** The partition columns of the partitioned tables (in the directory names, not in the files). */
    public static final List<String> PARTITION_COLUMNS = List.of("source", "snapshot_date");

    private final CensusStore store;
    private final ObjectMapper json;
    private final Clock clock;

    public StoreExport(CensusStore store, ObjectMapper json, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.json = requireNonNull(json, "json is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** What was exported: the snapshots and the rows of each table. */
    public record Result(Path directory, int snapshots, Map<String, Long> rows) {
        public Result {
            requireNonNull(directory, "directory is null");
            rows = Map.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    /**
     * Exports the snapshots from {@code from} to {@code to} of {@code source} (each bound optional) into {@code
     * target}, which must not exist.
     */
    public Result export(
            Path target,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Optional<String> source,
            InputFile registry,
            RegistryVersion registryVersion) {
        requireNonNull(target, "target is null");
        if (Files.exists(target)) {
            throw CensusException.invalidArgument(
                    "parquet", target + " exists; an export writes a new directory (remove it or name another)");
        }
        Path parent = target.toAbsolutePath().getParent();
        Path partial;
        try {
            Files.createDirectories(parent);
            partial = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        } catch (IOException e) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE, "cannot write into " + parent + ": " + e.getMessage(), e);
        }
        try {
            Result result = write(partial, from, to, source, registry, registryVersion);
            move(partial, target);
            return new Result(target, result.snapshots(), result.rows());
        } finally {
            deleteQuietly(partial);
        }
    }

    private Result write(
            Path directory,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Optional<String> source,
            InputFile registry,
            RegistryVersion registryVersion) {
        Connection connection = store.connection();
        Map<String, Long> rows = new LinkedHashMap<>();
        ObjectNode manifest = json.createObjectNode();
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.load(StoreExport.class, "export_snapshot_table.sql"));
            try (PreparedStatement chosen = SqlResource.prepare(
                    connection,
                    StoreExport.class,
                    "export_snapshots.sql",
                    from.isPresent(),
                    from.orElse(LocalDate.EPOCH),
                    to.isPresent(),
                    to.orElse(LocalDate.EPOCH),
                    source.isPresent(),
                    source.orElse(""))) {
                if (chosen.executeUpdate() == 0) {
                    throw new CensusException(
                            ErrorCode.SNAPSHOT_NOT_FOUND,
                            "no snapshot of the store " + store.path() + " matches"
                                    + from.map(day -> " --from " + day).orElse("")
                                    + to.map(day -> " --to " + day).orElse("")
                                    + source.map(name -> " --source " + name).orElse("")
                                    + "; `modelcensus status` lists them");
                }
            }
            manifest.put("layout", "modelcensus-export");
            manifest.put("layoutVersion", LAYOUT_VERSION);
            manifest.put("storeSchemaVersion", CensusStore.SCHEMA_VERSION);
            manifest.put("exportedAt", clock.instant().toString());
            manifest.put("store", store.path().toString());
            ArrayNode snapshots = manifest.putArray("snapshots");
            try (ResultSet listed = statement.executeQuery(SqlResource.load(StoreExport.class, "export_listed.sql"))) {
                while (listed.next()) {
                    ObjectNode snapshot = snapshots.addObject();
                    snapshot.put("id", listed.getLong(1));
                    snapshot.put("source", listed.getString(2));
                    snapshot.put("date", listed.getObject(3, LocalDate.class).toString());
                    snapshot.put("models", listed.getLong(4));
                    putCount(snapshot, "downloads30d", listed, 5);
                    putCount(snapshot, "downloadsAllTime", listed, 6);
                }
            }
            String rowsQuery =
                    SqlQuery.of("duckdb", StoreExport.class, "export_rows.sql").text();
            for (String table : SNAPSHOT_TABLES) {
                Path file = directory.resolve(table).resolve(table + ".parquet");
                rows.put(
                        table,
                        copy(
                                statement,
                                "SELECT t.* FROM " + table
                                        + " t WHERE t.snapshot_id IN (SELECT snapshot_id FROM export_snapshot)"
                                        + " ORDER BY t.snapshot_id",
                                file,
                                false));
            }
            for (String table : PARTITIONED_TABLES) {
                String query = rowsQuery.replace("FROM TABLE t", "FROM " + table + " t");
                rows.put(table, copy(statement, query, directory.resolve(table), true));
            }
            ObjectNode tables = manifest.putObject("tables");
            rows.forEach((table, count) -> tables.putObject(table)
                    .put("rows", count)
                    .put("partitionedBy", PARTITIONED_TABLES.contains(table) ? "source, snapshot_date" : null));
            try (InputStream input = registry.openRaw()) {
                Files.copy(input, directory.resolve(REGISTRY));
            }
            manifest.putObject("registry")
                    .put("file", REGISTRY)
                    .put("name", registryVersion.name())
                    .put("rows", registryVersion.rows())
                    .put("sha256", registryVersion.sha256());
            json.writerWithDefaultPrettyPrinter()
                    .writeValue(directory.resolve(MANIFEST).toFile(), manifest);
            statement.execute("DROP TABLE export_snapshot");
            return new Result(directory, snapshots.size(), rows);
        } catch (SQLException e) {
            throw CensusStore.failure("cannot export the store " + store.path(), e);
        } catch (IOException e) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE, "cannot write the export into " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Counts a query's rows and writes them as Parquet. The file name cannot be a bound parameter of {@code COPY}: it
     * is a path this class chose, quoted as a SQL string.
     */
    private static long copy(Statement statement, String query, Path target, boolean partitioned)
            throws SQLException, IOException {
        long rows;
        try (ResultSet counted = statement.executeQuery("SELECT count(*) FROM (" + query + ")")) {
            counted.next();
            rows = counted.getLong(1);
        }
        // a table without rows is one empty file that still gives its columns, as partitions cannot
        boolean split = partitioned && rows > 0;
        Path file = split ? target : target.resolve(partitioned ? "empty.parquet" : "");
        Files.createDirectories(partitioned ? target : target.getParent());
        String path = file.toAbsolutePath().toString();
        if (path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a path holds a NUL character: " + path);
        }
        String options = split
                ? "(FORMAT parquet, COMPRESSION zstd, PARTITION_BY (source, snapshot_date), OVERWRITE_OR_IGNORE)"
                : "(FORMAT parquet, COMPRESSION zstd)";
        statement.execute("COPY (" + query + ") TO '" + path.replace("'", "''") + "' " + options);
        return rows;
    }

    private static void putCount(ObjectNode node, String field, ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        if (rows.wasNull()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void move(Path partial, Path target) {
        try {
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw CensusException.invalidArgument("parquet", target + " appeared while the export was written");
        } catch (IOException e) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE, "cannot move the export to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary directory is named .NAME.partial-…: harmless, and said nowhere else
        }
    }
}
