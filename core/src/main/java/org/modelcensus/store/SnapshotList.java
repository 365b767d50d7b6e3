package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.source.Hub;

/**
 * The snapshots of a store at one moment, oldest first, and the rules for choosing among them.
 *
 * @param store the store's name, for messages
 */
public record SnapshotList(String store, List<SnapshotSummary> snapshots, Hub hub) {
    public SnapshotList {
        requireNonNull(store, "store is null");
        snapshots = List.copyOf(requireNonNull(snapshots, "snapshots is null"));
        requireNonNull(hub, "hub is null");
    }

    /** A list whose choices without a source are among Hugging Face snapshots. */
    public SnapshotList(String store, List<SnapshotSummary> snapshots) {
        this(store, snapshots, Hub.HUGGINGFACE);
    }

    /** The same snapshots, choosing among those of {@code other} where no source is named. */
    public SnapshotList onHub(Hub other) {
        return new SnapshotList(store, snapshots, other);
    }

    /** The latest snapshot of the list's hub with all-time download counts, if any (see {@link #select}). */
    public Optional<SnapshotSummary> latestWithAllTime() {
        return snapshots.stream()
                .filter(snapshot -> snapshot.hub() == hub)
                .filter(snapshot -> snapshot.downloadsAllTime().isPresent())
                .reduce((earlier, later) -> later);
    }

    /** The snapshots on or before a day: the store as it stood then. */
    public SnapshotList upTo(LocalDate day) {
        requireNonNull(day, "day is null");
        return new SnapshotList(
                store,
                snapshots.stream()
                        .filter(snapshot -> !snapshot.date().isAfter(day))
                        .toList(),
                hub);
    }

    /** The snapshots of one source, oldest first. */
    public List<SnapshotSummary> ofSource(String source) {
        return snapshots.stream()
                .filter(snapshot -> snapshot.source().equals(source))
                .toList();
    }

    /**
     * The snapshot at {@code at} or, when there is none that day, the latest before it; without {@code at}, the
     * latest. {@code source} restricts the choice to one source; without it, the choice is among the snapshots of the
     * list's hub (Hugging Face unless {@code --hub} says otherwise), and a date held by several sources is ambiguous.
     */
    public SnapshotSummary select(Optional<LocalDate> at, Optional<String> source) {
        return select(at, source, snapshot -> true, "");
    }

    /** As {@link #select}, among the snapshots where some model declares a base model (the lineage measures). */
    public SnapshotSummary selectDeclaringBaseModels(Optional<LocalDate> at, Optional<String> source) {
        return select(at, source, snapshot -> snapshot.modelsDeclaringBaseModels() > 0, " that declares base models");
    }

    /**
     * The latest snapshot on or before {@code at} where some model declares a base model, of {@code source} when
     * given; of several on that date, the one with most such models. Unlike {@link #selectDeclaringBaseModels}, none
     * is not an error.
     */
    public Optional<SnapshotSummary> latestDeclaringBaseModels(Optional<LocalDate> at, Optional<String> source) {
        return snapshots.stream()
                .filter(snapshot -> snapshot.modelsDeclaringBaseModels() > 0)
                .filter(snapshot -> chosen(snapshot, source))
                .filter(snapshot ->
                        at.map(date -> !snapshot.date().isAfter(date)).orElse(true))
                .max(Comparator.comparing(SnapshotSummary::date)
                        .thenComparingLong(SnapshotSummary::modelsDeclaringBaseModels)
                        .thenComparing(SnapshotSummary::source, Comparator.reverseOrder()));
    }

    /** Whether a snapshot is of the source named, or, when none is, of the list's hub. */
    private boolean chosen(SnapshotSummary snapshot, Optional<String> source) {
        return source.map(snapshot.source()::equals).orElse(snapshot.hub() == hub);
    }

    private SnapshotSummary select(
            Optional<LocalDate> at, Optional<String> source, Predicate<SnapshotSummary> usable, String which) {
        requireNonNull(at, "at is null");
        requireNonNull(source, "source is null");
        if (snapshots.isEmpty()) {
            throw new CensusException(
                    ErrorCode.EMPTY_STORE,
                    "store " + store + " holds no snapshot; import one first, e.g. `modelcensus import FILE --format"
                            + " hub-jsonl` or `modelcensus import --sample`");
        }
        List<SnapshotSummary> candidates = snapshots.stream()
                .filter(usable)
                .filter(snapshot -> chosen(snapshot, source))
                .filter(snapshot ->
                        at.map(date -> !snapshot.date().isAfter(date)).orElse(true))
                .toList();
        if (candidates.isEmpty()) {
            String where = source.map(label -> " of source \"" + label + "\"")
                    .orElse(hub == Hub.HUGGINGFACE ? "" : " of " + hub.title());
            String when = at.map(date -> " on or before " + date).orElse("");
            throw new CensusException(
                    ErrorCode.SNAPSHOT_NOT_FOUND,
                    "no snapshot" + which + where + when + " in store " + store + "; `modelcensus status` lists them");
        }
        LocalDate date = candidates.stream()
                .map(SnapshotSummary::date)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<SnapshotSummary> onDate = candidates.stream()
                .filter(snapshot -> snapshot.date().equals(date))
                .toList();
        if (onDate.size() > 1) {
            throw new CensusException(
                    ErrorCode.AMBIGUOUS_SNAPSHOT,
                    "several snapshots on " + date + " ("
                            + onDate.stream().map(SnapshotSummary::source).collect(Collectors.joining(", "))
                            + "); choose one with --source");
        }
        return onDate.get(0);
    }
}
