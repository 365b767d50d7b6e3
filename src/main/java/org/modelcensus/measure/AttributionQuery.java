package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.CountryCode;
import org.modelcensus.attribution.DeveloperType;
import org.modelcensus.attribution.Organization;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegistryTable;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotSummary;
import org.modelcensus.store.SqlResource;

/**
 * Measures downloads in the store and credits them to organisations of the registry, in SQL: first each model's
 * downloads under the measure go to a temporary table {@code measured_downloads}, then they are grouped by the
 * uploader's organisation, or by the organisations of the roots the lineage stage stored at import. Downloads are
 * summed as integers.
 */
public final class AttributionQuery {
    /** Bounds standing in for an open end of a cohort's creation range. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1, 1, 1, 0, 0);

    private static final LocalDateTime LATEST = LocalDateTime.of(9999, 1, 1, 0, 0);

    private final CensusStore store;
    private final OrganizationRegistry registry;
    private final StoredLineage lineage;

    /** The selection {@code measured_downloads} holds now, and what measuring it found. */
    private MeasureSelection measuredSelection;

    private Measured measured;

    /** Installs the registry beside the store's snapshots for the queries of this connection. */
    public AttributionQuery(CensusStore store, OrganizationRegistry registry, StoredLineage lineage) {
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
        return downloads(selection, view, true);
    }

    /**
     * The downloads of a selection in a view.
     *
     * @param namespacesApart whether unregistered namespaces are kept one by one (only a grouping by organisation
     *     that treats them as developers needs them, see {@link ShareCalculator#needsNamespaces}), else one cell holds
     *     them all, which is far quicker on a store of millions of models
     */
    public AttributedDownloads downloads(MeasureSelection selection, AttributionView view, boolean namespacesApart) {
        requireNonNull(selection, "selection is null");
        requireNonNull(view, "view is null");
        Measured found = measure(selection);
        SnapshotSummary end = selection.end();
        try {
            if (view == AttributionView.ORIGIN) {
                return origin(selection, found, namespacesApart);
            }
            List<AttributionCell> cells = new ArrayList<>();
            try (PreparedStatement statement = SqlResource.prepare(
                            store.connection(), AttributionQuery.class, "attributed_downloads.sql", namespacesApart);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    cells.add(cell(rows, rows.getLong("downloads"), rows.getLong("models")));
                }
            }
            return new AttributedDownloads(
                    selection,
                    view,
                    registry.version(),
                    Optional.empty(),
                    found.notes(),
                    found.models(),
                    cells,
                    List.of(),
                    namespacesApart);
        } catch (SQLException e) {
            throw CensusStore.failure("cannot attribute the downloads of snapshot " + end.label(), e);
        }
    }

    /**
     * The origin view: each cell's downloads are its integer sums per number of roots, each divided once by that
     * number and added in increasing order of it, so that the result never depends on the order of rows.
     */
    private AttributedDownloads origin(MeasureSelection selection, Measured found, boolean namespacesApart)
            throws SQLException {
        SnapshotSummary end = selection.end();
        /** One cell's downloads by number of roots, its models, and those of them that have one root. */
        final class Split {
            private final AttributionCell cell;
            private final SplitSum downloads = new SplitSum();
            private long models;
            private long singleRootModels;

            private Split(AttributionCell cell) {
                this.cell = cell;
            }
        }
        Map<List<Optional<?>>, Split> splits = new LinkedHashMap<>();
        try (PreparedStatement statement = SqlResource.prepare(
                        store.connection(), AttributionQuery.class, "origin_downloads.sql", namespacesApart, end.id());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                AttributionCell cell = cell(rows, 0, 0);
                Split split = splits.computeIfAbsent(
                        List.of(cell.organization(), cell.unregisteredNamespace()), ignored -> new Split(cell));
                int rootCount = rows.getInt("root_count");
                long models = rows.getLong("models");
                split.downloads.add(rootCount, rows.getLong("downloads"));
                split.models += models;
                split.singleRootModels += rootCount == 1 ? models : 0;
            }
        }
        List<AttributionCell> cells = new ArrayList<>(splits.size());
        record Group(GroupBy by, UnknownNamespaces unknownNamespaces, String key) {}
        Map<Group, Long> groupModels = new LinkedHashMap<>();
        for (Split split : splits.values()) {
            AttributionCell cell = new AttributionCell(
                    split.cell.organization(),
                    split.cell.unregisteredNamespace(),
                    split.downloads.sums(),
                    split.models);
            cells.add(cell);
            for (GroupBy by : GroupBy.values()) {
                for (UnknownNamespaces unknown : UnknownNamespaces.values()) {
                    if (!namespacesApart && ShareCalculator.needsNamespaces(by, unknown)) {
                        continue;
                    }
                    groupModels.merge(
                            new Group(by, unknown, ShareCalculator.key(cell, by, unknown)),
                            split.singleRootModels,
                            Long::sum);
                }
            }
        }
        try (PreparedStatement statement = SqlResource.prepare(
                        store.connection(),
                        AttributionQuery.class,
                        "origin_group_models.sql",
                        end.id(),
                        ShareRow.UNKNOWN,
                        ShareRow.UNKNOWN,
                        ShareRow.UNKNOWN,
                        CountryCode.INTERNATIONAL.code(),
                        DeveloperType.COMMUNITY.code());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                groupModels.merge(
                        new Group(
                                GroupBy.valueOf(rows.getString(1)),
                                UnknownNamespaces.valueOf(rows.getString(2)),
                                rows.getString(3)),
                        rows.getLong(4),
                        Long::sum);
            }
        }
        List<GroupModels> counted = new ArrayList<>(groupModels.size());
        groupModels.forEach((group, models) ->
                counted.add(new GroupModels(group.by(), group.unknownNamespaces(), group.key(), models)));
        return new AttributedDownloads(
                selection,
                AttributionView.ORIGIN,
                registry.version(),
                Optional.of(lineage.quality(end)),
                found.notes(),
                found.models(),
                cells,
                counted,
                namespacesApart);
    }

    /**
     * Prepares a query over {@code measured_downloads} (and the store's and registry's tables) once the selection is
     * measured: how the family and intermediary measures read each model's downloads.
     */
    PreparedStatement prepareMeasured(MeasureSelection selection, String resource, Object... parameters)
            throws SQLException {
        measure(selection);
        return SqlResource.prepare(store.connection(), AttributionQuery.class, resource, parameters);
    }

    /** The store's lineage, as derived at import. */
    StoredLineage lineage() {
        return lineage;
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

    /** The registry's organisation in the columns organization, country and type of a row; empty where NULL. */
    static Optional<Organization> organization(ResultSet rows) throws SQLException {
        String organization = rows.getString("organization");
        if (organization == null) {
            return Optional.empty();
        }
        return Optional.of(new Organization(
                organization,
                new CountryCode(rows.getString("country")),
                DeveloperType.fromCode(rows.getString("type")).orElseThrow()));
    }

    private static AttributionCell cell(ResultSet rows, long downloads, long models) throws SQLException {
        Optional<Organization> organization = organization(rows);
        if (organization.isEmpty()) {
            return AttributionCell.unregistered(rows.getString("unregistered_namespace"), downloads, models);
        }
        return AttributionCell.registered(organization.get(), downloads, models);
    }
}
