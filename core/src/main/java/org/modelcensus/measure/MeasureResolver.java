package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.store.SnapshotList;
import org.modelcensus.store.SnapshotSummary;

/** Resolves what a user asks to measure to the snapshots that hold it. */
public final class MeasureResolver {
    private final SnapshotList snapshots;

    public MeasureResolver(SnapshotList snapshots) {
        this.snapshots = requireNonNull(snapshots, "snapshots is null");
    }

    public SnapshotList snapshots() {
        return snapshots;
    }

    /**
     * The selection for a request; an impossible one (no snapshot, a window starting before the first snapshot, a
     * measure the snapshot lacks) is a {@link CensusException} that says why.
     */
    public MeasureSelection resolve(MeasureRequest request) {
        MeasureSelection selection = resolveMeasure(request);
        Counting counting = request.counting();
        if (!counting.adjusts()) {
            return selection;
        }
        if (counting.capSpikes() && selection.start().isEmpty()) {
            throw new CensusException(
                    ErrorCode.MEASURE_UNAVAILABLE,
                    "--cap-spikes caps one step between snapshots of a window; it needs --measure window over"
                            + " all-time counts, not " + selection.describe());
        }
        Optional<SnapshotSummary> reference = Optional.empty();
        if (counting.staleAsZero()) {
            reference = Optional.of(staleReference(selection));
        }
        return selection.withCounting(counting, reference);
    }

    /**
     * The snapshot a stale counter is told by: the latest of the end's source at least {@value Counting#STALE_DAYS}
     * days before it, with all-time counts, as the end has too.
     */
    private SnapshotSummary staleReference(MeasureSelection selection) {
        SnapshotSummary end = selection.end();
        if (selection.measure() != Measure.DOWNLOADS_30D || selection.thirtyDayFallback()) {
            throw new CensusException(
                    ErrorCode.MEASURE_UNAVAILABLE,
                    "--stale-as-zero corrects 30-day counts; it applies to --measure downloads30d, not "
                            + selection.describe());
        }
        LocalDate latest = end.date().minusDays(Counting.STALE_DAYS);
        Optional<SnapshotSummary> reference = snapshots.ofSource(end.source()).stream()
                .filter(snapshot -> !snapshot.date().isAfter(latest))
                .filter(snapshot -> snapshot.downloadsAllTime().isPresent())
                .reduce((earlier, later) -> later);
        if (end.downloadsAllTime().isEmpty() || reference.isEmpty()) {
            throw new CensusException(
                    ErrorCode.MEASURE_UNAVAILABLE,
                    "--stale-as-zero compares all-time counts " + Counting.STALE_DAYS + " days apart; source "
                            + end.source() + " has "
                            + (end.downloadsAllTime().isEmpty()
                                    ? "no all-time counts at " + end.date()
                                    : "no snapshot with all-time counts on or before " + latest));
        }
        return reference.get();
    }

    private MeasureSelection resolveMeasure(MeasureRequest request) {
        SnapshotSummary end = snapshots.select(request.to(), request.source());
        Measure measure = request.measure().orElseGet(() -> defaultMeasure(end));
        if (request.from().isPresent() && !measure.spansWindow()) {
            throw CensusException.invalidArgument(
                    "from", "--from applies to --measure window or firstyear, not " + measure.label());
        }
        if (measure == Measure.WINDOW
                && end.downloadsAllTime().isEmpty()
                && end.downloadsLast30Days().isPresent()) {
            return MeasureSelection.thirtyDaysFor(end, request.cohort());
        }
        requireAvailable(end, measure);
        if (!measure.spansWindow()) {
            return MeasureSelection.at(end, measure, request.cohort());
        }
        LocalDate windowEnd = request.to().orElse(end.date());
        int days = MeasureRequest.windowDays(measure, request.windowDays());
        LocalDate windowStart = request.from().orElse(windowEnd.minusDays(days));
        if (!windowStart.isBefore(windowEnd)) {
            throw CensusException.invalidArgument(
                    "from", "the window (" + windowStart + ", " + windowEnd + "] is empty; --from must be before --to");
        }
        Optional<SnapshotSummary> start = Optional.empty();
        if (measure == Measure.WINDOW) {
            start = Optional.of(startSnapshot(end, windowStart));
        }
        return new MeasureSelection(measure, end, start, Optional.of(windowStart), windowEnd, request.cohort(), false);
    }

    /** 30-day downloads where the snapshot has them, else all-time downloads. */
    public static Measure defaultMeasure(SnapshotSummary snapshot) {
        return snapshot.downloadsLast30Days().isPresent() ? Measure.DOWNLOADS_30D : Measure.ALL_TIME;
    }

    private SnapshotSummary startSnapshot(SnapshotSummary end, LocalDate windowStart) {
        List<SnapshotSummary> ofSource = snapshots.ofSource(end.source());
        if (windowStart.isBefore(ofSource.get(0).date())) {
            throw new CensusException(
                    ErrorCode.SNAPSHOT_NOT_FOUND,
                    "the window starts on " + windowStart + ", before the first snapshot of source " + end.source()
                            + " (" + ofSource.get(0).date() + "); choose a later --from or a shorter --window");
        }
        SnapshotSummary start = snapshots.select(Optional.of(windowStart), Optional.of(end.source()));
        if (start.id() == end.id()) {
            throw new CensusException(
                    ErrorCode.SNAPSHOT_NOT_FOUND,
                    "the window (" + windowStart + ", " + end.date() + "] has snapshot " + end.label()
                            + " at both ends; choose dates further apart");
        }
        return start;
    }

    static void requireAvailable(SnapshotSummary snapshot, Measure measure) {
        boolean available = measure == Measure.DOWNLOADS_30D
                ? snapshot.downloadsLast30Days().isPresent()
                : snapshot.downloadsAllTime().isPresent();
        if (!available) {
            throw new CensusException(
                    ErrorCode.MEASURE_UNAVAILABLE,
                    "snapshot " + snapshot.label() + " has no "
                            + (measure.needsAllTime()
                                    ? "all-time download counts, which --measure " + measure.label() + " needs"
                                    : "30-day download counts (--measure downloads30d)")
                            + "; its source " + snapshot.source() + " records "
                            + (snapshot.downloadsLast30Days().isPresent() ? "30-day" : "all-time") + " counts only");
        }
    }
}
