package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.CountryCode;
import org.modelcensus.attribution.DeveloperType;
import org.modelcensus.attribution.Organization;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegistryTable;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotSummary;
import org.modelcensus.store.SqlResource;

/** Reads a snapshot's downloads from the store, credited to organisations of the registry in SQL. */
public final class AttributionQuery {
    private final CensusStore store;
    private final OrganizationRegistry registry;

    /** Installs the registry beside the store's snapshots for the queries of this connection. */
    public AttributionQuery(CensusStore store, OrganizationRegistry registry) {
        this.store = requireNonNull(store, "store is null");
        this.registry = requireNonNull(registry, "registry is null");
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
        boolean allTime = measure == Measure.ALL_TIME;
        List<AttributionCell> cells = new ArrayList<>();
        try (PreparedStatement statement = store.connection()
                .prepareStatement(SqlResource.load(AttributionQuery.class, "attributed_downloads.sql"))) {
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
        return new AttributedDownloads(snapshot, measure, view, registry.version(), cells);
    }

    private static AttributionCell cell(ResultSet rows) throws SQLException {
        double downloads = rows.getDouble("downloads");
        long models = rows.getLong("models");
        String organization = rows.getString("organization");
        if (organization == null) {
            return AttributionCell.unregistered(rows.getString("unregistered_namespace"), downloads, models);
        }
        return AttributionCell.registered(
                new Organization(
                        organization,
                        new CountryCode(rows.getString("country")),
                        DeveloperType.fromCode(rows.getString("type")).orElseThrow()),
                downloads,
                models);
    }
}
