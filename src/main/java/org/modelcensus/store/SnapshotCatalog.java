package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/** The snapshots a store holds, and the choice of one of them for a measure. */
public final class SnapshotCatalog {
    private final CensusStore store;

    public SnapshotCatalog(CensusStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /** All snapshots, oldest first. */
    public List<SnapshotSummary> snapshots() {
        List<SnapshotSummary> result = new ArrayList<>();
        try (PreparedStatement statement = store.connection()
                        .prepareStatement(SqlResource.load(SnapshotCatalog.class, "snapshot_summaries.sql"));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.add(new SnapshotSummary(
                        rows.getLong("snapshot_id"),
                        rows.getObject("snapshot_date", LocalDate.class),
                        rows.getString("source"),
                        rows.getString("format"),
                        rows.getLong("models"),
                        optionalLong(rows, "downloads_30d"),
                        optionalLong(rows, "downloads_all_time"),
                        rows.getLong("models_declaring_base_models")));
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot list the snapshots of store " + store.path(), e);
        }
        return result;
    }

    public boolean isEmpty() {
        return snapshots().isEmpty();
    }

    /**
     * The snapshot at {@code at} or, when there is none that day, the latest before it; without {@code at}, the
     * latest. {@code source} restricts the choice to one source; without it, a date held by several sources is
     * ambiguous.
     */
    public SnapshotSummary select(Optional<LocalDate> at, Optional<String> source) {
        return select(at, source, snapshot -> true, "");
    }

    /** As {@link #select}, among the snapshots where some model declares a base model (the lineage measures). */
    public SnapshotSummary selectDeclaringBaseModels(Optional<LocalDate> at, Optional<String> source) {
        return select(at, source, snapshot -> snapshot.modelsDeclaringBaseModels() > 0, " that declares base models");
    }

    /**
     * The latest snapshot on or before {@code at} where some model declares a base model; of several on that date,
     * the one with most such models.
     */
    public Optional<SnapshotSummary> latestDeclaringBaseModels(Optional<LocalDate> at) {
        return snapshots().stream()
                .filter(snapshot -> snapshot.modelsDeclaringBaseModels() > 0)
                .filter(snapshot ->
                        at.map(date -> !snapshot.date().isAfter(date)).orElse(true))
                .max(Comparator.comparing(SnapshotSummary::date)
                        .thenComparingLong(SnapshotSummary::modelsDeclaringBaseModels)
                        .thenComparing(SnapshotSummary::source, Comparator.reverseOrder()));
    }

    private SnapshotSummary select(
            Optional<LocalDate> at, Optional<String> source, Predicate<SnapshotSummary> usable, String which) {
        requireNonNull(at, "at is null");
        requireNonNull(source, "source is null");
        List<SnapshotSummary> candidates = snapshots().stream()
                .filter(usable)
                .filter(snapshot -> source.map(snapshot.source()::equals).orElse(true))
                .filter(snapshot ->
                        at.map(date -> !snapshot.date().isAfter(date)).orElse(true))
                .toList();
        if (candidates.isEmpty()) {
            String where = source.map(label -> " of source \"" + label + "\"").orElse("");
            String when = at.map(date -> " on or before " + date).orElse("");
            throw new CensusException(
                    ErrorCode.SNAPSHOT_NOT_FOUND,
                    "no snapshot" + which + where + when + " in store " + store.path()
                            + "; `modelcensus status` lists them");
        }
        LocalDate date = candidates.stream()
                .map(SnapshotSummary::date)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<SnapshotSummary> onDate = candidates.stream()
                .filter(snapshot -> snapshot.date().equals(date))
                .toList();
        if (onDate.size() > 1) {
            throw new CensusException(
                    ErrorCode.AMBIGUOUS_SNAPSHOT,
                    "several snapshots on " + date + " ("
                            + onDate.stream().map(SnapshotSummary::source).collect(Collectors.joining(", "))
                            + "); choose one with --source");
        }
        return onDate.get(0);
    }

    /** The files a snapshot was imported from. */
    public List<SnapshotFile> files(SnapshotSummary snapshot) {
        List<SnapshotFile> result = new ArrayList<>();
        try (PreparedStatement statement =
                store.connection().prepareStatement(SqlResource.load(SnapshotCatalog.class, "snapshot_files.sql"))) {
            statement.setLong(1, snapshot.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new SnapshotFile(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getLong(3),
                            rows.getObject(4, LocalDateTime.class)));
                }
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot list the files of snapshot " + snapshot.label(), e);
        }
        return result;
    }

    private static OptionalLong optionalLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
