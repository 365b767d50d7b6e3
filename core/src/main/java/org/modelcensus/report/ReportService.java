package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.attribution.ArenaMapping;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.HubNamespaces;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.measure.ArenaCalculator;
import org.modelcensus.measure.ArenaStandings;
import org.modelcensus.measure.AttributedDownloads;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.CrossoverFinder;
import org.modelcensus.measure.Every;
import org.modelcensus.measure.FamilyCalculator;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.HubComparison;
import org.modelcensus.measure.IntermediaryCheck;
import org.modelcensus.measure.Measure;
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
import org.modelcensus.source.Hub;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.SnapshotList;
import org.modelcensus.store.SnapshotSummary;

/**
 * Decides what the census report holds, for the terminal, the HTML file, JSON and the server alike: the main tables
 * of the asked snapshot, how shares changed in every source with several snapshots, the cohort headlines, and the
 * lineage section. A section the data at hand cannot give is left out with an {@link Omission} saying why and what
 * data would give it; only the main tables, which the user's flags choose, fail when impossible.
 */
public final class ReportService {
    /** How many families the report lists. */
    private static final int TOP_FAMILIES = 5;

    /** A source with more snapshots than this shows month ends over time rather than every snapshot. */
    private static final int MAXIMUM_POINTS = 24;

    /**
     * Up to how many models of its snapshot the report's robustness section recomputes the choices that act on each
     * model (see BENCHMARKS.md: they cost 15 s or more each at 3 million); above, it regroups only.
     */
    static final long ROBUSTNESS_MODEL_CHOICES_UP_TO = 1_000_000;

    /** The countries whose crossing the report looks for. */
    private static final String FIRST = "CN";

    private static final String SECOND = "US";

    private final ShareCalculator calculator = new ShareCalculator();

    public CensusReport report(Census census, ReportRequest request) {
        requireNonNull(census, "census is null");
        requireNonNull(request, "request is null");
        UnknownNamespaces unknownNamespaces = request.unknownNamespaces();
        AttributionView view = request.view();
        MeasureSelection selection = census.resolve(request.measure());
        SnapshotSummary snapshot = selection.end();
        AttributedDownloads downloads = census.attribution()
                .downloads(selection, view, ShareCalculator.needsNamespaces(GroupBy.ORGANIZATION, unknownNamespaces));
        // every section is of the store as it stood on the report's day, so that its command reproduces it
        LocalDate day = selection.windowEnd();
        SnapshotList asOf = census.snapshots().upTo(day);
        List<Omission> omitted = new ArrayList<>();
        List<TimeSection> time = time(census, asOf, snapshot, day, unknownNamespaces, omitted);
        List<ShareTable> headlines = headlines(census, asOf, unknownNamespaces, omitted);
        Optional<SnapshotSummary> lineageSnapshot = asOf.latestDeclaringBaseModels(
                Optional.of(day), request.measure().source());
        if (lineageSnapshot.isEmpty()) {
            omitted.add(new Omission(
                    "Lineage",
                    "no snapshot in the store"
                            + request.measure()
                                    .source()
                                    .map(source -> " of source " + source)
                                    .orElse("")
                            + " declares base models",
                    "import Hub API data with base_model tags or cardData.base_model (hub-jsonl, hub-stats or a"
                            + " crawl) to credit derivatives to the models they derive from"));
        }
        Optional<ArenaSection> arena = arena(census, selection, view, day, omitted);
        Optional<HubComparison.Table> hubs = hubs(census, asOf, omitted);
        boolean modelChoices = snapshot.models() <= ROBUSTNESS_MODEL_CHOICES_UP_TO;
        if (!modelChoices) {
            omitted.add(new Omission(
                    "How robust is this? (choices on models)",
                    "the snapshot holds " + String.format("%,d", snapshot.models()) + " models, more than "
                            + String.format("%,d", ROBUSTNESS_MODEL_CHOICES_UP_TO)
                            + ": re-packaged, automated, spike and stale variants take about a minute at 3 million",
                    "run `modelcensus sensitivity --by country` with the report's flags for every variant"));
        }
        Sensitivity robustness = new SensitivityCalculator(census)
                .compute(request.measure(), GroupBy.COUNTRY, view, unknownNamespaces, Optional.empty(), modelChoices);
        return new CensusReport(
                calculator.shares(downloads, GroupBy.COUNTRY, unknownNamespaces),
                calculator.shares(downloads, GroupBy.ORGANIZATION, unknownNamespaces),
                calculator.shares(downloads, GroupBy.TYPE, unknownNamespaces),
                SnapshotFormat.fromLabel(snapshot.format()).description(),
                census.catalog().files(snapshot),
                census.where(),
                census.snapshots().snapshots().size(),
                Reproduce.flags(selection, view, unknownNamespaces),
                Reproduce.reportFlags(selection, request.measure(), view, unknownNamespaces),
                lineageSnapshot.map(chosen -> lineage(census, chosen, unknownNamespaces)),
                time,
                headlines,
                omitted,
                arena,
                robustness.variants().isEmpty() ? Optional.empty() : Optional.of(robustness),
                hubs);
    }

