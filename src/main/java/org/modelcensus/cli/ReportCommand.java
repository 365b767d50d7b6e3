package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.measure.AttributedDownloads;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.CrossoverFinder;
import org.modelcensus.measure.Every;
import org.modelcensus.measure.FamilyCalculator;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.IntermediaryCheck;
import org.modelcensus.measure.Measure;
import org.modelcensus.measure.MeasureRequest;
import org.modelcensus.measure.MeasureResolver;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.measure.SeriesCalculator;
import org.modelcensus.measure.SeriesRequest;
import org.modelcensus.measure.ShareCalculator;
import org.modelcensus.measure.ShareSeries;
import org.modelcensus.measure.ShareTable;
import org.modelcensus.report.CensusReport;
import org.modelcensus.report.HtmlReportWriter;
import org.modelcensus.report.LineageSection;
import org.modelcensus.report.PngChartWriter;
import org.modelcensus.report.Reproduce;
import org.modelcensus.report.TerminalReportWriter;
import org.modelcensus.report.TimeSection;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.SnapshotList;
import org.modelcensus.store.SnapshotSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "The census report of one snapshot (default: the latest).",
            "",
            "Who the downloads go to by country, top organisations and developer type, with concentration,"
                    + " coverage, the data it was computed from and the command that reproduces each table; then"
                    + " lineage for the latest snapshot with declared base models (of --source, when given): uploader"
                    + " against origin"
                    + " country shares, the largest families, data quality, and the registry's intermediary check.",
            ""
        })
final class ReportCommand implements Callable<Integer> {
    /** How many families the report lists. */
    private static final int TOP_FAMILIES = 5;

    /** A source with more snapshots than this shows month ends over time rather than every snapshot. */
    private static final int MAXIMUM_POINTS = 24;

    private final CliContext context;

    @Mixin
    WindowOptions window;

    @Mixin
    MeasureOptions measureOptions;

