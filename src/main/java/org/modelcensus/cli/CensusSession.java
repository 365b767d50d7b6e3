package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.measure.AttributionQuery;
import org.modelcensus.measure.MeasureRequest;
import org.modelcensus.measure.MeasureResolver;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotList;

/** What a measuring command works with: the store opened for reading, the registry, and the stages over them. */
final class CensusSession implements AutoCloseable {
    final CensusStore store;
    final OrganizationRegistry registry;
    final SnapshotCatalog catalog;
    final StoredLineage lineage;
    final AttributionQuery attribution;
    private MeasureResolver resolver;

    private CensusSession(CensusStore store, OrganizationRegistry registry, CliContext context) {
        this.store = store;
        this.registry = registry;
        this.catalog = new SnapshotCatalog(store);
        this.lineage = new StoredLineage(store);
        this.attribution = new AttributionQuery(store, registry, lineage);
    }

    /** Loads the registry first, so that a bad registry fails before the store is touched. */
    static CensusSession open(CommonOptions common, CliContext context) {
        requireNonNull(common, "common is null");
        OrganizationRegistry registry = common.registry();
        CensusStore store = common.openForReading(context);
        try {
            return new CensusSession(store, registry, context);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Resolves measures against the snapshots as they are when first asked (a session only reads). */
    MeasureResolver resolver() {
        if (resolver == null) {
            resolver = new MeasureResolver(catalog.list());
        }
        return resolver;
    }

    /** The snapshots the resolver chooses from. */
    SnapshotList snapshots() {
        return resolver().snapshots();
    }

    MeasureSelection resolve(MeasureRequest request) {
        return resolver().resolve(request);
    }

    @Override
    public void close() {
        store.close();
    }
}
