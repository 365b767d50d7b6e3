package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

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
import org.modelcensus.attribution.HubNamespaces;
import org.modelcensus.attribution.Organization;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegionGrouping;
import org.modelcensus.attribution.RegistryTable;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.engine.Engine;
import org.modelcensus.engine.SqlQuery;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.store.SnapshotSummary;

/**
 * Measures downloads in the store and credits them to organisations of the registry, in SQL run by an {@link Engine}:
 * each query is one stateless {@code SELECT} whose first common table expressions measure each model's downloads under
 * the selection ({@code measured_all}, then {@code measured_downloads} for the cohort), which it then groups by the
 * uploader's organisation, or by the organisations of the roots the lineage stage stored at import. Downloads are
 * summed as integers.
 */
public final class AttributionQuery {
    /** Bounds standing in for an open end of a cohort's creation range. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1, 1, 1, 0, 0);

    private static final LocalDateTime LATEST = LocalDateTime.of(9999, 1, 1, 0, 0);

    /** The session relation of the region groupings (grouping, country, counted_as). */
    private static final String REGION_GROUP = "region_group";

    private final Engine engine;
    private final OrganizationRegistry registry;
    private final StoredLineage lineage;

    /** The last selection measured, and what measuring it found (a report asks for one selection in several views). */
    private MeasureSelection measuredSelection;

    private Measured measured;

