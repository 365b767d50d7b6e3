package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.attribution.HubNamespaces;
import org.modelcensus.attribution.Organization;
import org.modelcensus.attribution.RegistryEntry;
import org.modelcensus.engine.Engine;
import org.modelcensus.engine.SqlQuery;
import org.modelcensus.source.Hub;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SnapshotSummary;

/**
 * How far the Hugging Face view of the groups' downloads is from the view of Hugging Face and ModelScope together:
 * per group, the downloads on each hub over one window, the share on Hugging Face alone and on both, and the
 * difference (the undercount). For a window (from, to], a hub whose snapshots have 30-day counts contributes its count
 * at {@code to}; a hub with all-time counts its gain over the window (a model absent at {@code from} counts from 0, a
 * fall counts 0). The default window is the latest two snapshots of the ModelScope source. A combined count adds two
 * different counters: the hubs count downloads differently.
 */
public final class HubComparison {
    /** How a hub's downloads over the window are measured. */
    public enum HubMeasure {
        /** The 30-day count at the window's end. */
        THIRTY_DAYS("downloads30d"),
        /** The all-time count's gain over the window. */
        ALL_TIME_GAIN("allTimeDelta");

        private final String label;

        HubMeasure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One hub's part: its source, the snapshots read and how downloads are measured. */
    public record Side(
            Hub hub,
            String source,
            HubMeasure measure,
            Optional<SnapshotSummary> start,
            SnapshotSummary end,
            long downloads,
            long models) {
        public Side {
            requireNonNull(hub, "hub is null");
            requireNonNull(source, "source is null");
            requireNonNull(measure, "measure is null");
            requireNonNull(start, "start is null");
            requireNonNull(end, "end is null");
        }
    }

    /**
     * One group on both hubs.
     *
     * @param huggingfaceShare the group's part of all Hugging Face downloads
     * @param combinedShare the group's part of the downloads of both hubs
     */
    public record Row(
            String key,
            String label,
            long huggingface,
            long modelscope,
            double huggingfaceShare,
            double combinedShare) {
        public Row {
            requireNonNull(key, "key is null");
            requireNonNull(label, "label is null");
        }

        public long combined() {
            return huggingface + modelscope;
        }

        /** How much larger the group's share of both hubs is than its Hugging Face share (a fraction, not points). */
        public double undercount() {
            return combinedShare - huggingfaceShare;
        }
    }

    /** The comparison: the window, both hubs' parts and the groups, largest combined downloads first. */
    public record Table(GroupBy by, LocalDate from, LocalDate to, Side huggingface, Side modelscope, List<Row> rows) {
        public Table {
            requireNonNull(by, "by is null");
            requireNonNull(from, "from is null");
            requireNonNull(to, "to is null");
            requireNonNull(huggingface, "huggingface is null");
            requireNonNull(modelscope, "modelscope is null");
            rows = List.copyOf(rows);
        }
    }

    private final Engine engine;
    private final HubNamespaces namespaces;
    private final List<SnapshotSummary> snapshots;

    public HubComparison(Engine engine, HubNamespaces namespaces, List<SnapshotSummary> snapshots) {
        this.engine = requireNonNull(engine, "engine is null");
        this.namespaces = requireNonNull(namespaces, "namespaces is null");
        this.snapshots = List.copyOf(requireNonNull(snapshots, "snapshots is null"));
    }

    /**
     * The window two hubs are compared over: its days and each hub's source with its snapshots, oldest first.
     */
    public record Window(
            LocalDate from,
            LocalDate to,
            String huggingfaceSource,
            List<SnapshotSummary> huggingfaceSnapshots,
            String modelscopeSource,
            List<SnapshotSummary> modelscopeSnapshots) {
        public Window {
            requireNonNull(from, "from is null");
            requireNonNull(to, "to is null");
            requireNonNull(huggingfaceSource, "huggingfaceSource is null");
            huggingfaceSnapshots = List.copyOf(huggingfaceSnapshots);
            requireNonNull(modelscopeSource, "modelscopeSource is null");
            modelscopeSnapshots = List.copyOf(modelscopeSnapshots);
        }

        /** A hub's snapshot at the window's last day. */
        public SnapshotSummary end(Hub hub) {
            return hub == Hub.MODELSCOPE
                    ? at(modelscopeSnapshots, to, modelscopeSource)
                    : at(huggingfaceSnapshots, to, huggingfaceSource);
        }
    }

