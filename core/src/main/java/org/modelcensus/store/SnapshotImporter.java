package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.duckdb.DuckDBAppender;
import org.modelcensus.CensusException;
import org.modelcensus.Sha256;
import org.modelcensus.source.Hub;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.OsirLmtsReader;
import org.modelcensus.source.RowErrors;
import org.modelcensus.source.SnapshotDates;
import org.modelcensus.source.SnapshotFormat;

/**
 * Imports files into the store as dated snapshots, atomically: rows are streamed into a private staging table with
 * DuckDB's appender, checked, and moved into the store in one transaction. Any error leaves the store as it was.
 * A model imported again into the same snapshot replaces its earlier row, so re-importing a file never double-counts.
 */
public final class SnapshotImporter {
    /** How often, in rows, progress is reported. */
    public static final long PROGRESS_EVERY = 100_000;

    private final CensusStore store;
    private final ObjectMapper json;
    private final Clock clock;

    public SnapshotImporter(CensusStore store, ObjectMapper json, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.json = requireNonNull(json, "json is null");
        this.clock = requireNonNull(clock, "clock is null");
        if (store.readOnly()) {
            throw new IllegalArgumentException("store is open read-only");
        }
    }

    /** The store written. */
    CensusStore store() {
        return store;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Imports {@code files} of one format as snapshots.
     *
     * @param progress told the number of rows read so far, every {@value #PROGRESS_EVERY} rows
     */
    public ImportResult importFiles(
            List<InputFile> files, SnapshotFormat format, ImportOptions options, LongConsumer progress) {
        requireNonNull(files, "files is null");
        requireNonNull(format, "format is null");
        requireNonNull(options, "options is null");
        if (format != SnapshotFormat.OSIR_LMTS) {
            ImportOptions ofHub = options.hub() == format.hub()
                    ? options
                    : options.of(format.hub(), options.source().orElse(format.label()));
            return importParts(List.of(new Part(files, format, ofHub)), progress);
        }
        // A crawl of two hubs: each hub's files are a source of their own, imported in the same transaction.
        OsirLmtsReader reader = new OsirLmtsReader(json);
        String source = options.source().orElse(format.label());
        Map<Hub, List<InputFile>> byHub = new EnumMap<>(Hub.class);
        for (InputFile file : files) {
            byHub.computeIfAbsent(reader.hub(file), ignored -> new ArrayList<>())
                    .add(file);
        }
        List<Part> parts = new ArrayList<>();
        byHub.forEach((hub, ofHub) -> parts.add(new Part(ofHub, format, options.of(hub, sourceOfHub(source, hub)))));
        return importParts(parts, progress);
    }

    /**
     * The source label of a hub's snapshots in an import of a crawl of several hubs: the source itself for Hugging
     * Face, {@code SOURCE-modelscope} for ModelScope.
     */
    public static String sourceOfHub(String source, Hub hub) {
        return hub == Hub.HUGGINGFACE ? source : source + "-" + hub.label();
    }

    /** Files of one format imported as the snapshots of one source and hub. */
    public record Part(List<InputFile> files, SnapshotFormat format, ImportOptions options) {
        public Part {
            files = List.copyOf(requireNonNull(files, "files is null"));
            requireNonNull(format, "format is null");
            requireNonNull(options, "options is null");
            if (files.isEmpty()) {
                throw CensusException.invalidArgument("files", "no files to import");
            }
        }

        String source() {
            return options.source().orElse(format.label());
        }
    }

    /**
     * Imports several parts (the Hugging Face and the ModelScope files of a crawl of both hubs, say) in one
     * transaction: all of them, or nothing when any file is bad.
     */
    public ImportResult importParts(List<Part> parts, LongConsumer progress) {
        requireNonNull(parts, "parts is null");
        requireNonNull(progress, "progress is null");
        if (parts.isEmpty()) {
            throw CensusException.invalidArgument("files", "no files to import");
        }
        return thenDropStaging("cannot import into store ", () -> {
            createStaging();
            Connection connection = store.connection();
            return Transaction.run(connection, () -> {
                ImportResult result = null;
                for (Part part : parts) {
                    Merge merge = new Merge(
                            connection,
                            part.format(),
                            part.source(),
                            part.options().hub(),
                            part.options().replace());
                    long rowsRead = stage(part.files(), part.format(), part.options(), progress, merge);
                    ImportResult written = merge.finish(rowsRead, ignored -> {});
                    result = result == null ? written : result.and(written);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DELETE FROM import_written_date");
                    }
                }
                return result;
            });
        });
    }

    /**
     * Stages the files one at a time, each merged into the store (inside the import's transaction) before the next is
     * read, so that memory holds one file's rows at most; returns how many rows were read. Every file is read even
     * after a bad row, so that all bad rows are reported.
     */
    private long stage(
            List<InputFile> files, SnapshotFormat format, ImportOptions options, LongConsumer progress, Merge merge)
            throws SQLException {
        RowErrors errors = new RowErrors();
        long rowsRead = 0;
        for (int index = 0; index < files.size(); index++) {
            InputFile file = files.get(index);
            String hash;
            if (format.parquet()) {
                LocalDate date = format.datedByContent()
                        ? options.snapshotDate().orElse(null)
                        : SnapshotDates.resolve(options.snapshotDate(), file);
                rowsRead += new ParquetStaging(store.connection()).stage(file, format, index, rowsRead, date, errors);
                hash = sha256Of(file);
            } else {
                MessageDigest digest = Sha256.digest();
                rowsRead = stageRows(file, digest, index, rowsRead, format, options, progress, errors);
                hash = Sha256.hex(digest);
            }
            if (errors.isEmpty()) {
                recordFile(index, file, hash);
                merge.batch();
            }
        }
        if (rowsRead == 0 && errors.isEmpty()) {
            errors.add(files.get(0).name(), "no models; expected at least one model row");
        }
        errors.throwIfAny();
        return rowsRead;
    }

    /** Appends one file's rows to the staging table; returns the rows read so far in the import. */
    private long stageRows(
            InputFile file,
            MessageDigest digest,
            int index,
            long readBefore,
            SnapshotFormat format,
            ImportOptions options,
            LongConsumer progress,
            RowErrors errors)
            throws SQLException {
        long[] rowsRead = {readBefore};
        InputFile hashed = new InputFile(file.name(), () -> new DrainingDigestStream(file.openRaw(), digest));
        try (DuckDBAppender appender = store.connection().createAppender("temp", "main", "import_staging")) {
            format.reader(json)
                    .read(
                            hashed,
                            options.snapshotDate(),
                            (date, model) -> {
                                if (errors.isEmpty()) {
                                    StagingRows.append(appender, rowsRead[0], index, date, model);
                                }
                                rowsRead[0]++;
                                if (rowsRead[0] % PROGRESS_EVERY == 0) {
                                    progress.accept(rowsRead[0]);
                                }
                            },
                            errors);
        }
        return rowsRead[0];
    }

    private void recordFile(int index, InputFile file, String hash) throws SQLException {
        try (PreparedStatement insert =
                store.connection().prepareStatement("INSERT INTO import_file VALUES (?, ?, ?)")) {
            insert.setInt(1, index);
            insert.setString(2, file.name());
            insert.setString(3, hash);
            insert.executeUpdate();
        }
    }

    private static String sha256Of(InputFile file) {
        MessageDigest digest = Sha256.digest();
        try (InputStream input = new DigestInputStream(file.openRaw(), digest)) {
            input.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw file.unreadable(e);
        }
        return Sha256.hex(digest);
    }

    /** Work done in the same transaction as an import's commit. */
    @FunctionalInterface
    interface InTransaction {
        void run(Connection connection) throws SQLException;
    }

    /** Creates the private staging tables an import fills. */
    void createStaging() throws SQLException {
        try (Statement statement = store.connection().createStatement()) {
            statement.execute(SqlResource.load(SnapshotImporter.class, "import_staging.sql"));
            statement.execute(SqlResource.load(SnapshotImporter.class, "import_files.sql"));
            statement.execute(SqlResource.load(SnapshotImporter.class, "import_written_dates.sql"));
        }
    }

    /**
     * Commits what the staging tables hold as snapshots of {@code source}, with {@code also} done in the same
     * transaction, and drops the staging tables.
     */
    ImportResult commitStaged(SnapshotFormat format, String source, long rowsRead, InTransaction also) {
        Connection connection = store.connection();
        return thenDropStaging(
                "cannot commit a snapshot into store ",
                () -> Transaction.run(connection, () -> {
                    Merge merge = new Merge(connection, format, source, format.hub(), false);
                    merge.batch();
                    return merge.finish(rowsRead, also);
                }));
    }

    /**
     * Runs {@code work} on the staging tables, then drops them; a failed drop after a failure is attached to it
     * rather than hiding it.
     */
    private ImportResult thenDropStaging(String failing, Transaction.Work<ImportResult> work) {
        RuntimeException failure = null;
        try {
            return work.run();
        } catch (SQLException e) {
            failure = CensusStore.failure(failing + store.path(), e);
            throw failure;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            try {
                dropStaging(store.connection());
            } catch (RuntimeException dropFailed) {
                if (failure == null) {
                    throw dropFailed;
                }
                failure.addSuppressed(dropFailed);
            }
        }
    }

    /**
     * Moves staged rows into the store, one batch (a file) at a time, inside the import's transaction: within a
     * batch the last row of a model and date wins, and a later batch replaces an earlier one's rows, as a later file
     * does.
     */
    private final class Merge {
        private final Connection connection;
        private final SnapshotFormat format;
        private final String source;
        private final Hub hub;
        private final boolean replace;
        private long kept;
        private long replacedAgain;
        private long placeholders;

        Merge(Connection connection, SnapshotFormat format, String source, Hub hub, boolean replace) {
            this.connection = connection;
            this.format = format;
            this.source = source;
            this.hub = hub;
            this.replace = replace;
        }

        /** Merges what the staging table holds, then empties it. */
        void batch() throws SQLException {
            execute(connection, "import_latest.sql");
            kept += count(connection, "SELECT count(*) FROM import_latest");
            placeholders +=
                    count(connection, "SELECT count(*) FILTER (WHERE created_at_placeholder) FROM import_staging");
            try (PreparedStatement conflicts = SqlResource.prepare(
                            connection,
                            SnapshotImporter.class,
                            "conflicting_formats.sql",
                            source,
                            format.label(),
                            hub.label());
                    ResultSet rows = conflicts.executeQuery()) {
                if (rows.next()) {
                    String snapshot =
                            "snapshot " + rows.getObject(1, LocalDate.class) + " of source \"" + source + "\"";
                    throw CensusException.invalidArgument(
                            "source",
                            hub.label().equals(rows.getString(3))
                                    ? snapshot + " was imported from format " + rows.getString(2) + ", not "
                                            + format.label() + "; give another --source"
                                    : snapshot + " is of hub " + rows.getString(3) + ", not " + hub.label()
                                            + " (a source is of one hub); give another --source");
                }
            }
            if (replace) {
                update(connection, "delete_replaced_snapshots.sql", source);
                update(connection, "delete_replaced_files.sql", source);
            }
            try (PreparedStatement dates = SqlResource.prepare(
                    connection, SnapshotImporter.class, "import_batch_dates.sql", replace, source)) {
                dates.executeUpdate();
            }
            update(connection, "insert_missing_snapshots.sql", source, format.label(), hub.label(), source);
            try (PreparedStatement again = SqlResource.prepare(
                            connection, SnapshotImporter.class, "import_replaced_again.sql", source);
                    ResultSet rows = again.executeQuery()) {
                rows.next();
                replacedAgain += rows.getLong(1);
            }
            update(connection, "delete_replaced_models.sql", source);
            update(connection, "insert_models.sql", source);
            List<String> fileStatements = SqlResource.statements(SnapshotImporter.class, "insert_files.sql");
            try (PreparedStatement forget = connection.prepareStatement(fileStatements.get(0));
                    PreparedStatement record = connection.prepareStatement(fileStatements.get(1))) {
                forget.setString(1, source);
                forget.executeUpdate();
                record.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
                record.setString(2, source);
                record.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM import_staging");
                statement.execute("DELETE FROM import_file");
                statement.execute("DROP TABLE import_latest");
            }
        }

        /** Derives what the written snapshots need, runs {@code also}, and says what was written. */
        ImportResult finish(long rowsRead, InTransaction also) throws SQLException {
            List<ImportResult.WrittenSnapshot> written = new ArrayList<>();
            List<Long> snapshotIds = new ArrayList<>();
            try (PreparedStatement imported =
                            SqlResource.prepare(connection, SnapshotImporter.class, "imported_snapshots.sql", source);
                    ResultSet rows = imported.executeQuery()) {
                while (rows.next()) {
                    written.add(new ImportResult.WrittenSnapshot(
                            rows.getObject(1, LocalDate.class), rows.getString(2), rows.getLong(3)));
                    snapshotIds.add(rows.getLong(4));
                }
            }
            store.written(connection, snapshotIds);
            also.run(connection);
            return new ImportResult(written, rowsRead, rowsRead - kept + replacedAgain, placeholders);
        }
    }

    private static void execute(Connection connection, String resource) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.load(SnapshotImporter.class, resource));
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void update(Connection connection, String resource, String... parameters) throws SQLException {
        try (PreparedStatement statement =
                SqlResource.prepare(connection, SnapshotImporter.class, resource, parameters)) {
            statement.executeUpdate();
        }
    }

    /** Drops the staging tables of an import that will not be committed. */
    void dropStagingTables() {
        dropStaging(store.connection());
    }

    private static void dropStaging(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS import_staging");
            statement.execute("DROP TABLE IF EXISTS import_latest");
            statement.execute("DROP TABLE IF EXISTS import_file");
            statement.execute("DROP TABLE IF EXISTS import_written_date");
        } catch (SQLException e) {
            throw CensusStore.failure("cannot drop the staging tables", e);
        }
    }

    /** Hashes what it reads and, when closed early, reads the rest so the hash covers the whole file. */
    private static final class DrainingDigestStream extends FilterInputStream {
        DrainingDigestStream(InputStream raw, MessageDigest digest) {
            super(new DigestInputStream(raw, digest));
        }

        @Override
        public void close() throws IOException {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // drain
            }
            super.close();
        }
    }
}
