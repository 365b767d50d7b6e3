package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
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

/** Reads a snapshot's downloads from the store, credited to organisations of the registry in SQL. */
public final class AttributionQuery {
    private final CensusStore store;
    private final OrganizationRegistry registry;
    private final LineageQuery lineage;
    private long originCreditSnapshot = -1;

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

    /**
     * The measure to use for a snapshot when the user names none: 30-day downloads where the snapshot has them, else
     * all-time downloads.
     */
    public static Measure defaultMeasure(SnapshotSummary snapshot) {
        return snapshot.downloadsLast30Days().isPresent() ? Measure.DOWNLOADS_30D : Measure.ALL_TIME;
    }

    public AttributedDownloads downloads(SnapshotSummary snapshot, Measure measure, AttributionView view) {
        requireNonNull(snapshot, "snapshot is null");
        requireNonNull(measure, "measure is null");
        requireNonNull(view, "view is null");
        requireAvailable(snapshot, measure);
        boolean allTime = measure == Measure.ALL_TIME;
        Optional<LineageQuality> quality = Optional.empty();
        String sql = "attributed_downloads.sql";
        if (view == AttributionView.ORIGIN) {
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
                store.connection().prepareStatement(SqlResource.load(AttributionQuery.class, sql))) {
            statement.setBoolean(1, allTime);
            statement.setBoolean(2, allTime);
            statement.setLong(3, snapshot.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    cells.add(cell(rows));
                }
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot read the downloads of snapshot " + snapshot.label(), e);
        }
        return new AttributedDownloads(snapshot, measure, view, registry.version(), quality, cells);
    }

    /** Every model of a snapshot with its downloads under the measure and its uploader's attribution. */
    public List<ModelFacts> modelFacts(SnapshotSummary snapshot, Measure measure) {
        requireAvailable(snapshot, measure);
        List<ModelFacts> facts = new ArrayList<>((int) Math.min(snapshot.models(), Integer.MAX_VALUE - 8));
        try (PreparedStatement statement =
                store.connection().prepareStatement(SqlResource.load(AttributionQuery.class, "model_facts.sql"))) {
            statement.setBoolean(1, measure == Measure.ALL_TIME);
            statement.setLong(2, snapshot.id());
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
            throw CensusStore.failure("cannot read the models of snapshot " + snapshot.label(), e);
        }
        return facts;
    }

    private static void requireAvailable(SnapshotSummary snapshot, Measure measure) {
        boolean available = switch (measure) {
            case DOWNLOADS_30D -> snapshot.downloadsLast30Days().isPresent();
            case ALL_TIME -> snapshot.downloadsAllTime().isPresent();
        };
        if (!available) {
            throw new CensusException(
                    ErrorCode.MEASURE_UNAVAILABLE,
                    "snapshot " + snapshot.label() + " has no " + measure.description() + " (--measure "
                            + measure.label() + "); its source " + snapshot.source() + " records "
                            + (measure == Measure.DOWNLOADS_30D ? "--measure alltime" : "--measure downloads30d")
                            + " only");
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
