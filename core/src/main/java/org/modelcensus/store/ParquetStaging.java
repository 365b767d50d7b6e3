package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.ModelRecord;
import org.modelcensus.source.RowErrors;
import org.modelcensus.source.SnapshotFormat;

/**
 * Stages Parquet files (hub-stats dumps, the study's dataset) with DuckDB's own reader: the rows go from the file to
 * the staging table inside DuckDB, never through the Java heap. Bad rows are found in SQL and reported by row.
 */
public final class ParquetStaging {
    private final Connection connection;

    ParquetStaging(Connection connection) {
        this.connection = requireNonNull(connection, "connection is null");
    }

    /**
     * Stages one file; returns the number of rows staged, or 0 when its rows were reported to {@code errors}.
     *
     * @param arrival the arrival number of the file's first row, so that later rows win over earlier ones
     * @param snapshotDate the snapshot's date: for formats whose rows carry none, the date of all rows; for formats
     *     dated by content, the one day whose rows are staged, or null for every day
     */
    long stage(
            InputFile file,
            SnapshotFormat format,
            int fileIndex,
            long arrival,
            LocalDate snapshotDate,
            RowErrors errors)
            throws SQLException {
        Path path = Path.of(file.name());
        if (!Files.isRegularFile(path)) {
            throw new CensusException(ErrorCode.UNREADABLE_FILE, file.name() + ": no such file");
        }
        String prefix = format == SnapshotFormat.HUB_STATS ? "hub_stats" : "eoi";
        requireColumns(file, format);
        try (PreparedStatement rows = connection.prepareStatement(sql(prefix + "_rows.sql"))) {
            rows.setString(1, path.toAbsolutePath().toString());
            rows.execute();
        } catch (SQLException e) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE,
                    file.name() + ": cannot be read as a " + format.label() + " Parquet file (" + e.getMessage() + ")",
                    e);
        }
        try (Statement statement = connection.createStatement();
                ResultSet problems = statement.executeQuery(sql(prefix + "_problems.sql"))) {
            boolean any = false;
            while (problems.next()) {
                any = true;
                errors.add(file.name() + ": row " + problems.getLong("row_number"), problems.getString("problem"));
            }
            if (any) {
                return 0;
            }
        }
        try (PreparedStatement staging = connection.prepareStatement(sql(prefix + "_staging.sql"))) {
            staging.setLong(1, arrival);
            staging.setInt(2, fileIndex);
            if (format == SnapshotFormat.HUB_STATS) {
                staging.setObject(3, snapshotDate);
                staging.setString(4, ModelRecord.PLACEHOLDER.toString());
            } else {
                staging.setString(3, ModelRecord.PLACEHOLDER.toString());
                staging.setObject(4, snapshotDate);
                staging.setObject(5, snapshotDate);
            }
            return staging.executeUpdate();
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS parquet_rows");
            }
        }
    }

    private void requireColumns(InputFile file, SnapshotFormat format) {
        requireColumns(
                connection,
                Path.of(file.name()),
                format == SnapshotFormat.HUB_STATS ? Set.of("id") : Set.of("id", "time", "downloadsAllTime"),
                "a " + format.label() + " file");
    }

    /**
     * Checks that a Parquet file has the columns a reader needs.
     *
     * @param what what the file is meant to be, for the message: "a hub-stats file"
     * @return the file's columns, in its order
     * @throws CensusException naming the file, the missing columns, those needed and those it has
     */
    public static List<String> requireColumns(Connection connection, Path file, Set<String> required, String what) {
        List<String> columns = columns(connection, file);
        List<String> missing = required.stream()
                .filter(column -> !columns.contains(column))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw new CensusException(
                    ErrorCode.MALFORMED_ROWS,
                    file + ": no column " + String.join(", ", missing) + "; " + what + " needs "
                            + String.join(", ", required.stream().sorted().toList())
                            + " (it has " + String.join(", ", columns) + ")");
        }
        return columns;
    }

    /** The columns of a Parquet file, in its order. */
    public static List<String> columns(Connection connection, Path file) {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("parquet_columns.sql"))) {
            statement.setString(1, file.toAbsolutePath().toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE, file + ": not a Parquet file (" + e.getMessage() + ")", e);
        }
        return columns;
    }

    private static String sql(String name) {
        return SqlResource.load(ParquetStaging.class, name);
    }
}
