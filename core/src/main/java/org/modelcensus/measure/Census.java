package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.engine.Engine;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.source.Hub;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.DuckDbEngine;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotList;

/**
 * What every measure works with: an engine over the store's tables (one read connection of a DuckDB store, or a Spark
 * session over an export), the registry, and the stages over them. Used by one thread at a time; the command line
 * holds one, the server one per worker.
 */
public final class Census implements AutoCloseable {
    private final String where;
    private final AutoCloseable resources;
    private final Engine engine;
    private final OrganizationRegistry registry;
    private final SnapshotCatalog catalog;
    private final StoredLineage lineage;
    private final AttributionQuery attribution;
    private MeasureResolver resolver;

    /** Resolves measures against the store's snapshots as they are when first asked. */
    public Census(CensusStore store, OrganizationRegistry registry) {
        this(
                new DuckDbEngine(requireNonNull(store, "store is null")),
                store.path().toString(),
                registry,
                store::close);
    }

    /**
     * A census on any engine.
     *
     * @param where what the engine reads, for messages and the report (a store's path, an export's directory)
     * @param resources closed with the census (the engine's connection or session)
     */
    public Census(Engine engine, String where, OrganizationRegistry registry, AutoCloseable resources) {
        this.engine = requireNonNull(engine, "engine is null");
        this.where = requireNonNull(where, "where is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.resources = requireNonNull(resources, "resources is null");
        this.catalog = new SnapshotCatalog(engine, where);
        this.lineage = new StoredLineage(engine);
        this.attribution = new AttributionQuery(engine, registry, lineage);
    }

    /** Resolves measures against the given list (the server shares one list between its workers). */
    public Census(CensusStore store, OrganizationRegistry registry, MeasureResolver resolver) {
        this(store, registry);
        this.resolver = requireNonNull(resolver, "resolver is null");
    }

    /** What the census reads: a store's path, or an export's directory. */
    public String where() {
        return where;
    }

    /** The engine the measures run on. */
    public Engine engine() {
        return engine;
    }

    public OrganizationRegistry registry() {
        return registry;
    }

    public SnapshotCatalog catalog() {
        return catalog;
    }

    public StoredLineage lineage() {
        return lineage;
    }

    public AttributionQuery attribution() {
        return attribution;
    }

    /** The resolver over the snapshots as they are when first asked (the census only reads). */
    public MeasureResolver resolver() {
        if (resolver == null) {
            resolver = new MeasureResolver(catalog.list());
        }
        return resolver;
    }

    /**
     * Makes the choices without a source among {@code hub}'s snapshots (Hugging Face's unless this is called): for
     * {@code --hub}.
     *
     * @return this census
     */
    public Census onHub(Hub hub) {
        resolver = new MeasureResolver(
                resolver == null
                        ? catalog.list().onHub(hub)
                        : resolver.snapshots().onHub(hub));
        return this;
    }

    /**
     * Runs {@code work} with the choices without a source made among {@code hub}'s snapshots, then goes back to the
     * choices this census made before: for a server's worker, shared between queries of different hubs.
     */
    public <T> T onHub(Hub hub, Supplier<T> work) {
        requireNonNull(work, "work is null");
        MeasureResolver before = resolver();
        onHub(hub);
        try {
            return work.get();
        } finally {
            resolver = before;
        }
    }

    /** The snapshots the resolver chooses from. */
    public SnapshotList snapshots() {
        return resolver().snapshots();
    }

    public MeasureSelection resolve(MeasureRequest request) {
        return resolver().resolve(request);
    }

    /** Closes the engine's connection or session. */
    @Override
    public void close() {
        try {
            resources.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot close " + where + ": " + e.getMessage(), e);
        }
    }
}
