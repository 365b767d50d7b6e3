package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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

    /** The snapshots as they are now, to choose from without asking the store again. */
    public SnapshotList list() {
        return new SnapshotList(store.path().toString(), snapshots());
    }

    /** See {@link SnapshotList#select}. */
    public SnapshotSummary select(Optional<LocalDate> at, Optional<String> source) {
        return list().select(at, source);
    }

    /** The latest snapshot holding a model, if any does, from a list of the store's snapshots. */
    public Optional<SnapshotSummary> latestHolding(String modelId, SnapshotList snapshots) {
        requireNonNull(modelId, "modelId is null");
        try (PreparedStatement statement = store.connection()
                .prepareStatement(SqlResource.load(SnapshotCatalog.class, "latest_snapshot_of_model.sql"))) {
            statement.setString(1, modelId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long id = rows.getLong(1);
                return snapshots.snapshots().stream()
                        .filter(snapshot -> snapshot.id() == id)
                        .findFirst();
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot find the snapshots of model " + modelId, e);
        }
    }

    /** Up to {@code limit} model ids of any snapshot containing {@code text}, case-insensitively, shortest first. */
    public List<String> searchModels(String text, int limit) {
        requireNonNull(text, "text is null");
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement =
                store.connection().prepareStatement(SqlResource.load(SnapshotCatalog.class, "model_search.sql"))) {
            statement.setString(1, text);
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot search the models", e);
        }
        return ids;
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
