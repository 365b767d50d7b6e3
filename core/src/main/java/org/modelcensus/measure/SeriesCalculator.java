package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.store.SnapshotList;
import org.modelcensus.store.SnapshotSummary;

/** Measures share tables at a series of dates of one source. */
public final class SeriesCalculator {
    /** The most points a series may have. */
    public static final int MAXIMUM_POINTS = 5_000;

    private final AttributionQuery attribution;
    private final MeasureResolver resolver;
    private final ShareCalculator calculator = new ShareCalculator();

    public SeriesCalculator(AttributionQuery attribution, MeasureResolver resolver) {
        this.attribution = requireNonNull(attribution, "attribution is null");
        this.resolver = requireNonNull(resolver, "resolver is null");
    }

    public ShareSeries series(SeriesRequest request) {
        return series(request, false);
    }

    /**
     * The series' first and last points only, at the request's {@code from} and {@code to} (the snapshot on or before
     * each): what {@code series --explain} compares.
     */
    public ShareSeries endpoints(SeriesRequest request) {
        if (request.from().isEmpty() || request.to().isEmpty()) {
            throw CensusException.invalidArgument("explain", "--explain compares two dates: give --from and --to");
        }
        if (!request.to().get().isAfter(request.from().get())) {
            throw CensusException.invalidArgument(
                    "to", "--explain compares two dates: --to " + request.to().get() + " must be after --from");
        }
        ShareSeries series = series(request, true);
        if (series.points().size() != 2) {
            throw new CensusException(
                    ErrorCode.SNAPSHOT_NOT_FOUND,
                    "--explain needs a point at " + request.from().get() + " and at "
                            + request.to().get() + " of source "
                            + series.source() + "; "
                            + (series.points().isEmpty() ? "neither" : "only one") + " has a snapshot (with the whole"
                            + " window inside the source's data); `modelcensus status` lists them");
        }
        return series;
    }

    private ShareSeries series(SeriesRequest request, boolean endpointsOnly) {
        SnapshotList snapshots = resolver.snapshots();
        String source = request.source().orElseGet(() -> defaultSource(snapshots, request.measure()));
        List<SnapshotSummary> ofSource = snapshots.ofSource(source);
        if (ofSource.isEmpty()) {
            throw new CensusException(
                    ErrorCode.SNAPSHOT_NOT_FOUND,
                    "no snapshot of source \"" + source + "\" in store " + snapshots.store()
                            + "; `modelcensus status` lists them");
        }
        SnapshotSummary last = ofSource.get(ofSource.size() - 1);
        boolean hasAllTime = last.downloadsAllTime().isPresent();
        Measure measure = request.measure()
                .orElse(last.downloadsLast30Days().isPresent() ? Measure.DOWNLOADS_30D : Measure.WINDOW);
        boolean thirtyDayFallback = measure == Measure.WINDOW && !hasAllTime;
        if (thirtyDayFallback) {
            measure = Measure.DOWNLOADS_30D;
        }
        Optional<Integer> windowDays = measure.spansWindow()
                ? Optional.of(MeasureRequest.windowDays(measure, request.windowDays()))
                : Optional.empty();
        LocalDate first = ofSource.get(0).date();
        LocalDate from = request.from().orElse(first);
        LocalDate to = request.to().orElse(last.date());
        if (to.isBefore(from)) {
            throw CensusException.invalidArgument("to", "--to " + to + " is before --from " + from);
        }
        List<LocalDate> dates = endpointsOnly ? List.of(from, to) : dates(request.every(), from, to, ofSource);
        if (dates.size() > MAXIMUM_POINTS) {
            throw CensusException.invalidArgument(
                    "every",
                    "a point every " + request.every().label() + " from " + from + " to " + to + " makes "
                            + dates.size() + " points; at most " + MAXIMUM_POINTS + ": choose a coarser step or a"
                            + " shorter range");
        }
        List<SeriesPoint> points = new ArrayList<>();
        int skipped = 0;
        for (LocalDate date : dates) {
            Optional<LocalDate> windowStart = windowDays.map(days -> date.minusDays(days));
            if (date.isBefore(first)
                    || windowStart.filter(start -> start.isBefore(first)).isPresent()) {
                skipped++;
                continue;
            }
            MeasureSelection selection;
            try {
                selection = resolver.resolve(new MeasureRequest(
                        Optional.of(measure),
                        windowStart,
                        Optional.of(date),
                        Optional.of(source),
                        windowDays,
                        request.cohort(),
                        request.counting()));
            } catch (CensusException e) {
                if (e.code() != ErrorCode.SNAPSHOT_NOT_FOUND) {
                    throw e;
                }
                skipped++;
                continue;
            }
            if (thirtyDayFallback) {
                selection = MeasureSelection.thirtyDaysFor(selection.end(), request.cohort())
                        .withCounting(request.counting(), Optional.empty());
            }
            ShareTable table = calculator.shares(
                    attribution.downloads(
                            selection,
                            request.view(),
                            ShareCalculator.needsNamespaces(request.by(), request.unknownNamespaces())),
                    request.by(),
                    request.unknownNamespaces());
            points.add(new SeriesPoint(date, table));
        }
        List<PanelChange> panelChanges = new ArrayList<>();
        for (int index = 1; index < points.size(); index++) {
            SnapshotSummary earlier = points.get(index - 1).table().snapshot();
            ShareTable later = points.get(index).table();
            if (earlier.id() != later.snapshot().id()
                    && PanelChange.changes(earlier.models(), later.snapshot().models())) {
                long[] entered = new long[2];
                attribution.forEachMeasured(
                        later.selection(),
                        "panel_entered.sql",
                        row -> {
                            entered[0] = row.getLong("entered");
                            entered[1] = row.getLong("downloads");
                        },
                        earlier.id());
                panelChanges.add(new PanelChange(
                        points.get(index - 1).date(),
                        points.get(index).date(),
                        earlier.models(),
                        later.snapshot().models(),
                        entered[0],
                        later.totalDownloads() > 0 ? entered[1] / later.totalDownloads() : 0));
            }
        }
        return new ShareSeries(
                measure,
                request.by(),
                request.view(),
                request.unknownNamespaces(),
                source,
                request.every(),
                windowDays,
                request.cohort(),
                thirtyDayFallback,
                points,
                skipped,
                panelChanges);
    }

