package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.RegionGrouping;
import org.modelcensus.attribution.UnknownNamespaces;

/**
 * Recomputes a share table under each documented counting choice, one at a time, then all the data-cleaning ones
 * combined (re-packaged and suspected automated models left out, spikes capped and stale counters zeroed where the
 * data allows, unregistered namespaces left out), and measures how far each group's share and the gap between two
 * groups move. Every variant is one share table of the same engine, so each is what one {@code shares} command with
 * its flags prints.
 */
public final class SensitivityCalculator {
    /** Shares closer than this count as unchanged (a floating-point margin far below any printed digit). */
    private static final double SAME = 1e-12;

    private static final Set<ErrorCode> NOT_APPLICABLE =
            Set.of(ErrorCode.MEASURE_UNAVAILABLE, ErrorCode.SNAPSHOT_NOT_FOUND);

    private final Census census;
    private final ShareCalculator calculator = new ShareCalculator();

    public SensitivityCalculator(Census census) {
        this.census = requireNonNull(census, "census is null");
    }

    /** One way of counting: the request, the view and the treatment of unregistered namespaces. */
    private record Choice(
            String choice, String name, MeasureRequest request, AttributionView view, UnknownNamespaces unknown) {}

    /**
     * The sensitivity of the table a request, view and treatment of unregistered namespaces give.
     *
     * @param compare the two groups whose gap to follow; empty for the baseline's two largest attributed groups
     */
    public Sensitivity compute(
            MeasureRequest request,
            GroupBy by,
            AttributionView view,
            UnknownNamespaces unknown,
            Optional<List<String>> compare) {
        return compute(request, by, view, unknown, compare, true);
    }

    /** The counting choices that act on each model (and their combination): the costly ones at full-Hub size. */
    public static final Set<String> MODEL_CHOICES = Set.of("repackaged", "automated", "spikes", "stale", "combined");

