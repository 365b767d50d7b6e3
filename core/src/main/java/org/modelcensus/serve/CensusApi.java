package org.modelcensus.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.attribution.ArenaMapping;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.HubNamespaces;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegistryEntry;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.lineage.Lineage;
import org.modelcensus.measure.ArenaCalculator;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.Counting;
import org.modelcensus.measure.CrossoverFinder;
import org.modelcensus.measure.Every;
import org.modelcensus.measure.FamilyCalculator;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.HubComparison;
import org.modelcensus.measure.MeasureRequest;
import org.modelcensus.measure.MeasureResolver;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.measure.Sensitivity;
import org.modelcensus.measure.SensitivityCalculator;
import org.modelcensus.measure.SeriesCalculator;
import org.modelcensus.measure.SeriesRequest;
import org.modelcensus.measure.ShareCalculator;
import org.modelcensus.measure.ShareSeries;
import org.modelcensus.measure.ShareTable;
import org.modelcensus.report.ArenaWriter;
import org.modelcensus.report.CrossoverWriter;
import org.modelcensus.report.FamilyTableWriter;
import org.modelcensus.report.HubsWriter;
import org.modelcensus.report.Layout;
import org.modelcensus.report.LineageWriter;
import org.modelcensus.report.ReportJsonWriter;
import org.modelcensus.report.ReportRequest;
import org.modelcensus.report.ReportService;
import org.modelcensus.report.SensitivityWriter;
import org.modelcensus.report.SeriesWriter;
import org.modelcensus.report.ShareTableWriter;
import org.modelcensus.report.StatusWriter;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.InterruptedCrawl;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotList;
import org.modelcensus.store.SnapshotSummary;

/**
 * The answers of the REST API, as the bytes of the same JSON the CLI prints with {@code --format json}. Thread-safe:
 * uncached answers are computed in parallel on a small pool of read connections, each with a deadline, and kept in a
 * cache bounded in bytes (Caffeine), since the store is read-only while it is served.
 */
public final class CensusApi implements AutoCloseable {
    /** The most rows a share table answer holds; {@code limit} asks for fewer. */
    static final int MAXIMUM_ROWS = 10_000;

    /** The most models a lineage answer lists. */
    static final int MAXIMUM_LINEAGE_MODELS = 5_000;

    private static final Set<String> MEASURE =
            Set.of("hub", "source", "measure", "window", "created-from", "created-to", "created-within");
    private static final Set<String> VIEW = Set.of("view", "unknown-as");
    private static final Set<String> COUNTING =
            Set.of("exclude", "repackaged-to-root", "cap-spikes", "stale-as-zero", "group-regions");

    private final CensusStore store;
    private final OrganizationRegistry registry;
    private final ObjectMapper json;
    private final ServeLimits limits;
    private final MeasureResolver resolver;
    private final List<InterruptedCrawl> crawls;
    private final List<Census> workers = new ArrayList<>();
    private final BlockingQueue<Census> idle;
    private final ExecutorService executor;
    private final Cache<String, byte[]> cache;
    private final ArenaMapping arenaMapping;
    private final HubNamespaces hubNamespaces;