    /** The source of the latest snapshot of the list's hub holding the counts the measure needs. */
    private static String defaultSource(SnapshotList snapshots, Optional<Measure> measure) {
        List<SnapshotSummary> ofHub = snapshots.snapshots().stream()
                .filter(snapshot -> snapshot.hub() == snapshots.hub())
                .toList();
        return ofHub.stream()
                .filter(snapshot -> measure.map(wanted -> switch (wanted) {
                            case DOWNLOADS_30D -> snapshot.downloadsLast30Days().isPresent();
                            case ALL_TIME, FIRST_YEAR, WINDOW ->
                                snapshot.downloadsAllTime().isPresent();
                        })
                        .orElse(true))
                .max(Comparator.comparing(SnapshotSummary::date).thenComparing(SnapshotSummary::source))
                .or(() -> ofHub.stream().max(Comparator.comparing(SnapshotSummary::date)))
                .map(SnapshotSummary::source)
                .orElseThrow(() -> new CensusException(
                        ErrorCode.SNAPSHOT_NOT_FOUND,
                        "store " + snapshots.store() + " holds no snapshot of "
                                + snapshots.hub().title() + "; import some first"));
    }

    /** The days of the points, in order. */
    static List<LocalDate> dates(Every every, LocalDate from, LocalDate to, List<SnapshotSummary> ofSource) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        switch (every) {
            case SNAPSHOT ->
                ofSource.stream()
                        .map(SnapshotSummary::date)
                        .filter(date -> !date.isBefore(from) && !date.isAfter(to))
                        .forEach(dates::add);
            case DAY -> from.datesUntil(to.plusDays(1)).forEach(dates::add);
            case WEEK -> {
                for (LocalDate date = to; !date.isBefore(from); date = date.minusWeeks(1)) {
                    dates.add(date);
                }
            }
            case MONTH -> {
                for (LocalDate date = from.with(TemporalAdjusters.lastDayOfMonth());
                        !date.isAfter(to);
                        date = date.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
                    dates.add(date);
                }
                dates.add(to);
            }
        }
        return List.copyOf(dates);
    }
}