    @Mixin
    ViewOptions viewOptions;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Write the report as one self-contained HTML file (charts and data inlined; opens offline)"
                    + " instead of printing it.")
    Path html;

    @Option(
            names = "--png",
            paramLabel = "DIR",
            description = "Write each chart as a PNG file into this directory (drawn without a browser), instead of"
                    + " printing the report; with --html, as well as the HTML file.")
    Path png;

    @Mixin
    CommonOptions common;

    ReportCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws IOException {
        UnknownNamespaces unknownNamespaces = viewOptions.unknownNamespaces();
        AttributionView view = viewOptions.view();
        try (CensusSession session = CensusSession.open(common, context)) {
            MeasureSelection selection = session.resolve(window.request(measureOptions));
            SnapshotSummary snapshot = selection.end();
            AttributedDownloads downloads = session.attribution.downloads(
                    selection, view, ShareCalculator.needsNamespaces(GroupBy.ORGANIZATION, unknownNamespaces));
            ShareCalculator calculator = new ShareCalculator();
            CensusReport report = new CensusReport(
                    calculator.shares(downloads, GroupBy.COUNTRY, unknownNamespaces),
                    calculator.shares(downloads, GroupBy.ORGANIZATION, unknownNamespaces),
                    calculator.shares(downloads, GroupBy.TYPE, unknownNamespaces),
                    SnapshotFormat.fromLabel(snapshot.format()).description(),
                    session.catalog.files(snapshot),
                    session.store.path().toString(),
                    session.snapshots().snapshots().size(),
                    Reproduce.flags(selection, view, unknownNamespaces),
                    session.snapshots()
                            .latestDeclaringBaseModels(window.to(), measureOptions.source())
                            .map(lineageSnapshot -> lineage(session, lineageSnapshot, unknownNamespaces)),
                    time(session, snapshot, unknownNamespaces),
                    headlines(session, unknownNamespaces));
            if (html == null && png == null) {
                new TerminalReportWriter().write(report, context.out());
                return 0;
            }
            if (html != null) {
                String command = "modelcensus report --html " + html.getFileName() + " " + report.selection();
                writeAtomically(html, new HtmlReportWriter(context.json()).html(report, command));
                context.out().printf("Wrote %s (%,d KB)%n", html, Files.size(html) / 1024);
            }
            if (png != null) {
                for (Path file : new PngChartWriter().write(report, png)) {
                    context.out().println("Wrote " + file);
                }
            }
        }
        return 0;
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path absolute = file.toAbsolutePath();
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".report-", ".html");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CensusException(ErrorCode.UNREADABLE_FILE, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The curves of the report snapshot's source, and of the latest source with all-time counts. */
    private static List<TimeSection> time(
            CensusSession session, SnapshotSummary snapshot, UnknownNamespaces unknownNamespaces) {
        SnapshotList snapshots = session.snapshots();
        Set<String> sources = new LinkedHashSet<>();
        sources.add(snapshot.source());
        snapshots.latestWithAllTime().ifPresent(latest -> sources.add(latest.source()));
        List<TimeSection> sections = new ArrayList<>();
        SeriesCalculator calculator = new SeriesCalculator(session.attribution, session.resolver());
        for (String source : sources) {
            List<SnapshotSummary> ofSource = snapshots.ofSource(source);
            if (ofSource.size() < 2) {
                continue;
            }
            Every every = ofSource.size() > MAXIMUM_POINTS ? Every.MONTH : Every.SNAPSHOT;
            ShareSeries uploader =
                    calculator.series(seriesRequest(source, every, AttributionView.UPLOADER, unknownNamespaces));
            ShareSeries everySnapshot = every == Every.SNAPSHOT
                    ? uploader
                    : calculator.series(
                            seriesRequest(source, Every.SNAPSHOT, AttributionView.UPLOADER, unknownNamespaces));
            boolean declares = ofSource.stream().anyMatch(summary -> summary.modelsDeclaringBaseModels() > 0);
            Optional<ShareSeries> origin = declares
                    ? Optional.of(
                            calculator.series(seriesRequest(source, every, AttributionView.ORIGIN, unknownNamespaces)))
                    : Optional.empty();
            sections.add(new TimeSection(
                    uploader, origin, CrossoverFinder.crossings(everySnapshot, "CN", "US"), "CN", "US"));
        }
        return sections;
    }

    private static SeriesRequest seriesRequest(
            String source, Every every, AttributionView view, UnknownNamespaces unknownNamespaces) {
        return new SeriesRequest(
                Optional.empty(),
                GroupBy.COUNTRY,
                view,
                unknownNamespaces,
                Optional.of(source),
                Optional.empty(),
                Optional.empty(),
                every,
                Optional.empty(),
                Cohort.all());
    }

    /**
     * For the latest source with all-time counts: the study's measure (first-year downloads over the year to its last
     * snapshot) and the downloads of the last 30 days to models created in the last 12 months.
     */
    private static List<ShareTable> headlines(CensusSession session, UnknownNamespaces unknownNamespaces) {
        Optional<SnapshotSummary> latest = session.snapshots().latestWithAllTime();
        if (latest.isEmpty()) {
            return List.of();
        }
        SnapshotSummary end = latest.get();
        Cohort lastYear = new Cohort(Optional.empty(), Optional.empty(), Optional.of(MeasureRequest.FIRST_YEAR_DAYS));
        List<MeasureRequest> requests = List.of(
                new MeasureRequest(
                        Optional.of(Measure.FIRST_YEAR),
                        Optional.empty(),
                        Optional.of(end.date()),
                        Optional.of(end.source()),
                        Optional.empty(),
                        Cohort.all()),
                new MeasureRequest(
                        Optional.of(Measure.WINDOW),
                        Optional.empty(),
                        Optional.of(end.date()),
                        Optional.of(end.source()),
                        Optional.empty(),
                        lastYear));
        List<ShareTable> tables = new ArrayList<>();
        ShareCalculator calculator = new ShareCalculator();
        for (MeasureRequest request : requests) {
            ShareTable table = calculator.shares(
                    session.attribution.downloads(
                            session.resolve(request),
                            AttributionView.UPLOADER,
                            ShareCalculator.needsNamespaces(GroupBy.COUNTRY, unknownNamespaces)),
                    GroupBy.COUNTRY,
                    unknownNamespaces);
            if (table.totalDownloads() > 0) {
                tables.add(table);
            }
        }
        return tables;
    }

    private static LineageSection lineage(
            CensusSession session, SnapshotSummary snapshot, UnknownNamespaces unknownNamespaces) {
        MeasureSelection selection =
                MeasureSelection.at(snapshot, MeasureResolver.defaultMeasure(snapshot), Cohort.all());
        ShareCalculator calculator = new ShareCalculator();
        IntermediaryCheck check = new IntermediaryCheck(3);
        return new LineageSection(
                calculator.shares(
                        session.attribution.downloads(
                                selection,
                                AttributionView.UPLOADER,
                                ShareCalculator.needsNamespaces(GroupBy.COUNTRY, unknownNamespaces)),
                        GroupBy.COUNTRY,
                        unknownNamespaces),
                calculator.shares(
                        session.attribution.downloads(
                                selection,
                                AttributionView.ORIGIN,
                                ShareCalculator.needsNamespaces(GroupBy.COUNTRY, unknownNamespaces)),
                        GroupBy.COUNTRY,
                        unknownNamespaces),
                new FamilyCalculator(session.attribution).families(selection, TOP_FAMILIES),
                check.candidates(session.attribution, selection),
                check.minimumModels());
    }
}
