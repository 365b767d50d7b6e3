package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.modelcensus.engine.Engine;
import org.modelcensus.engine.SqlQuery;
import org.modelcensus.source.Hub;

/** The snapshots a store holds, and the choice of one of them for a measure. */
public final class SnapshotCatalog {
    private final Engine engine;
    private final String store;

    /**
     * The catalog of the store an engine reads.
     *
     * @param store how messages name the store
     */
    public SnapshotCatalog(Engine engine, String store) {
        this.engine = requireNonNull(engine, "engine is null");
        this.store = requireNonNull(store, "store is null");
    }

    /** The catalog of a DuckDB store, named by its path. */
    public SnapshotCatalog(CensusStore store) {
        this(new DuckDbEngine(store), store.path().toString());
    }

    /** All snapshots, oldest first. */
    public List<SnapshotSummary> snapshots() {
        List<SnapshotSummary> result = new ArrayList<>();
        engine.forEach(
                query("snapshot_summaries.sql"),
                rows -> result.add(new SnapshotSummary(
                        rows.getLong("snapshot_id"),
                        rows.getDate("snapshot_date"),
                        rows.getString("source"),
                        rows.getString("format"),
                        rows.getLong("models"),
                        optionalLong(rows, "downloads_30d"),
                        optionalLong(rows, "downloads_all_time"),
                        rows.getLong("models_declaring_base_models"),
                        Hub.stored(rows.getString("hub")))));
        return result;
    }

    public boolean isEmpty() {
        return snapshots().isEmpty();
    }

    /** The snapshots as they are now, to choose from without asking the store again. */
    public SnapshotList list() {
        return new SnapshotList(store, snapshots());
    }

    /** See {@link SnapshotList#select}. */
    public SnapshotSummary select(Optional<LocalDate> at, Optional<String> source) {
        return list().select(at, source);
    }

    /**
     * The snapshot to show a model's lineage from, if any snapshot holds the model: the latest of those that declare
     * base models, else the latest at all.
     */
    public Optional<SnapshotSummary> lineageSnapshot(String modelId, SnapshotList snapshots) {
        requireNonNull(modelId, "modelId is null");
        List<Long> found = new ArrayList<>(1);
        engine.forEach(query("lineage_snapshot_of_model.sql", modelId), rows -> found.add(rows.getLong(1)));
        return found.stream()
                .findFirst()
                .flatMap(id -> snapshots.snapshots().stream()
                        .filter(snapshot -> snapshot.id() == id)
                        .findFirst());
    }

    /** Up to {@code limit} model ids of any snapshot containing {@code text}, case-insensitively, shortest first. */
    public List<String> searchModels(String text, int limit) {
        requireNonNull(text, "text is null");
        List<String> ids = new ArrayList<>();
        engine.forEach(query("model_search.sql", text, limit), rows -> ids.add(rows.getString(1)));
        return ids;
    }

    /** The crawls that stopped before their end (their checkpoints), oldest first. */
    public List<InterruptedCrawl> interruptedCrawls() {
        List<InterruptedCrawl> crawls = new ArrayList<>();
        engine.forEach(
                query("crawls_in_progress.sql"),
                rows -> crawls.add(new InterruptedCrawl(
                        rows.getString("listing"),
                        rows.getString("source"),
                        rows.getDate("snapshot_date"),
                        rows.getTimestamp(4),
                        rows.getLong("pages"),
                        rows.getLong("models"))));
        return crawls;
    }

    /** The files a snapshot was imported from. */
    public List<SnapshotFile> files(SnapshotSummary snapshot) {
        List<SnapshotFile> result = new ArrayList<>();
        engine.forEach(
                query("snapshot_files.sql", snapshot.id()),
                rows -> result.add(
                        new SnapshotFile(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getTimestamp(4))));
        return result;
    }

    private SqlQuery query(String resource, Object... parameters) {
        return SqlQuery.of(engine.dialect(), SnapshotCatalog.class, resource, parameters);
    }

    private static OptionalLong optionalLong(Engine.Row rows, String column) {
        return rows.isNull(column) ? OptionalLong.empty() : OptionalLong.of(rows.getLong(column));
    }
}
