package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.CountryCode;
import org.modelcensus.attribution.DeveloperType;
import org.modelcensus.attribution.Organization;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegistryTable;
import org.modelcensus.lineage.LineageGraph;
import org.modelcensus.lineage.LineageQuality;
import org.modelcensus.lineage.LineageQuery;
import org.modelcensus.lineage.OriginCredit;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotSummary;
import org.modelcensus.store.SqlResource;

/**
 * Measures downloads in the store and credits them to organisations of the registry, in SQL: first each model's
 * downloads under the measure go to a temporary table {@code measured_downloads}, then they are grouped by the
 * uploader's or the roots' organisation.
 */
public final class AttributionQuery {
    /** Bounds standing in for an open end of a cohort's creation range. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1, 1, 1, 0, 0);

    private static final LocalDateTime LATEST = LocalDateTime.of(9999, 1, 1, 0, 0);

    private final CensusStore store;
    private final OrganizationRegistry registry;
    private final LineageQuery lineage;
    private long originCreditSnapshot = -1;

    /** The selection {@code measured_downloads} holds now, and what measuring it found. */
    private MeasureSelection measuredSelection;

    private Measured measured;

    /** Installs the registry beside the store's snapshots for the queries of this connection. */
    public AttributionQuery(CensusStore store, OrganizationRegistry registry, LineageQuery lineage) {
        this.store = requireNonNull(store, "store is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.lineage = requireNonNull(lineage, "lineage is null");
        RegistryTable.install(store, registry);
    }

    public OrganizationRegistry registry() {
        return registry;
    }

    /** The downloads of a measure at one snapshot over all models. */
    public AttributedDownloads downloads(SnapshotSummary snapshot, Measure measure, AttributionView view) {
        MeasureResolver.requireAvailable(snapshot, measure);
        return downloads(MeasureSelection.at(snapshot, measure, Cohort.all()), view);
    }

    public AttributedDownloads downloads(MeasureSelection selection, AttributionView view) {
        requireNonNull(selection, "selection is null");
        requireNonNull(view, "view is null");
        Measured found = measure(selection);
        Optional<LineageQuality> quality = Optional.empty();
        String sql = "attributed_downloads.sql";
        if (view == AttributionView.ORIGIN) {
            SnapshotSummary snapshot = selection.end();
            LineageGraph graph = lineage.graph(snapshot);
            if (originCreditSnapshot != snapshot.id()) {
                OriginCredit.install(store, graph);
                originCreditSnapshot = snapshot.id();
            }
            quality = Optional.of(graph.quality());
            sql = "origin_downloads.sql";
        }
        List<AttributionCell> cells = new ArrayList<>();
        try (PreparedStatement statement =
                        store.connection().prepareStatement(SqlResource.load(AttributionQuery.class, sql));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                cells.add(cell(rows));
            }
        } catch (SQLException e) {
            throw CensusStore.failure(
                    "cannot attribute the downloads of snapshot "
                            + selection.end().label(),
                    e);
        }
        return new AttributedDownloads(
                selection, view, registry.version(), quality, found.notes(), found.models(), cells);
    }