    public CensusApi(CensusStore store, OrganizationRegistry registry, ObjectMapper json, ServeLimits limits) {
        this.store = requireNonNull(store, "store is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.json = requireNonNull(json, "json is null");
        this.limits = requireNonNull(limits, "limits is null");
        if (!store.readOnly()) {
            throw new IllegalArgumentException("the API serves a store opened read-only");
        }
        // messages name "the store", not its path on the server's disk
        SnapshotCatalog catalog = new SnapshotCatalog(store);
        this.resolver = new MeasureResolver(new SnapshotList("the store", catalog.snapshots()));
        this.crawls = catalog.interruptedCrawls(); // no crawl moves on while the store is served read-only
        try {
            for (int index = 0; index < limits.workers(); index++) {
                workers.add(new Census(index == 0 ? store : store.duplicate(), registry, resolver));
            }
        } catch (RuntimeException e) {
            workers.stream().skip(1).forEach(Census::close);
            throw e;
        }
        this.idle = new ArrayBlockingQueue<>(limits.workers(), false, workers);
        this.executor = Executors.newFixedThreadPool(limits.workers(), runnable -> {
            Thread thread = new Thread(runnable, "census-query");
            thread.setDaemon(true);
            return thread;
        });
        this.arenaMapping = ArenaMapping.bundled(registry); // the curated files, read once
        this.hubNamespaces = HubNamespaces.bundledWhereRegistered(registry);
        this.cache = Caffeine.newBuilder()
                .maximumWeight(limits.cacheBytes())
                .weigher((String key, byte[] answer) -> key.length() * 2 + answer.length + 64)
                .build();
    }

    public byte[] status(Map<String, List<String>> parameters) {
        Query.of(parameters, Set.of());
        return render(new StatusWriter(json).toJson(resolver.snapshots().snapshots(), crawls)); // never waits
    }

    public byte[] shares(Map<String, List<String>> parameters) {
        Query query =
                Query.of(parameters, union(MEASURE, VIEW, union(COUNTING, Set.of("by", "at", "to", "from", "limit"))));
        return answer("shares " + query.canonical(), worker -> {
            ArgumentParser arguments = Query.arguments();
            MeasureSelection selection = resolver(query).resolve(request(query, query.date("from"), end(query)));
            GroupBy by = arguments.by(query.required("by"));
            UnknownNamespaces unknownNamespaces = arguments.unknownAs(query.text("unknown-as"));
            ShareTable table = new ShareCalculator()
                    .shares(
                            worker.attribution()
                                    .downloads(
                                            selection,
                                            view(query),
                                            ShareCalculator.needsNamespaces(by, unknownNamespaces)),
                            by,
                            unknownNamespaces);
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

    /** The sensitivity of a share table, as {@code sensitivity --format json} prints it. */
    public byte[] sensitivity(Map<String, List<String>> parameters) {
        Query query = Query.of(
                parameters, union(MEASURE, VIEW, union(COUNTING, Set.of("by", "at", "to", "from", "compare"))));
        return answer("sensitivity " + query.canonical(), worker -> {
            ArgumentParser arguments = Query.arguments();
            GroupBy by = arguments.by(query.required("by"));
            Sensitivity sensitivity = onQueryHub(
                    worker,
                    query,
                    () -> new SensitivityCalculator(worker)
                            .compute(
                                    request(query, query.date("from"), end(query)),
                                    by,
                                    view(query),
                                    arguments.unknownAs(query.text("unknown-as")),
                                    query.text("compare").map(text -> List.of(text.split(",", -1)))));
            return new SensitivityWriter(json, Layout.DEFAULT_WIDTH).toJson(sensitivity);
        });
    }

    /** The whole census report, as {@code report --format json} prints it. */
    public byte[] report(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, union(MEASURE, VIEW, Set.of("at", "to", "from")));
        return answer("report " + query.canonical(), census -> {
            ArgumentParser arguments = Query.arguments();
            ReportRequest request = new ReportRequest(
                    request(query, query.date("from"), end(query)),
                    view(query),
                    arguments.unknownAs(query.text("unknown-as")));
            return new ReportJsonWriter(json)
                    .toJson(onQueryHub(census, query, () -> new ReportService().report(census, request)));
        });
    }

    /** Runs work on a worker choosing among the snapshots of the query's {@code hub}, where it names one. */
    private static <T> T onQueryHub(Census worker, Query query, Supplier<T> work) {
        return query.text("hub")
                .map(label -> worker.onHub(Query.arguments().hub(label), work))
                .orElseGet(work);
    }

    public byte[] series(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, union(MEASURE, VIEW, union(COUNTING, Set.of("by", "from", "to", "every"))));
        return answer("series " + query.canonical(), worker -> new SeriesWriter(json).toJson(series(worker, query)));
    }

    /** Each group's best leaderboard model per date, as {@code arena --format json} prints it. */
    public byte[] arena(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, Set.of("by", "open-only", "at", "from", "to", "every"));
        return answer("arena " + query.canonical(), worker -> {
            GroupBy by = Query.arguments().by(query.text("by").orElse("country"));
            boolean monthly = ArenaCalculator.monthly(query.text("every").orElse("snapshot"));
            boolean openOnly = flag(query, "open-only");
            ArenaCalculator arena = new ArenaCalculator(worker, arenaMapping);
            return new ArenaWriter(json)
                    .toJson(arena.standings(
                            by, openOnly, query.date("at"), query.date("from"), query.date("to"), monthly));
        });
    }

    /** Leaderboard ratings beside downloads, as {@code arena adoption --format json} prints it. */
    public byte[] arenaAdoption(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, union(MEASURE, VIEW, Set.of("rated-at", "at", "to", "from")));
        return answer("arena-adoption " + query.canonical(), worker -> {
            MeasureSelection selection = resolver(query).resolve(request(query, query.date("from"), end(query)));
            ArenaCalculator arena = new ArenaCalculator(worker, arenaMapping);
            LocalDate ratedAt = query.date("rated-at")
                    .orElse(arena.dates().get(arena.dates().size() - 1));
            return new ArenaWriter(json).toJson(arena.adoption(selection, view(query), ratedAt));
        });
    }