    /**
     * Chooses the window and the sources.
     *
     * @param huggingfaceSource the Hugging Face source; by default the ModelScope source's name without its
     *     {@code -modelscope} suffix (as an import of a crawl of both hubs names them)
     * @param modelscopeSource the ModelScope source; by default the only one
     * @param from the first day; by default the ModelScope snapshot before {@code to}
     * @param to the last day; by default the latest ModelScope snapshot
     */
    public Window window(
            Optional<String> huggingfaceSource,
            Optional<String> modelscopeSource,
            Optional<LocalDate> from,
            Optional<LocalDate> to) {
        String modelscope = modelscopeSource.orElseGet(this::onlyModelScopeSource);
        List<SnapshotSummary> modelscopeSnapshots = ofSource(modelscope, Hub.MODELSCOPE, "--modelscope-source");
        String huggingface = huggingfaceSource.orElseGet(() -> pairedSource(modelscope));
        List<SnapshotSummary> huggingfaceSnapshots = ofSource(huggingface, Hub.HUGGINGFACE, "--source");

        LocalDate end = to.orElse(
                modelscopeSnapshots.get(modelscopeSnapshots.size() - 1).date());
        LocalDate start = from.orElseGet(() -> modelscopeSnapshots.stream()
                .map(SnapshotSummary::date)
                .filter(date -> date.isBefore(end))
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new CensusException(
                        ErrorCode.SNAPSHOT_NOT_FOUND,
                        "source " + modelscope + " has no snapshot before " + end + "; a window needs two (give"
                                + " --from and --to, or import another crawl)")));
        if (!start.isBefore(end)) {
            throw CensusException.invalidArgument(
                    "from",
                    "--from " + start + " is not before --to " + end + "; a window runs from one day to a later one");
        }
        return new Window(start, end, huggingface, huggingfaceSnapshots, modelscope, modelscopeSnapshots);
    }

    /** Compares the hubs over a window (see {@link #window}). */
    public Table compare(GroupBy by, Window window) {
        requireNonNull(by, "by is null");
        requireNonNull(window, "window is null");
        Measured modelscopeSide = measure(
                Hub.MODELSCOPE, window.modelscopeSource(), window.modelscopeSnapshots(), window.from(), window.to());
        Measured huggingfaceSide = measure(
                Hub.HUGGINGFACE, window.huggingfaceSource(), window.huggingfaceSnapshots(), window.from(), window.to());
        return new Table(
                by,
                window.from(),
                window.to(),
                huggingfaceSide.side(),
                modelscopeSide.side(),
                rows(by, huggingfaceSide, modelscopeSide));
    }

    /** A hub's part with its downloads per namespace. */
    private record Measured(Side side, Map<String, Long> byNamespace) {}

    private Measured measure(Hub hub, String source, List<SnapshotSummary> ofSource, LocalDate start, LocalDate end) {
        SnapshotSummary last = at(ofSource, end, source);
        HubMeasure measure = last.downloadsLast30Days().isPresent() ? HubMeasure.THIRTY_DAYS : HubMeasure.ALL_TIME_GAIN;
        Optional<SnapshotSummary> first =
                measure == HubMeasure.ALL_TIME_GAIN ? Optional.of(at(ofSource, start, source)) : Optional.empty();
        Map<String, Long> byNamespace = new TreeMap<>();
        long[] models = {0};
        engine.forEach(
                SqlQuery.of(
                        engine.dialect(),
                        HubComparison.class,
                        "hub_namespace_downloads.sql",
                        measure == HubMeasure.THIRTY_DAYS,
                        first.map(SnapshotSummary::id).orElse(-1L),
                        last.id()),
                row -> {
                    byNamespace.put(row.getString("namespace"), row.getLong("downloads"));
                    models[0] += row.getLong("models");
                });
        long downloads =
                byNamespace.values().stream().mapToLong(Long::longValue).sum();
        return new Measured(new Side(hub, source, measure, first, last, downloads, models[0]), byNamespace);
    }

