package org.modelcensus.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegistryEntry;
import org.modelcensus.lineage.Lineage;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.AttributionQuery;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.CrossoverFinder;
import org.modelcensus.measure.Every;
import org.modelcensus.measure.FamilyCalculator;
import org.modelcensus.measure.MeasureRequest;
import org.modelcensus.measure.MeasureResolver;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.measure.SeriesCalculator;
import org.modelcensus.measure.SeriesRequest;
import org.modelcensus.measure.ShareCalculator;
import org.modelcensus.measure.ShareSeries;
import org.modelcensus.measure.ShareTable;
import org.modelcensus.report.CrossoverWriter;
import org.modelcensus.report.FamilyTableWriter;
import org.modelcensus.report.LineageWriter;
import org.modelcensus.report.SeriesWriter;
import org.modelcensus.report.ShareTableWriter;
import org.modelcensus.report.StatusWriter;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotList;
import org.modelcensus.store.SnapshotSummary;

/**
 * The answers of the REST API, as the bytes of the same JSON the CLI prints with {@code --format json}. Thread-safe:
 * work on the store runs one request at a time, and answers are kept in a bounded cache (least recently used first
 * out), since the store is read-only while it is served.
 */
public final class CensusApi implements AutoCloseable {
    /** The most rows a share table answer holds; {@code limit} asks for fewer. */
    static final int MAXIMUM_ROWS = 10_000;

    /** The most models a lineage answer lists. */
    static final int MAXIMUM_LINEAGE_MODELS = 5_000;

    private static final Set<String> MEASURE =
            Set.of("source", "measure", "window", "created-from", "created-to", "created-within");
    private static final Set<String> VIEW = Set.of("view", "unknown-as");

    private final CensusStore store;
    private final OrganizationRegistry registry;
    private final ObjectMapper json;
    private final SnapshotCatalog catalog;
    private final StoredLineage lineage;
    private final AttributionQuery attribution;
    private final MeasureResolver resolver;
    private final ReentrantLock work = new ReentrantLock();
    private final Map<String, byte[]> cache;

    public CensusApi(CensusStore store, OrganizationRegistry registry, ObjectMapper json, int cachedAnswers) {
        this.store = requireNonNull(store, "store is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.json = requireNonNull(json, "json is null");
        if (!store.readOnly()) {
            throw new IllegalArgumentException("the API serves a store opened read-only");
        }
        this.catalog = new SnapshotCatalog(store);
        this.lineage = new StoredLineage(store);
        this.attribution = new AttributionQuery(store, registry, lineage);
        // messages name "the store", not its path on the server's disk
        this.resolver = new MeasureResolver(new SnapshotList("the store", catalog.snapshots()));
        this.cache = new LinkedHashMap<>(cachedAnswers, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > cachedAnswers;
            }
        };
    }

    public byte[] status(Map<String, List<String>> parameters) {
        Query.of(parameters, Set.of());
        return answer(
                "status",
                () -> new StatusWriter(json).toJson(resolver.snapshots().snapshots()));
    }