    private static boolean flag(Query query, String name) {
        return switch (query.text(name).orElse("false")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw CensusException.invalidArgument(name, "parameter \"" + name + "\" is true or false");
        };
    }

    public byte[] crossover(Map<String, List<String>> parameters) {
        Query query = Query.of(
                parameters, union(MEASURE, VIEW, union(COUNTING, Set.of("by", "from", "to", "every", "a", "b"))));
        return answer("crossover " + query.canonical(), worker -> {
            String a = query.required("a");
            String b = query.required("b");
            ShareSeries series = series(worker, query);
            CrossoverFinder.requireGroups(series, a, b, Query.arguments());
            return new CrossoverWriter(json).toJson(series, a, b, CrossoverFinder.crossings(series, a, b));
        });
    }

    /**
     * The resolver choosing among the snapshots of the query's {@code hub} where it names no source (Hugging Face's
     * unless it says otherwise).
     */
    private MeasureResolver resolver(Query query) {
        return query.text("hub")
                .map(label -> new MeasureResolver(
                        resolver.snapshots().onHub(Query.arguments().hub(label))))
                .orElse(resolver);
    }

    /** Hugging Face and ModelScope compared over a window, as {@code hubs} gives it. */
    public byte[] hubs(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, Set.of("by", "from", "to", "source", "modelscope-source"));
        return answer("hubs " + query.canonical(), worker -> {
            GroupBy by = query.text("by").map(Query.arguments()::by).orElse(GroupBy.COUNTRY);
            HubComparison comparison = new HubComparison(
                    worker.engine(), hubNamespaces, resolver.snapshots().snapshots());
            HubComparison.Window window = comparison.window(
                    query.text("source"), query.text("modelscope-source"), query.date("from"), query.date("to"));
            return new HubsWriter(json).toJson(comparison.compare(by, window));
        });
    }

    public byte[] families(Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, union(MEASURE, Set.of("at", "to", "from", "top")));
        return answer("families " + query.canonical(), worker -> {
            MeasureResolver ofHub = resolver(query);
            SnapshotSummary snapshot = ofHub.snapshots().selectDeclaringBaseModels(end(query), query.text("source"));
            MeasureSelection selection = ofHub.resolve(new MeasureRequest(
                    query.text("measure").map(Query.arguments()::measure),
                    query.date("from"),
                    Optional.of(snapshot.date()),
                    Optional.of(snapshot.source()),
                    windowDays(query),
                    cohort(query)));
            return new FamilyTableWriter(json)
                    .toJson(new FamilyCalculator(worker.attribution())
                            .families(selection, query.positive("top", 10, 100)));
        });
    }

    /**
     * A model's ancestors and descendants in the latest snapshot holding it that declares base models (else the
     * latest holding it, or the one asked for).
     */
    public byte[] lineage(String owner, String name, Map<String, List<String>> parameters) {
        Query query = Query.of(parameters, Set.of("at", "source"));
        String model = owner + "/" + name;
        return answer("lineage " + model + " " + query.canonical(), worker -> {
            SnapshotSummary snapshot =
                    query.date("at").isPresent() || query.text("source").isPresent()
                            ? resolver.snapshots().select(query.date("at"), query.text("source"))
                            : worker.catalog()
                                    .lineageSnapshot(model, resolver.snapshots())
                                    .orElseThrow(() -> notFound(model));
            Lineage graph = worker.lineage().around(snapshot, model).orElseThrow(() -> notFound(model));
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
        return answer("models " + query.canonical(), worker -> {
            ObjectNode node = json.createObjectNode();
            ArrayNode ids = node.putArray("models");
            worker.catalog().searchModels(search, limit).forEach(ids::add);
            return node;
        });
    }

    private ShareSeries series(Census worker, Query query) {
        ArgumentParser arguments = Query.arguments();
        return new SeriesCalculator(worker.attribution(), resolver(query))
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
                        cohort(query),
                        counting(query)));
    }

    private MeasureRequest request(Query query, Optional<LocalDate> from, Optional<LocalDate> to) {
        return new MeasureRequest(
                query.text("measure").map(Query.arguments()::measure),
                from,
                to,
                query.text("source"),
                windowDays(query),
                cohort(query),
                counting(query));
    }

    /** The counting choices of a query; the numbers as published unless asked. */
    private static Counting counting(Query query) {
        return Query.arguments()
                .counting(
                        query.text("exclude").map(List::of).orElse(List.of()),
                        flag(query, "repackaged-to-root"),
                        flag(query, "cap-spikes"),
                        flag(query, "stale-as-zero"),
                        query.text("group-regions"));
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

    /**
     * The cached answer, or a new one computed on an idle worker. A cached answer never waits. When no worker is idle
     * within {@link ServeLimits#queueWait()}, or the answer is not ready by {@link ServeLimits#deadline()}, the request
     * is refused as busy (HTTP 503); work past its deadline runs on and its answer is cached for the next request.
     */
    private byte[] answer(String key, Function<Census, ObjectNode> compute) {
        byte[] cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long start = System.nanoTime();
        Census worker;
        try {
            worker = idle.poll(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("the server is stopping");
        }
        if (worker == null) {
            throw busy("every query worker is busy (" + limits.workers() + "); retry shortly");
        }
        Future<byte[]> answer;
        try {
            answer = executor.submit(() -> {
                try {
                    byte[] again = cache.getIfPresent(key);
                    if (again != null) {
                        return again;
                    }
                    byte[] bytes = render(compute.apply(worker));
                    cache.put(key, bytes);
                    return bytes;
                } finally {
                    idle.add(worker);
                }
            });
        } catch (RejectedExecutionException e) {
            idle.add(worker);
            throw busy("the server is stopping");
        }
        long left = limits.deadline().toNanos() - (System.nanoTime() - start);
        try {
            return answer.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw busy(String.format(
                    Locale.ROOT,
                    "the answer was not ready within %.1f s; it is still being computed, so retry shortly",
                    limits.deadline().toMillis() / 1000.0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("the server is stopping");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("cannot answer " + key, e.getCause());
        }
    }

    private byte[] render(ObjectNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    private static CensusException busy(String message) {
        return new CensusException(ErrorCode.SERVER_BUSY, message);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        for (Census worker : workers) {
            worker.close();
        }
    }
}
