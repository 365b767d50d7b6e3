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
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
    /** The columns the recomputation reads besides the attribution columns: counts over time and creation. */
    private static final Set<String> REQUIRED_COLUMNS = Set.of("id", "time", "downloadsAllTime", "created");

    private final Connection connection;

    /** @param connection a DuckDB connection for the work (an in-memory one will do) */
    public StudyRecomputation(Connection connection) {
        this.connection = requireNonNull(connection, "connection is null");
    }

    /**
     * @param from the day before the window starts; empty for 365 days before its end
     * @param to the window's last day; empty for the day of the file's last count
     * @param attribution the one column to attribute by; empty for the uploader's and the derived view
     */
    public StudyTable recompute(
            Path input, Optional<LocalDate> from, Optional<LocalDate> to, Optional<StudyAttribution> attribution) {
        requireNonNull(input, "input is null");
        requireNonNull(attribution, "attribution is null");
        if (!Files.isRegularFile(input)) {
            throw new CensusException(ErrorCode.UNREADABLE_FILE, input + ": no such file");
        }
        try {
            CensusStore.inUtc(connection);
            Set<String> required = new TreeSet<>(REQUIRED_COLUMNS);
            attribution.ifPresent(chosen -> required.add(chosen.column()));
            List<String> columns = ParquetStaging.requireColumns(connection, input, required, "the study's file");
            List<StudyAttribution> present = Arrays.stream(StudyAttribution.values())
                    .filter(column -> columns.contains(column.column()))
                    .toList();
            if (present.isEmpty()) {
                throw new CensusException(
                        ErrorCode.MALFORMED_ROWS,
                        input + ": no attribution column; the study's file needs one of " + StudyAttribution.columns()
                                + " (it has " + String.join(", ", columns) + ")");
            }
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
            Map<StudyAttribution, Map<String, double[]>> found = new LinkedHashMap<>();
            StudyCountryGroups groups = StudyCountryGroups.bundled();
            try (PreparedStatement statement =
                    connection.prepareStatement(SqlResource.load(StudyRecomputation.class, "study_first_year.sql"))) {
                statement.setObject(1, start.atStartOfDay());
                statement.setObject(2, end.atStartOfDay());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        StudyAttribution column = StudyAttribution.of(rows.getString("attribution"))
                                .orElseThrow();
                        double[] sums = found.computeIfAbsent(column, ignored -> new LinkedHashMap<>())
                                .computeIfAbsent(groups.group(rows.getString("country")), ignored -> new double[2]);
                        sums[0] += rows.getDouble("downloads");
                        sums[1] += rows.getLong("models");
                    }
                }
            }
            List<StudyTable.View> views = present.stream()
                    .map(column -> view(column, found.getOrDefault(column, Map.of())))
                    .toList();
            List<StudyAttribution> shown =
                    attribution.map(List::of).orElseGet(() -> StudyAttribution.defaults(columns));
            return new StudyTable(
                    input.toString(),
                    start,
                    end,
                    views.stream()
                            .filter(view -> shown.contains(view.attribution()))
                            .toList(),
                    views,
                    StudyTable.PUBLISHED);
        } catch (SQLException e) {
            throw new CensusException(ErrorCode.STORE_FAILURE, "cannot recompute the study from " + input, e);
        }
    }

    /** A column's groups as share rows, largest first (then by name). */
    private static StudyTable.View view(StudyAttribution column, Map<String, double[]> groups) {
        double total = groups.values().stream().mapToDouble(sums -> sums[0]).sum();
        List<ShareRow> rows = groups.entrySet().stream()
                .map(entry -> new ShareRow(
                        entry.getKey(),
                        entry.getKey(),
                        entry.getValue()[0],
                        total > 0 ? entry.getValue()[0] / total : 0,
                        (long) entry.getValue()[1]))
                .sorted(Comparator.comparingDouble(ShareRow::downloads)
                        .reversed()
                        .thenComparing(ShareRow::key))
                .toList();
        return new StudyTable.View(column, rows);
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