    public byte[] shares(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, union(MEASURE, VIEW, Set.of("by", "at", "to", "from", "limit")));
        return answer("shares " + query.canonical(), () -> {
            ArgumentParser arguments = Query.arguments();
            MeasureSelection selection = resolver.resolve(request(query, query.date("from"), end(query)));
            ShareTable table = new ShareCalculator()
                    .shares(
                            attribution.downloads(selection, view(query)),
                            arguments.by(query.required("by")),
                            arguments.unknownAs(query.text("unknown-as")));
            ObjectNode node = new ShareTableWriter(json).toJson(table);
            int limit = query.positive("limit", 1000, MAXIMUM_ROWS);
            ArrayNode rows = (ArrayNode) node.get("rows");
            node.put("rowCount", rows.size());
            node.put("truncated", rows.size() > limit);
            while (rows.size() > limit) {
                rows.remove(rows.size() - 1);
            }
            return node;
        });
    }

    public byte[] series(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, union(MEASURE, VIEW, Set.of("by", "from", "to", "every")));
        return answer("series " + query.canonical(), () -> new SeriesWriter(json).toJson(series(query)));
    }

    public byte[] crossover(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, union(MEASURE, VIEW, Set.of("by", "from", "to", "every", "a", "b")));
        return answer("crossover " + query.canonical(), () -> {
            String a = query.required("a");
            String b = query.required("b");
            ShareSeries series = series(query);
            CrossoverFinder.requireGroups(series, a, b, Query.arguments());
            return new CrossoverWriter(json).toJson(series, a, b, CrossoverFinder.crossings(series, a, b));
        });
    }

    public byte[] families(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, union(MEASURE, Set.of("at", "to", "from", "top")));
        return answer("families " + query.canonical(), () -> {
            SnapshotSummary snapshot = resolver.snapshots().selectDeclaringBaseModels(end(query), query.text("source"));
            MeasureSelection selection = resolver.resolve(new MeasureRequest(
                    query.text("measure").map(Query.arguments()::measure),
                    query.date("from"),
                    Optional.of(snapshot.date()),
                    Optional.of(snapshot.source()),
                    windowDays(query),
                    cohort(query)));
            return new FamilyTableWriter(json)
                    .toJson(new FamilyCalculator(attribution).families(selection, query.positive("top", 10, 100)));
        });
    }

    /** A model's ancestors and descendants in the latest snapshot holding it (or the one asked for). */
    public byte[] lineage(String owner, String name, Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, Set.of("at", "source"));
        String model = owner + "/" + name;
        return answer("lineage " + model + " " + query.canonical(), () -> {
            SnapshotSummary snapshot =
                    query.date("at").isPresent() || query.text("source").isPresent()
                            ? resolver.snapshots().select(query.date("at"), query.text("source"))
                            : catalog.latestHolding(model, resolver.snapshots()).orElseThrow(() -> notFound(model));
            Lineage graph = lineage.around(snapshot, model).orElseThrow(() -> notFound(model));
            ObjectNode node = new LineageWriter(json).toJson(snapshot, graph, model);
            ArrayNode models = (ArrayNode) node.get("models");
            node.put("truncated", models.size() > MAXIMUM_LINEAGE_MODELS);
            while (models.size() > MAXIMUM_LINEAGE_MODELS) {
                models.remove(models.size() - 1);
            }
            ObjectNode attributed = node.putObject("attribution");
            attributed.put("model", model);
            attributed.set("uploader", organization(graph.namespace(model)));
            ArrayNode roots = attributed.putArray("roots");
            for (String root : graph.roots(model)) {
                ObjectNode rootNode = roots.addObject();
                rootNode.put("id", root);
                rootNode.set("organization", organization(graph.namespace(root)));
            }
            return node;
        });
    }

    /** Model ids containing a text, for the dashboard's search. */
    public byte[] models(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, Set.of("search", "limit"));
        String search = query.required("search");
        int limit = query.positive("limit", 20, 50);
        return answer("models " + query.canonical(), () -> {
            ObjectNode node = json.createObjectNode();
            ArrayNode ids = node.putArray("models");
            catalog.searchModels(search, limit).forEach(ids::add);
            return node;
        });
    }

    private ShareSeries series(Query query) {
        ArgumentParser arguments = Query.arguments();
        return new SeriesCalculator(attribution, resolver)
                .series(new SeriesRequest(
                        query.text("measure").map(arguments::measure),
                        arguments.by(query.required("by")),
                        view(query),
                        arguments.unknownAs(query.text("unknown-as")),
                        query.text("source"),
                        query.date("from"),
                        query.date("to"),
                        query.text("every").map(arguments::every).orElse(Every.SNAPSHOT),
                        windowDays(query),
                        cohort(query)));
    }

    private MeasureRequest request(Query query, Optional<LocalDate> from, Optional<LocalDate> to) {
        return new MeasureRequest(
                query.text("measure").map(Query.arguments()::measure),
                from,
                to,
                query.text("source"),
                windowDays(query),
                cohort(query));
    }

    /** {@code at} and {@code to} name the same day; both may be given only if they agree. */
    private static Optional<LocalDate> end(Query query) {
        Optional<LocalDate> at = query.date("at");
        Optional<LocalDate> to = query.date("to");
        if (at.isPresent() && to.isPresent() && !at.equals(to)) {
            throw CensusException.invalidArgument(
                    "to", "at is " + at.get() + " but to is " + to.get() + "; they name the same day, give one");
        }
        return at.or(() -> to);
    }

    private static Optional<Integer> windowDays(Query query) {
        return query.text("window").map(value -> Query.arguments().days("window", value));
    }

    private static Cohort cohort(Query query) {
        return Query.arguments()
                .cohort(query.date("created-from"), query.date("created-to"), query.text("created-within"));
    }

    private static AttributionView view(Query query) {
        return query.text("view").map(Query.arguments()::view).orElse(AttributionView.UPLOADER);
    }

    private ObjectNode organization(String namespace) {
        ObjectNode node = json.createObjectNode();
        node.put("namespace", namespace);
        Optional<RegistryEntry> entry = registry.lookup(namespace);
        if (entry.isPresent()) {
            node.put("organization", entry.get().organization().name());
            node.put("country", entry.get().organization().country().code());
            node.put("type", entry.get().organization().type().code());
        } else {
            node.putNull("organization");
            node.put("country", "UNKNOWN");
            node.put("type", "UNKNOWN");
        }
        return node;
    }

    private static CensusException notFound(String model) {
        return new CensusException(ErrorCode.MODEL_NOT_FOUND, "model " + model + " is in no snapshot of the store");
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    /** The cached answer, or a new one computed while holding the store. */
    private byte[] answer(String key, Supplier<ObjectNode> compute) {
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        work.lock();
        try {
            synchronized (cache) {
                byte[] cached = cache.get(key);
                if (cached != null) {
                    return cached;
                }
            }
            byte[] bytes = json.writeValueAsBytes(compute.get());
            synchronized (cache) {
                cache.put(key, bytes);
            }
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        } finally {
            work.unlock();
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