    /**
     * As above; without {@code modelChoices}, only the choices that regroup the same measured models (the view,
     * unregistered namespaces, regions, the measure), which cost a query or none each.
     */
    public Sensitivity compute(
            MeasureRequest request,
            GroupBy by,
            AttributionView view,
            UnknownNamespaces unknown,
            Optional<List<String>> compare,
            boolean modelChoices) {
        requireNonNull(request, "request is null");
        requireNonNull(by, "by is null");
        requireNonNull(view, "view is null");
        requireNonNull(unknown, "unknown is null");
        requireNonNull(compare, "compare is null");
        ShareTable baseline = table(request, by, view, unknown);
        MeasureSelection selection = baseline.selection();
        MeasureRequest pinned = new MeasureRequest(
                request.measure(),
                request.from(),
                Optional.of(selection.windowEnd()),
                Optional.of(selection.end().source()),
                request.windowDays(),
                request.cohort(),
                request.counting());
        Counting counting = request.counting();
        List<Choice> choices = new ArrayList<>();
        AttributionView otherView = view == AttributionView.ORIGIN ? AttributionView.UPLOADER : AttributionView.ORIGIN;
        choices.add(new Choice("view", otherView.label() + " view", pinned, otherView, unknown));
        for (Counting.Repackaged repackaged : Counting.Repackaged.values()) {
            if (repackaged != counting.repackaged()
                    && !(repackaged == Counting.Repackaged.ROOT && view == AttributionView.ORIGIN)) {
                choices.add(new Choice(
                        "repackaged",
                        switch (repackaged) {
                            case COUNTED -> "re-packaged counted";
                            case DROPPED -> "re-packaged left out";
                            case ROOT -> "re-packaged to their roots";
                        },
                        pinned.withCounting(counting.withRepackaged(repackaged)),
                        view,
                        unknown));
            }
        }
        choices.add(new Choice(
                "automated",
                counting.dropAutomated() ? "automated counted" : "automated left out",
                pinned.withCounting(counting.withDropAutomated(!counting.dropAutomated())),
                view,
                unknown));
        choices.add(new Choice(
                "spikes",
                counting.capSpikes() ? "spikes uncapped" : "spikes capped",
                pinned.withCounting(counting.withCapSpikes(!counting.capSpikes())),
                view,
                unknown));
        choices.add(new Choice(
                "stale",
                counting.staleAsZero() ? "stale counters kept" : "stale counters as 0",
                pinned.withCounting(counting.withStaleAsZero(!counting.staleAsZero())),
                view,
                unknown));
        for (UnknownNamespaces other : UnknownNamespaces.values()) {
            if (other != unknown) {
                choices.add(new Choice("unknown", "unknown " + other.flagValue(), pinned, view, other));
            }
        }
        for (RegionGrouping regions : RegionGrouping.all()) {
            if (!regions.equals(counting.regions()) && by == GroupBy.COUNTRY) {
                choices.add(new Choice(
                        "regions",
                        "regions " + regions.name(),
                        pinned.withCounting(counting.withRegions(regions)),
                        view,
                        unknown));
            }
        }
        for (Measure measure : List.of(Measure.DOWNLOADS_30D, Measure.FIRST_YEAR, Measure.ALL_TIME)) {
            if (measure != selection.measure()) {
                MeasureRequest other = new MeasureRequest(
                        Optional.of(measure),
                        Optional.empty(),
                        Optional.of(selection.windowEnd()),
                        Optional.of(selection.end().source()),
                        Optional.empty(),
                        request.cohort(),
                        counting);
                choices.add(new Choice("measure", "measure " + measure.label(), other, view, unknown));
            }
        }
        if (!modelChoices) {
            choices.removeIf(choice -> MODEL_CHOICES.contains(choice.choice()));
        }
        List<Sensitivity.Variant> variants = new ArrayList<>();
        List<Sensitivity.Skipped> skipped = new ArrayList<>();
        Counting combined = counting;
        for (Choice choice : choices) {
            Optional<ShareTable> table = attempt(choice, by, skipped);
            if (table.isEmpty()) {
                continue;
            }
            variants.add(variant(choice, baseline, table.get()));
            Counting applied = choice.request().counting();
            combined = switch (choice.choice()) {
                case "repackaged" ->
                    applied.repackaged() == Counting.Repackaged.DROPPED
                            ? combined.withRepackaged(Counting.Repackaged.DROPPED)
                            : combined;
                case "automated" -> combined.withDropAutomated(true);
                case "spikes" -> combined.withCapSpikes(true);
                case "stale" -> combined.withStaleAsZero(true);
                default -> combined;
            };
        }
        if (modelChoices) {
            Choice all = new Choice(
                    "combined", "all combined", pinned.withCounting(combined), view, UnknownNamespaces.EXCLUDE);
            attempt(all, by, skipped).ifPresent(table -> variants.add(variant(all, baseline, table)));
        }
        return new Sensitivity(
                baseline, variants, skipped, ranges(baseline, variants), gap(baseline, variants, compare));
    }

    /** What one query measured: variants that differ only in how cells are grouped share it. */
    private record Measured(MeasureSelection selection, AttributionView view, boolean namespacesApart) {}

    private final Map<Measured, AttributedDownloads> measured = new HashMap<>();

    private ShareTable table(MeasureRequest request, GroupBy by, AttributionView view, UnknownNamespaces unknown) {
        MeasureSelection selection = census.resolve(request);
        boolean apart = ShareCalculator.needsNamespaces(by, unknown);
        Counting counting = selection.counting();
        AttributedDownloads downloads;
        if (view == AttributionView.UPLOADER
                && counting.repackaged() != Counting.Repackaged.ROOT
                && counting.adjustsModels()) {
            downloads = counted(selection, apart);
        } else if (view == AttributionView.UPLOADER
                && counting.repackaged() != Counting.Repackaged.ROOT
                && !counting.regions().apart()) {
            // in the uploader view each model is in one cell, so regrouping countries needs no query of its own
            AttributedDownloads cells = downloads(
                    selection.withCounting(counting.withRegions(RegionGrouping.APART), selection.staleReference()),
                    view,
                    apart);
            downloads = new AttributedDownloads(
                    selection,
                    cells.view(),
                    cells.registry(),
                    cells.lineage(),
                    cells.notes(),
                    cells.models(),
                    cells.cells(),
                    cells.groupModels(),
                    cells.namespacesApart());
        } else {
            downloads = downloads(selection, view, apart);
        }
        return calculator.shares(downloads, by, unknown);
    }

    /** The flagged cells of a selection's measure, queried once per sensitivity for every model-level choice. */
    private record Flagged(MeasureSelection selection, boolean namespacesApart) {}