    /** Every measured model with its downloads and its uploader's attribution. */
    public List<ModelFacts> modelFacts(MeasureSelection selection) {
        measure(selection);
        List<ModelFacts> facts = new ArrayList<>((int) Math.min(selection.end().models(), Integer.MAX_VALUE - 8));
        try (PreparedStatement statement =
                store.connection().prepareStatement(SqlResource.load(AttributionQuery.class, "model_facts.sql"))) {
            statement.setLong(1, selection.end().id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    facts.add(new ModelFacts(
                            rows.getString("model_id"),
                            rows.getString("namespace"),
                            rows.getDouble("downloads"),
                            organization(rows),
                            rows.getBoolean("format_tag")));
                }
            }
        } catch (SQLException e) {
            throw CensusStore.failure(
                    "cannot read the models of snapshot " + selection.end().label(), e);
        }
        return facts;
    }

    /** Every model of a snapshot with its downloads under a point measure and its uploader's attribution. */
    public List<ModelFacts> modelFacts(SnapshotSummary snapshot, Measure measure) {
        MeasureResolver.requireAvailable(snapshot, measure);
        return modelFacts(MeasureSelection.at(snapshot, measure, Cohort.all()));
    }

    /** What measuring found: the notes on the data, and how many models have a count. */
    private record Measured(MeasureNotes notes, long models) {}

    /**
     * Fills {@code measured_downloads} with each model's downloads under the selection, unless it holds them already
     * (a report asks for one selection in several views; only this method writes the table).
     */
    private Measured measure(MeasureSelection selection) {
        if (selection.equals(measuredSelection)) {
            return measured;
        }
        measuredSelection = null;
        measured = fill(selection);
        measuredSelection = selection;
        return measured;
    }

    private Measured fill(MeasureSelection selection) {
        Connection connection = store.connection();
        SnapshotSummary end = selection.end();
        long missingAtEnd = 0;
        long unknownCreation = 0;
        try {
            switch (selection.measure()) {
                case DOWNLOADS_30D, ALL_TIME ->
                    execute(connection, "measured_snapshot.sql", selection.measure() == Measure.ALL_TIME, end.id());
                case WINDOW -> {
                    long start = selection.start().orElseThrow().id();
                    execute(connection, "measured_window.sql", start, end.id());
                    missingAtEnd = count(connection, "missing_at_end.sql", start, end.id());
                }
                case FIRST_YEAR -> {
                    execute(
                            connection,
                            "measured_first_year.sql",
                            end.source(),
                            selection.windowEnd(),
                            selection.windowStart().orElseThrow().atStartOfDay(),
                            selection.windowEnd().atStartOfDay());
                    unknownCreation =
                            count(connection, "unknown_creation_in_source.sql", end.source(), selection.windowEnd());
                }
            }
            Cohort cohort = selection.cohort();
            if (cohort.restricts()) {
                if (selection.measure() != Measure.FIRST_YEAR) {
                    unknownCreation += count(
                            connection, "unknown_creation.sql", end.id(), selection.measure() != Measure.DOWNLOADS_30D);
                }
                LocalDate cohortEnd = selection.windowEnd();
                execute(
                        connection,
                        "cohort_filter.sql",
                        cohort.firstDay(cohortEnd).map(LocalDate::atStartOfDay).orElse(EARLIEST),
                        cohort.lastDay(cohortEnd)
                                .map(day -> day.plusDays(1).atStartOfDay())
                                .orElse(LATEST));
            }
            try (PreparedStatement statement =
                            SqlResource.prepare(connection, AttributionQuery.class, "measure_notes.sql");
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                MeasureNotes notes = new MeasureNotes(
                        rows.getLong(1), missingAtEnd, unknownCreation, rows.getLong(2), selection.thirtyDayFallback());
                return new Measured(notes, rows.getLong(3));
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot measure the downloads of snapshot " + end.label(), e);
        }
    }

    private static void execute(Connection connection, String resource, Object... parameters) throws SQLException {
        try (PreparedStatement statement =
                SqlResource.prepare(connection, AttributionQuery.class, resource, parameters)) {
            statement.execute();
        }
    }

    private static long count(Connection connection, String resource, Object... parameters) throws SQLException {
        try (PreparedStatement statement =
                        SqlResource.prepare(connection, AttributionQuery.class, resource, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Optional<Organization> organization(ResultSet rows) throws SQLException {
        String organization = rows.getString("organization");
        if (organization == null) {
            return Optional.empty();
        }
        return Optional.of(new Organization(
                organization,
                new CountryCode(rows.getString("country")),
                DeveloperType.fromCode(rows.getString("type")).orElseThrow()));
    }

    private static AttributionCell cell(ResultSet rows) throws SQLException {
        double downloads = rows.getDouble("downloads");
        long models = rows.getLong("models");
        Optional<Organization> organization = organization(rows);
        if (organization.isEmpty()) {
            return AttributionCell.unregistered(rows.getString("unregistered_namespace"), downloads, models);
        }
        return AttributionCell.registered(organization.get(), downloads, models);
    }
}
