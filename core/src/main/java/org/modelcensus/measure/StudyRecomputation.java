package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.source.RowErrors;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.ParquetStaging;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SqlResource;

/**
 * Recomputes the study's headline table from a file of its public dataset, read by DuckDB where it lies: the study's
 * own attributions ({@code org_country}, {@code derived_org_country}) and its counts, the project's first-year measure.
 */
public final class StudyRecomputation {
    /** The columns the recomputation reads: counts over time, creation, and both countries. */
    private static final Set<String> REQUIRED_COLUMNS =
            Set.of("id", "time", "downloadsAllTime", "created", "org_country", "derived_org_country");

    private final Connection connection;

    /** @param connection a DuckDB connection for the work (an in-memory one will do) */
    public StudyRecomputation(Connection connection) {
        this.connection = requireNonNull(connection, "connection is null");
    }

    /**
     * @param from the day before the window starts; empty for 365 days before its end
     * @param to the window's last day; empty for the day of the file's last count
     */
    public StudyTable recompute(Path input, Optional<LocalDate> from, Optional<LocalDate> to) {
        requireNonNull(input, "input is null");
        if (!Files.isRegularFile(input)) {
            throw new CensusException(ErrorCode.UNREADABLE_FILE, input + ": no such file");
        }
        try {
            CensusStore.inUtc(connection);
            ParquetStaging.requireColumns(connection, input, REQUIRED_COLUMNS, "the study's file");
            try (PreparedStatement rows = connection.prepareStatement(studySql("eoi_rows.sql"))) {
                rows.setString(1, input.toAbsolutePath().toString());
                rows.execute();
            } catch (SQLException e) {
                throw new CensusException(
                        ErrorCode.UNREADABLE_FILE,
                        input + ": cannot be read as the study's Parquet file (" + e.getMessage() + ")",
                        e);
            }
            RowErrors errors = new RowErrors();
            try (Statement statement = connection.createStatement();
                    ResultSet problems = statement.executeQuery(studySql("eoi_problems.sql"))) {
                while (problems.next()) {
                    errors.add(input + ": row " + problems.getLong("row_number"), problems.getString("problem"));
                }
            }
            errors.throwIfAny(ErrorCode.MALFORMED_ROWS, "the study's file has bad rows:");
            LocalDate end = to.orElseGet(() -> lastDay(input));
            LocalDate start = from.orElse(end.minusDays(MeasureRequest.FIRST_YEAR_DAYS));
            if (!start.isBefore(end)) {
                throw CensusException.invalidArgument("from", "--from " + start + " is not before --to " + end);
            }
            Map<String, Double> totals = new LinkedHashMap<>();
            List<CountryDownloads> found = new ArrayList<>();
            try (PreparedStatement statement =
                    connection.prepareStatement(SqlResource.load(StudyRecomputation.class, "study_first_year.sql"))) {
                statement.setObject(1, start.atStartOfDay());
                statement.setObject(2, end.atStartOfDay());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        CountryDownloads row = new CountryDownloads(
                                rows.getString("view"),
                                rows.getString("country"),
                                rows.getDouble("downloads"),
                                rows.getLong("models"));
                        found.add(row);
                        totals.merge(row.view(), row.downloads(), Double::sum);
                    }
                }
            }
            return new StudyTable(
                    input.toString(),
                    start,
                    end,
                    shares(found, "uploader", totals),
                    shares(found, "derived", totals),
                    StudyTable.PUBLISHED);
        } catch (SQLException e) {
            throw new CensusException(ErrorCode.STORE_FAILURE, "cannot recompute the study from " + input, e);
        }
    }

    /** One row of the study query: a view, a country and its first-year downloads. */
    private record CountryDownloads(String view, String country, double downloads, long models) {}

    private static List<ShareRow> shares(List<CountryDownloads> found, String view, Map<String, Double> totals) {
        double total = totals.getOrDefault(view, 0.0);
        return found.stream()
                .filter(row -> row.view().equals(view))
                .map(row -> new ShareRow(
                        row.country(),
                        row.country(),
                        row.downloads(),
                        total > 0 ? row.downloads() / total : 0,
                        row.models()))
                .toList();
    }

    private LocalDate lastDay(Path input) {
        try (Statement statement = connection.createStatement();
                ResultSet range =
                        statement.executeQuery(SqlResource.load(StudyRecomputation.class, "study_time_range.sql"))) {
            range.next();
            LocalDateTime last = range.getObject(2, LocalDateTime.class);
            if (last == null) {
                throw new CensusException(ErrorCode.MALFORMED_ROWS, input + ": no rows");
            }
            return last.toLocalDate();
        } catch (SQLException e) {
            throw new CensusException(ErrorCode.STORE_FAILURE, "cannot read the times of " + input, e);
        }
    }

    /** The SQL that reads and checks the study's file, shared with its import format. */
    private static String studySql(String name) {
        return SqlResource.load(SnapshotImporter.class, name);
    }
}