    private final Map<Flagged, List<AttributionQuery.FlaggedCell>> flagged = new HashMap<>();

    /**
     * The uploader view's downloads under model-level counting choices, summed from one flagged query of the
     * selection's measure: exactly what {@code shares} with those flags measures in SQL (measured_counted.sql), cell by
     * cell, with the same notes.
     */
    private AttributedDownloads counted(MeasureSelection selection, boolean apart) {
        Counting counting = selection.counting();
        MeasureSelection published = selection.withCounting(Counting.AS_PUBLISHED, selection.staleReference());
        List<AttributionQuery.FlaggedCell> rows = flagged.computeIfAbsent(
                new Flagged(published, apart), key -> census.attribution().flaggedCells(published, apart));
        record Cell(Optional<?> organization, Optional<String> namespace) {}
        Map<Cell, long[]> sums = new LinkedHashMap<>();
        Map<Cell, AttributionCell> kinds = new LinkedHashMap<>();
        long models = 0;
        long decreased = 0;
        long beforeData = 0;
        for (AttributionQuery.FlaggedCell row : rows) {
            if ((counting.repackaged() == Counting.Repackaged.DROPPED && row.repackaged())
                    || (counting.dropAutomated() && row.automated())) {
                continue;
            }
            Cell key = new Cell(row.cell().organization(), row.cell().unregisteredNamespace());
            kinds.putIfAbsent(key, row.cell());
            long[] sum = sums.computeIfAbsent(key, ignored -> new long[2]);
            long counted =
                    counting.staleAsZero() && row.stale() ? 0 : counting.capSpikes() ? row.capped() : row.downloads();
            sum[0] = Math.addExact(sum[0], counted);
            sum[1] += row.models();
            models += row.models();
            decreased += row.decreased();
            beforeData += row.beforeData();
        }
        List<AttributionCell> cells = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> {
            AttributionCell kind = kinds.get(key);
            cells.add(
                    kind.organization().isPresent()
                            ? AttributionCell.registered(kind.organization().get(), sum[0], sum[1])
                            : AttributionCell.unregistered(
                                    kind.unregisteredNamespace().orElseThrow(), sum[0], sum[1]));
        });
        MeasureNotes base = census.attribution().notesOf(published);
        MeasureNotes notes = new MeasureNotes(
                decreased,
                base.missingAtEnd(),
                base.unknownCreationExcluded(),
                beforeData,
                selection.thirtyDayFallback());
        return new AttributedDownloads(
                selection,
                AttributionView.UPLOADER,
                census.registry().version(),
                Optional.empty(),
                notes,
                models,
                cells,
                List.of(),
                apart);
    }

    /** The downloads of a selection in a view, measured once per sensitivity (unknown-namespace variants share them). */
    private AttributedDownloads downloads(MeasureSelection selection, AttributionView view, boolean apart) {
        return measured.computeIfAbsent(
                new Measured(selection, view, apart),
                key -> census.attribution().downloads(selection, view, apart));
    }

    private Optional<ShareTable> attempt(Choice choice, GroupBy by, List<Sensitivity.Skipped> skipped) {
        try {
            ShareTable table = table(choice.request(), by, choice.view(), choice.unknown());
            if (table.totalDownloads() <= 0) {
                String notes = table.notes().describe();
                skipped.add(new Sensitivity.Skipped(
                        choice.choice(),
                        choice.name(),
                        "no model has downloads under it" + (notes.isEmpty() ? "" : ": " + notes)));
                return Optional.empty();
            }
            return Optional.of(table);
        } catch (CensusException e) {
            if (!NOT_APPLICABLE.contains(e.code())) {
                throw e;
            }
            skipped.add(new Sensitivity.Skipped(choice.choice(), choice.name(), e.getMessage()));
            return Optional.empty();
        }
    }

    private static Sensitivity.Variant variant(Choice choice, ShareTable baseline, ShareTable table) {
        Map<String, ShareRow> after = new LinkedHashMap<>();
        table.rows().forEach(row -> after.put(row.key(), row));
        long models = 0;
        double downloads = 0;
        for (ShareRow before : baseline.rows()) {
            ShareRow row = after.get(before.key());
            models += Math.max(0, before.models() - (row == null ? 0 : row.models()));
            downloads += Math.max(0, before.downloads() - (row == null ? 0 : row.downloads()));
        }
        return new Sensitivity.Variant(choice.choice(), choice.name(), models, downloads, table);
    }

    /** Whether a variant has a say on a group: not on UNKNOWN where it treats unregistered namespaces otherwise. */
    private static boolean speaksFor(Sensitivity.Variant variant, String key) {
        return !(key.equals(ShareRow.UNKNOWN) && variant.table().unknownNamespaces() != UnknownNamespaces.REPORT);
    }

    private static List<Sensitivity.Range> ranges(ShareTable baseline, List<Sensitivity.Variant> variants) {
        Map<String, String> labels = new LinkedHashMap<>();
        baseline.rows().forEach(row -> labels.putIfAbsent(row.key(), row.label()));
        variants.forEach(variant -> variant.table().rows().forEach(row -> labels.putIfAbsent(row.key(), row.label())));
        List<Sensitivity.Range> ranges = new ArrayList<>();
        labels.forEach((key, label) -> {
            double base = Sensitivity.share(baseline, key).orElse(0.0);
            List<Sensitivity.Variant> speaking =
                    variants.stream().filter(variant -> speaksFor(variant, key)).toList();
            Extent extent = Extent.of(base, speaking, variant -> variant.share(key));
            ranges.add(new Sensitivity.Range(key, label, base, extent.min, extent.max, extent.furthest));
        });
        ranges.sort((left, right) -> left.baseline() != right.baseline()
                ? Double.compare(right.baseline(), left.baseline())
                : left.max() != right.max()
                        ? Double.compare(right.max(), left.max())
                        : left.key().compareTo(right.key()));
        return ranges;
    }

    private static Optional<Sensitivity.Gap> gap(
            ShareTable baseline, List<Sensitivity.Variant> variants, Optional<List<String>> compare) {
        List<String> keys;
        if (compare.isPresent()) {
            keys = compare.get();
            if (keys.size() != 2 || keys.get(0).equals(keys.get(1))) {
                throw CensusException.invalidArgument(
                        "compare",
                        "--compare takes two different group keys, e.g. CN,US; got " + String.join(",", keys));
            }
            List<String> known = baseline.rows().stream().map(ShareRow::key).toList();
            for (String key : keys) {
                if (!known.contains(key)) {
                    throw CensusException.invalidArgument(
                            "compare",
                            "--compare names \"" + key + "\", a group without downloads in the baseline; expected two"
                                    + " of " + String.join(", ", known.subList(0, Math.min(known.size(), 12)))
                                    + (known.size() > 12 ? ", ..." : "") + " (keys are case-sensitive)");
                }
            }
        } else {
            keys = baseline.rows().stream()
                    .filter(row -> !row.unknown())
                    .limit(2)
                    .map(ShareRow::key)
                    .toList();
            if (keys.size() < 2) {
                return Optional.empty();
            }
        }
        String a = keys.get(0);
        String b = keys.get(1);
        double base = Sensitivity.share(baseline, a).orElse(0.0)
                - Sensitivity.share(baseline, b).orElse(0.0);
        ToDoubleFunction<Sensitivity.Variant> gapOf = variant -> variant.share(a) - variant.share(b);
        Extent extent = Extent.of(base, variants, gapOf);
        List<String> signChanges = variants.stream()
                .filter(variant -> Math.signum(gapOf.applyAsDouble(variant)) != Math.signum(base))
                .map(Sensitivity.Variant::name)
                .toList();
        return Optional.of(new Sensitivity.Gap(a, b, base, extent.min, extent.max, extent.furthest, signChanges));
    }

    /** The least and greatest of a figure over the baseline and variants, and the variant furthest from the baseline. */
    private record Extent(double min, double max, Optional<String> furthest) {
        static Extent of(
                double baseline, List<Sensitivity.Variant> variants, ToDoubleFunction<Sensitivity.Variant> figure) {
            double min = baseline;
            double max = baseline;
            double furthest = SAME;
            Optional<String> name = Optional.empty();
            for (Sensitivity.Variant variant : variants) {
                double value = figure.applyAsDouble(variant);
                min = Math.min(min, value);
                max = Math.max(max, value);
                if (Math.abs(value - baseline) > furthest) {
                    furthest = Math.abs(value - baseline);
                    name = Optional.of(variant.name());
                }
            }
            return new Extent(min, max, name);
        }
    }
}