    /** The section's name for a store without the snapshots {@link #hubs} needs. */
    static final String HUBS = "Beyond Hugging Face";

    /**
     * The countries on Hugging Face and on both hubs over the latest two ModelScope snapshots up to the report's day,
     * as {@code hubs --by country} gives them, or an omission saying what data would give them.
     */
    private static Optional<HubComparison.Table> hubs(Census census, SnapshotList asOf, List<Omission> omitted) {
        String remedy = "import crawls of both hubs (`modelcensus import --format osir-lmts FILE...`) or crawl"
                + " ModelScope beside a Hugging Face source (`modelcensus crawl --hub modelscope --owner NAME`)";
        if (asOf.snapshots().stream().noneMatch(snapshot -> snapshot.hub() == Hub.MODELSCOPE)) {
            omitted.add(new Omission(HUBS, "the store holds no ModelScope snapshot", remedy));
            return Optional.empty();
        }
        HubComparison comparison = new HubComparison(
                census.engine(), HubNamespaces.bundledWhereRegistered(census.registry()), asOf.snapshots());
        try {
            return Optional.of(comparison.compare(
                    GroupBy.COUNTRY,
                    comparison.window(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
        } catch (CensusException e) {
            omitted.add(new Omission(HUBS, e.getMessage(), remedy));
            return Optional.empty();
        }
    }

    /** The leaderboard section up to the report's day, or an omission saying how to get it. */
    private static Optional<ArenaSection> arena(
            Census census, MeasureSelection selection, AttributionView view, LocalDate day, List<Omission> omitted) {
        ArenaCalculator arena;
        try {
            arena = new ArenaCalculator(census, ArenaMapping.bundled(census.registry()));
        } catch (CensusException e) {
            if (e.code() != ErrorCode.EMPTY_STORE) {
                throw e;
            }
            omitted.add(new Omission(
                    "Quality beside adoption",
                    "the store holds no leaderboard standings",
                    "import LMArena files (`modelcensus import --format arena-history FILE`, or lmarena-history) to"
                            + " see each country's best open model over time beside its downloads"));
            return Optional.empty();
        }
        if (arena.dates().get(0).isAfter(day)) {
            omitted.add(new Omission(
                    "Quality beside adoption",
                    "the store's leaderboard dates all come after the report's day " + day,
                    "report a later snapshot, or import earlier leaderboard files"));
            return Optional.empty();
        }
        // crossings are judged on every leaderboard date; the chart draws the last of each month
        ArenaStandings every =
                arena.standings(GroupBy.COUNTRY, true, Optional.empty(), Optional.empty(), Optional.of(day), false);
        ArenaStandings standings = every.lastOfEachMonth();
        java.util.Set<String> keys = ArenaCalculator.keys(standings);
        String a = keys.contains(FIRST) ? FIRST : keys.iterator().next();
        String b = keys.contains(SECOND) && !a.equals(SECOND)
                ? SECOND
                : keys.stream().filter(key -> !key.equals(a)).findFirst().orElse(a);
        return Optional.of(new ArenaSection(
                standings,
                a,
                b,
                ArenaCalculator.crossings(every, a, b, false),
                arena.adoption(selection, view, day),
                ArenaWriter.Coverage.of(arena.models())));
    }

    /** The curves of the report snapshot's source, and of the latest source with all-time counts. */
    private static List<TimeSection> time(
            Census census,
            SnapshotList snapshots,
            SnapshotSummary snapshot,
            LocalDate day,
            UnknownNamespaces unknownNamespaces,
            List<Omission> omitted) {
        Set<String> sources = new LinkedHashSet<>();
        sources.add(snapshot.source());
        snapshots.latestWithAllTime().ifPresent(latest -> sources.add(latest.source()));
        List<TimeSection> sections = new ArrayList<>();
        SeriesCalculator series = new SeriesCalculator(census.attribution(), census.resolver());
        for (String source : sources) {
            List<SnapshotSummary> ofSource = snapshots.ofSource(source);
            if (ofSource.size() < 2) {
                omitted.add(new Omission(
                        "Change over time - source " + source,
                        "the source has one snapshot (" + ofSource.get(0).date() + ")",
                        "import another snapshot of " + source
                                + " (an earlier or later dump or crawl) to see how shares change"));
                continue;
            }
            Every every = ofSource.size() > MAXIMUM_POINTS ? Every.MONTH : Every.SNAPSHOT;
            ShareSeries uploader =
                    series.series(seriesRequest(source, day, every, AttributionView.UPLOADER, unknownNamespaces));
            ShareSeries everySnapshot = every == Every.SNAPSHOT
                    ? uploader
                    : series.series(
                            seriesRequest(source, day, Every.SNAPSHOT, AttributionView.UPLOADER, unknownNamespaces));
            boolean declares = ofSource.stream().anyMatch(summary -> summary.modelsDeclaringBaseModels() > 0);
            Optional<ShareSeries> origin = declares
                    ? Optional.of(
                            series.series(seriesRequest(source, day, every, AttributionView.ORIGIN, unknownNamespaces)))
                    : Optional.empty();
            sections.add(new TimeSection(
                    uploader, origin, CrossoverFinder.crossings(everySnapshot, FIRST, SECOND), FIRST, SECOND));
        }
        return sections;
    }

    private static SeriesRequest seriesRequest(
            String source, LocalDate day, Every every, AttributionView view, UnknownNamespaces unknownNamespaces) {
        return new SeriesRequest(
                Optional.empty(),
                GroupBy.COUNTRY,
                view,
                unknownNamespaces,
                Optional.of(source),
                Optional.empty(),
                Optional.of(day),
                every,
                Optional.empty(),
                Cohort.all());
    }

    /**
     * For the latest source with all-time counts: the study's measure (first-year downloads over the year to its last
     * snapshot) and the downloads of the last 30 days to models created in the last 12 months (from the all-time
     * counts 30 days apart, else from the snapshot's own 30-day counts).
     */
    private List<ShareTable> headlines(
            Census census, SnapshotList snapshots, UnknownNamespaces unknownNamespaces, List<Omission> omitted) {
        Optional<SnapshotSummary> latest = snapshots.latestWithAllTime();
        if (latest.isEmpty()) {
            omitted.add(new Omission(
                    "Cohorts",
                    "no snapshot in the store has all-time download counts",
                    "import a hub-stats dump, a crawl or Hub API data with downloadsAllTime to measure the"
                            + " downloads of new models"));
            return List.of();
        }
        SnapshotSummary end = latest.get();
        List<ShareTable> tables = new ArrayList<>();
        MeasureSelection firstYear = census.resolve(new MeasureRequest(
                Optional.of(Measure.FIRST_YEAR),
                Optional.empty(),
                Optional.of(end.date()),
                Optional.of(end.source()),
                Optional.empty(),
                Cohort.all()));
        Cohort lastYear = new Cohort(Optional.empty(), Optional.empty(), Optional.of(MeasureRequest.FIRST_YEAR_DAYS));
        addHeadline(census, firstYear, unknownNamespaces, tables, omitted);
        LocalDate windowStart = end.date().minusDays(MeasureRequest.DEFAULT_WINDOW_DAYS);
        boolean startHeld = !snapshots.ofSource(end.source()).get(0).date().isAfter(windowStart);
        if (startHeld) {
            addHeadline(
                    census,
                    census.resolve(new MeasureRequest(
                            Optional.of(Measure.WINDOW),
                            Optional.empty(),
                            Optional.of(end.date()),
                            Optional.of(end.source()),
                            Optional.empty(),
                            lastYear)),
                    unknownNamespaces,
                    tables,
                    omitted);
        } else if (end.downloadsLast30Days().isPresent()) {
            addHeadline(
                    census,
                    MeasureSelection.at(end, Measure.DOWNLOADS_30D, lastYear),
                    unknownNamespaces,
                    tables,
                    omitted);
        } else {
            omitted.add(new Omission(
                    "Cohorts - the last 30 days",
                    "source " + end.source() + " has no snapshot on or before " + windowStart + " and its snapshot "
                            + end.date() + " has no 30-day counts",
                    "import a snapshot of " + end.source() + " from " + windowStart
                            + " or earlier to measure the downloads of the 30 days to " + end.date()));
        }
        return tables;
    }

    private void addHeadline(
            Census census,
            MeasureSelection selection,
            UnknownNamespaces unknownNamespaces,
            List<ShareTable> tables,
            List<Omission> omitted) {
        ShareTable table = countries(census, selection, AttributionView.UPLOADER, unknownNamespaces);
        if (table.totalDownloads() > 0) {
            tables.add(table);
        } else if (table.notes().firstYearBeforeData() > 0) {
            omitted.add(new Omission(
                    "Cohorts - " + selection.describe(),
                    "the first years of " + Figures.count(table.notes().firstYearBeforeData())
                            + " models created in it start before the first snapshot of source "
                            + selection.end().source() + ", so their downloads in them are unknown",
                    "import snapshots of " + selection.end().source()
                            + " that precede the models' creation (a year of history measures a full year)"));
        } else {
            omitted.add(new Omission(
                    "Cohorts - " + selection.describe(),
                    "no model of source " + selection.end().source() + " created in the year to "
                            + selection.windowEnd() + " has downloads in it",
                    "import a snapshot that holds models created within a year of it"));
        }
    }

    private LineageSection lineage(Census census, SnapshotSummary snapshot, UnknownNamespaces unknownNamespaces) {
        MeasureSelection selection =
                MeasureSelection.at(snapshot, MeasureResolver.defaultMeasure(snapshot), Cohort.all());
        IntermediaryCheck check = new IntermediaryCheck(3);
        return new LineageSection(
                countries(census, selection, AttributionView.UPLOADER, unknownNamespaces),
                countries(census, selection, AttributionView.ORIGIN, unknownNamespaces),
                new FamilyCalculator(census.attribution()).families(selection, TOP_FAMILIES),
                check.candidates(census.attribution(), selection),
                check.minimumModels());
    }

    private ShareTable countries(
            Census census, MeasureSelection selection, AttributionView view, UnknownNamespaces unknownNamespaces) {
        return calculator.shares(
                census.attribution()
                        .downloads(
                                selection, view, ShareCalculator.needsNamespaces(GroupBy.COUNTRY, unknownNamespaces)),
                GroupBy.COUNTRY,
                unknownNamespaces);
    }
}