    /** Installs the registry beside the store's snapshots for the queries of this engine. */
    public AttributionQuery(Engine engine, OrganizationRegistry registry, StoredLineage lineage) {
        this.engine = requireNonNull(engine, "engine is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.lineage = requireNonNull(lineage, "lineage is null");
        RegistryTable.install(engine, registry, HubNamespaces.bundledWhereRegistered(registry));
        List<List<String>> grouped = new ArrayList<>();
        RegionGrouping.all().forEach(grouping -> grouped.addAll(grouping.rows()));
        engine.install(REGION_GROUP, List.of("grouping", "country", "counted_as"), grouped);
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
        if (view == AttributionView.ORIGIN || selection.counting().repackaged() == Counting.Repackaged.ROOT) {
            return origin(selection, view, found, namespacesApart);
        }
        List<AttributionCell> cells = new ArrayList<>();
        forEachMeasured(
                selection,
                "attributed_downloads.sql",
                row -> cells.add(cell(row, row.getLong("downloads"), row.getLong("models"))),
                namespacesApart);
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
    }

    /**
     * The origin view, or the uploader view with re-packaged derivatives credited to their roots: each cell's downloads
     * are its integer sums per number of roots, each divided once by that number and added in increasing order of it,
     * so that the result never depends on the order of rows.
     */
    private AttributedDownloads origin(
            MeasureSelection selection, AttributionView view, Measured found, boolean namespacesApart) {
        SnapshotSummary end = selection.end();
        List<SqlQuery.Named> roots = List.of(creditedRoots(selection, view));
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
        forEachMeasured(selection, roots, query("origin_downloads.sql", namespacesApart), row -> {
            AttributionCell cell = cell(row, 0, 0);
            Split split = splits.computeIfAbsent(
                    List.of(cell.organization(), cell.unregisteredNamespace()), ignored -> new Split(cell));
            int rootCount = row.getInt("root_count");
            long models = row.getLong("models");
            split.downloads.add(rootCount, row.getLong("downloads"));
            split.models += models;
            split.singleRootModels += rootCount == 1 ? models : 0;
        });
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
                for (UnknownNamespaces unknown : List.of(UnknownNamespaces.REPORT, UnknownNamespaces.INTL)) {
                    if (!namespacesApart && ShareCalculator.needsNamespaces(by, unknown)) {
                        continue;
                    }
                    groupModels.merge(
                            new Group(
                                    by,
                                    unknown,
                                    ShareCalculator.key(
                                            cell,
                                            by,
                                            unknown,
                                            selection.counting().regions())),
                            split.singleRootModels,
                            Long::sum);
                }
            }
        }
        forEachMeasured(
                selection,
                roots,
                query(
                        "origin_group_models.sql",
                        selection.counting().regions().name(),
                        ShareRow.UNKNOWN,
                        ShareRow.UNKNOWN,
                        ShareRow.UNKNOWN,
                        CountryCode.INTERNATIONAL.code(),
                        DeveloperType.COMMUNITY.code()),
                row -> groupModels.merge(
                        new Group(
                                GroupBy.valueOf(row.getString(1)),
                                UnknownNamespaces.valueOf(row.getString(2)),
                                row.getString(3)),
                        row.getLong(4),
                        Long::sum));
        List<GroupModels> counted = new ArrayList<>(groupModels.size());
        groupModels.forEach((group, models) ->
                counted.add(new GroupModels(group.by(), group.unknownNamespaces(), group.key(), models)));
        return new AttributedDownloads(
                selection,
                view,
                registry.version(),
                Optional.of(lineage.quality(end)),
                found.notes(),
                found.models(),
                cells,
                counted,
                namespacesApart);
    }

    /**
     * Runs a query over {@code measured_downloads} (and the store's and registry's tables), the selection's measure
     * composed before it: how the family and intermediary measures read each model's downloads.
     */
    void forEachMeasured(
            MeasureSelection selection, String resource, Engine.RowConsumer consumer, Object... parameters) {
        forEachMeasured(selection, List.of(), query(resource, parameters), consumer);
    }

    /** As above, with more common table expressions between the measured downloads and the query. */
    void forEachMeasured(
            MeasureSelection selection, List<SqlQuery.Named> between, SqlQuery query, Engine.RowConsumer consumer) {
        List<SqlQuery.Named> before = new ArrayList<>(measured(selection));
        before.addAll(between);
        engine.forEach(query.with(before), consumer);
    }

    /**
     * Runs a query over {@code measured_downloads}, {@code model_flag} (each measured model's flags, see {@link
     * Counting}), {@code spike_cap} and {@code credited_root} (the roots each model is credited to in the view; none
     * in the uploader view unless re-packaged derivatives go to their roots): how {@code top} lists models.
     */
    void forEachFlagged(MeasureSelection selection, AttributionView view, SqlQuery query, Engine.RowConsumer consumer) {
        List<SqlQuery.Named> before = new ArrayList<>(measured(selection, true));
        before.add(creditedRoots(selection, view));
        engine.forEach(query.with(before), consumer);
    }

    /**
     * One cell of the uploader view split by the flags the counting choices act on (flagged_cells.sql).
     *
     * @param capped the downloads with spikes capped (the same as downloads where no spike is)
     * @param decreased the models whose decrease was clamped, for the notes
     * @param beforeData the models whose first year starts before the data, for the notes
     */
    record FlaggedCell(
            AttributionCell cell,
            boolean repackaged,
            boolean automated,
            boolean stale,
            long downloads,
            long capped,
            long models,
            long decreased,
            long beforeData) {}

    /**
     * The uploader view's cells of a selection (measured as published, flags computed whatever its counting choices),
     * split by flag, in the order of attributed_downloads.sql: what SensitivityCalculator sums each model-level choice
     * from.
     */
    List<FlaggedCell> flaggedCells(MeasureSelection selection, boolean namespacesApart) {
        List<FlaggedCell> cells = new ArrayList<>();
        engine.forEach(
                query("flagged_cells.sql", namespacesApart).with(measured(selection, true)),
                row -> cells.add(new FlaggedCell(
                        cell(row, 0, 0),
                        row.getBoolean("repackaged"),
                        row.getBoolean("automated"),
                        row.getBoolean("stale"),
                        row.getLong("downloads"),
                        row.getLong("capped"),
                        row.getLong("models"),
                        row.getLong("decreased"),
                        row.getLong("before_data"))));
        return cells;
    }

    /** The notes of a selection: what its measure had to work around. */
    MeasureNotes notesOf(MeasureSelection selection) {
        return measure(selection).notes();
    }

    /** The roots each model is credited to: all stored ones in the origin view, else those of re-packaged models. */
    private SqlQuery.Named creditedRoots(MeasureSelection selection, AttributionView view) {
        long end = selection.end().id();
        String resource;
        if (view == AttributionView.ORIGIN) {
            resource = "lineage_roots.sql";
        } else if (selection.counting().repackaged() == Counting.Repackaged.ROOT) {
            resource = "repackaged_roots.sql";
        } else {
            resource = "no_roots.sql";
        }
        return new SqlQuery.Named("credited_root", query(resource, end));
    }

    /** A query of this package's SQL resources, in the engine's dialect. */
    SqlQuery query(String resource, Object... parameters) {
        return SqlQuery.of(engine.dialect(), AttributionQuery.class, resource, parameters);
    }

    /**
     * The common table expressions that measure a selection: {@code measured_all}, each model's downloads under the
     * measure (model_id, namespace, downloads, decreased, before_data, created_at), and {@code measured_downloads},
     * those of the cohort.
     */
    private List<SqlQuery.Named> measured(MeasureSelection selection) {
        return measured(selection, false);
    }

    /** As above, with {@code model_flag} and {@code spike_cap} whether the counting choices need them or not. */
    private List<SqlQuery.Named> measured(MeasureSelection selection, boolean withFlags) {
        SnapshotSummary end = selection.end();
        String dialect = engine.dialect();
        SqlQuery all = switch (selection.measure()) {
            case DOWNLOADS_30D, ALL_TIME ->
                SqlQuery.of(
                        dialect,
                        AttributionQuery.class,
                        "measured_snapshot.sql",
                        selection.measure() == Measure.ALL_TIME,
                        end.id());
            case WINDOW ->
                SqlQuery.of(
                        dialect,
                        AttributionQuery.class,
                        "measured_window.sql",
                        selection.start().orElseThrow().id(),
                        end.id());
            case FIRST_YEAR ->
                SqlQuery.of(
                        dialect,
                        AttributionQuery.class,
                        "measured_first_year.sql",
                        end.source(),
                        selection.windowEnd(),
                        selection.windowStart().orElseThrow().atStartOfDay(),
                        selection.windowEnd().atStartOfDay());
        };
        Cohort cohort = selection.cohort();
        LocalDate cohortEnd = selection.windowEnd();
        SqlQuery inCohort = SqlQuery.of(
                dialect,
                AttributionQuery.class,
                "measured_cohort.sql",
                !cohort.restricts(),
                cohort.firstDay(cohortEnd).map(LocalDate::atStartOfDay).orElse(EARLIEST),
                cohort.lastDay(cohortEnd)
                        .map(day -> day.plusDays(1).atStartOfDay())
                        .orElse(LATEST));
        Counting counting = selection.counting();
        SqlQuery.Named ofHub = new SqlQuery.Named(
                "registry",
                SqlQuery.of(
                        dialect,
                        AttributionQuery.class,
                        "registry_of_hub.sql",
                        end.hub().label()));
        if (!withFlags && !counting.adjustsModels() && counting.repackaged() != Counting.Repackaged.ROOT) {
            return List.of(
                    ofHub, new SqlQuery.Named("measured_all", all), new SqlQuery.Named("measured_downloads", inCohort));
        }
        List<Object> flagParameters = new ArrayList<>(AutomatedRules.likeParameters());
        flagParameters.addAll(List.of(
                AutomatedRules.TINY_PARAMETERS,
                AutomatedRules.TINY_LEAST_DOWNLOADS,
                AutomatedRules.TINY_DOWNLOADS_PER_LIKE,
                AutomatedRules.TINY_MODEL_VOLUME,
                end.id(),
                end.id(),
                selection.staleReference().map(SnapshotSummary::id).orElse(-1L)));
        SqlQuery flags = SqlQuery.of(dialect, AttributionQuery.class, "model_flag.sql", flagParameters.toArray());
        SqlQuery spikes = counting.capSpikes() || withFlags && selection.start().isPresent()
                ? SqlQuery.of(
                        dialect,
                        AttributionQuery.class,
                        "spike_cap.sql",
                        end.source(),
                        selection.start().orElseThrow().date(),
                        end.date(),
                        Counting.SPIKE_LEAST_STEPS,
                        Counting.SPIKE_PERCENT)
                : SqlQuery.of(dialect, AttributionQuery.class, "spike_cap_none.sql");
        SqlQuery counted = SqlQuery.of(
                dialect,
                AttributionQuery.class,
                "measured_counted.sql",
                counting.staleAsZero(),
                counting.capSpikes(),
                counting.repackaged() == Counting.Repackaged.DROPPED,
                counting.dropAutomated());
        return List.of(
                ofHub,
                new SqlQuery.Named("measured_all", all),
                new SqlQuery.Named("measured_cohort", inCohort),
                new SqlQuery.Named("model_flag", flags),
                new SqlQuery.Named("spike_cap", spikes),
                new SqlQuery.Named("measured_downloads", counted));
    }

    /** The store's lineage, as derived at import. */
    StoredLineage lineage() {
        return lineage;
    }

    /** What measuring found: the notes on the data, and how many models have a count. */
    private record Measured(MeasureNotes notes, long models) {}

    /** What measuring a selection found, remembered for the last selection asked. */
    private Measured measure(MeasureSelection selection) {
        if (!selection.equals(measuredSelection)) {
            measuredSelection = null;
            measured = notes(selection);
            measuredSelection = selection;
        }
        return measured;
    }

    private Measured notes(MeasureSelection selection) {
        SnapshotSummary end = selection.end();
        String dialect = engine.dialect();
        long missingAtEnd = 0;
        long unknownCreation = 0;
        if (selection.measure() == Measure.WINDOW) {
            missingAtEnd = count(SqlQuery.of(
                    dialect,
                    AttributionQuery.class,
                    "missing_at_end.sql",
                    selection.start().orElseThrow().id(),
                    end.id()));
        }
        if (selection.measure() == Measure.FIRST_YEAR) {
            unknownCreation = count(SqlQuery.of(
                    dialect,
                    AttributionQuery.class,
                    "unknown_creation_in_source.sql",
                    end.source(),
                    selection.windowEnd()));
        } else if (selection.cohort().restricts()) {
            unknownCreation = count(SqlQuery.of(
                    dialect,
                    AttributionQuery.class,
                    "unknown_creation.sql",
                    end.id(),
                    selection.measure() != Measure.DOWNLOADS_30D));
        }
        long missing = missingAtEnd;
        long unknown = unknownCreation;
        return engine.single(
                SqlQuery.of(dialect, AttributionQuery.class, "measure_notes.sql")
                        .with(measured(selection)),
                row -> new Measured(
                        new MeasureNotes(
                                row.getLong(1), missing, unknown, row.getLong(2), selection.thirtyDayFallback()),
                        row.getLong(3)));
    }

    private long count(SqlQuery query) {
        return engine.single(query, row -> row.getLong(1));
    }

    /** The registry's organisation in the columns organization, country and type of a row; empty where NULL. */
    static Optional<Organization> organization(Engine.Row rows) {
        String organization = rows.getString("organization");
        if (organization == null) {
            return Optional.empty();
        }
        return Optional.of(new Organization(
                organization,
                new CountryCode(rows.getString("country")),
                DeveloperType.fromCode(rows.getString("type")).orElseThrow()));
    }

    private static AttributionCell cell(Engine.Row rows, long downloads, long models) {
        Optional<Organization> organization = organization(rows);
        if (organization.isEmpty()) {
            return AttributionCell.unregistered(rows.getString("unregistered_namespace"), downloads, models);
        }
        return AttributionCell.registered(organization.get(), downloads, models);
    }
}