    private List<Row> rows(GroupBy by, Measured huggingface, Measured modelscope) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, long[]> downloads = new TreeMap<>();
        for (Measured measured : List.of(huggingface, modelscope)) {
            Hub hub = measured.side().hub();
            int column = hub == Hub.HUGGINGFACE ? 0 : 1;
            measured.byNamespace().forEach((namespace, count) -> {
                Optional<RegistryEntry> entry = namespaces.lookup(hub, namespace);
                String key = entry.map(found -> key(by, found.organization())).orElse(ShareRow.UNKNOWN);
                labels.put(
                        key, entry.map(found -> label(by, found.organization())).orElse(ShareRow.UNKNOWN_LABEL));
                downloads.computeIfAbsent(key, ignored -> new long[2])[column] += count;
            });
        }
        long huggingfaceTotal = huggingface.side().downloads();
        long combinedTotal = huggingfaceTotal + modelscope.side().downloads();
        List<Row> rows = new ArrayList<>();
        downloads.forEach((key, counts) -> rows.add(new Row(
                key,
                labels.get(key),
                counts[0],
                counts[1],
                huggingfaceTotal == 0 ? 0 : (double) counts[0] / huggingfaceTotal,
                combinedTotal == 0 ? 0 : (double) (counts[0] + counts[1]) / combinedTotal)));
        rows.sort(Comparator.comparingLong(Row::combined).reversed().thenComparing(Row::key));
        return rows;
    }

    private static String key(GroupBy by, Organization organization) {
        return switch (by) {
            case COUNTRY -> organization.country().code();
            case ORGANIZATION -> organization.name();
            case TYPE -> organization.type().code();
        };
    }

    private static String label(GroupBy by, Organization organization) {
        return switch (by) {
            case COUNTRY -> organization.country().label();
            case ORGANIZATION -> organization.name();
            case TYPE -> organization.type().label();
        };
    }

    private String onlyModelScopeSource() {
        List<String> sources = snapshots.stream()
                .filter(snapshot -> snapshot.hub() == Hub.MODELSCOPE)
                .map(SnapshotSummary::source)
                .distinct()
                .toList();
        if (sources.size() == 1) {
            return sources.get(0);
        }
        if (sources.isEmpty()) {
            throw new CensusException(
                    ErrorCode.SNAPSHOT_NOT_FOUND,
                    "the store holds no ModelScope snapshots; import crawls of both hubs first, e.g. `modelcensus"
                            + " import --format osir-lmts huggingface_2025-07-07.jsonl modelscope_2025-07-07.jsonl ...`");
        }
        throw CensusException.invalidArgument(
                "modelscope-source",
                "the store holds several ModelScope sources (" + String.join(", ", sources)
                        + "); choose one with --modelscope-source");
    }

    private String pairedSource(String modelscope) {
        String suffix = SnapshotImporter.sourceOfHub("", Hub.MODELSCOPE);
        String paired =
                modelscope.endsWith(suffix) ? modelscope.substring(0, modelscope.length() - suffix.length()) : "";
        if (paired.isEmpty()
                || snapshots.stream().noneMatch(snapshot -> snapshot.source().equals(paired))) {
            throw CensusException.invalidArgument(
                    "source",
                    "no Hugging Face source pairs with ModelScope source " + modelscope + "; name one with --source ("
                            + sourcesOf(Hub.HUGGINGFACE) + ")");
        }
        return paired;
    }

    private List<SnapshotSummary> ofSource(String source, Hub hub, String flag) {
        List<SnapshotSummary> found = snapshots.stream()
                .filter(snapshot -> snapshot.source().equals(source))
                .sorted(Comparator.comparing(SnapshotSummary::date))
                .toList();
        if (found.isEmpty()) {
            throw new CensusException(
                    ErrorCode.SNAPSHOT_NOT_FOUND,
                    "no snapshots of source " + source + " (" + flag + "); " + hub.title() + " sources: "
                            + sourcesOf(hub));
        }
        if (found.get(0).hub() != hub) {
            throw CensusException.invalidArgument(
                    flag.substring(2),
                    flag + " " + source + " is a source of "
                            + found.get(0).hub().title() + ", not of " + hub.title());
        }
        return found;
    }

    private String sourcesOf(Hub hub) {
        String sources = snapshots.stream()
                .filter(snapshot -> snapshot.hub() == hub)
                .map(SnapshotSummary::source)
                .distinct()
                .collect(Collectors.joining(", "));
        return sources.isEmpty() ? "none" : sources;
    }

    private static SnapshotSummary at(List<SnapshotSummary> ofSource, LocalDate date, String source) {
        return ofSource.stream()
                .filter(snapshot -> snapshot.date().equals(date))
                .findFirst()
                .orElseThrow(() -> new CensusException(
                        ErrorCode.SNAPSHOT_NOT_FOUND,
                        "source " + source + " has no snapshot at " + date + "; its snapshots: "
                                + ofSource.stream()
                                        .map(snapshot -> snapshot.date().toString())
                                        .collect(Collectors.joining(", "))));
    }
}
