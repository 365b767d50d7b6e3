package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.lineage.Relation;
import org.modelcensus.measure.ArenaStandings;
import org.modelcensus.measure.Crossing;
import org.modelcensus.measure.Family;
import org.modelcensus.measure.QualityAdoption;
import org.modelcensus.measure.SeriesPoint;
import org.modelcensus.measure.ShareRow;
import org.modelcensus.measure.ShareSeries;
import org.modelcensus.measure.ShareTable;

/**
 * Writes the report's charts as PNG files for slides and papers, drawn on the JVM (JFreeChart, headless) with no
 * browser: on white, in the colours of {@link Palette} (the same as the HTML report's and the dashboard's), time on a
 * date axis, every bar labelled with its share, and a footnote naming the source, measure, view and snapshot dates.
 */
public final class PngChartWriter {
    static final int WIDTH = 1200;
    static final int HEIGHT = 700;

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font FOOTNOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color INK = new Color(0x1D, 0x24, 0x33);
    private static final String ROOT_ITSELF = "the root itself";

    private final Palette palette = Palette.bundled();

    /** A chart and the file it is written to. */
    record Chart(String file, JFreeChart chart) {
        Chart {
            requireNonNull(file, "file is null");
            requireNonNull(chart, "chart is null");
        }
    }

    /** Writes every chart of the report into {@code directory}; returns the files written. */
    public List<Path> write(CensusReport report, Path directory) {
        requireNonNull(report, "report is null");
        requireNonNull(directory, "directory is null");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Chart chart : charts(report)) {
                Path file = directory.resolve(chart.file());
                ChartUtils.saveChartAsPNG(file.toFile(), chart.chart(), WIDTH, HEIGHT);
                written.add(file);
            }
        } catch (IOException e) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE, "cannot write charts into " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** The report's charts, in the order they are written. */
    List<Chart> charts(CensusReport report) {
        System.setProperty("java.awt.headless", "true");
        List<Chart> charts = new ArrayList<>();
        for (TimeSection section : report.time()) {
            String source = section.uploader().source();
            charts.add(new Chart("shares-over-time-" + source + ".png", curve(section)));
            charts.add(new Chart("concentration-" + source + ".png", concentration(section.uploader())));
        }
        charts.add(new Chart("shares-country.png", bars(report.countries(), Integer.MAX_VALUE)));
        charts.add(new Chart(
                "shares-organization.png", bars(report.organizations(), TerminalReportWriter.TOP_ORGANIZATIONS)));
        charts.add(new Chart("shares-type.png", bars(report.types(), Integer.MAX_VALUE)));
        report.lineage()
                .filter(section -> !section.families().families().isEmpty())
                .ifPresent(section -> charts.add(new Chart("families.png", families(section))));
        report.arena().ifPresent(section -> {
            charts.add(new Chart("arena-best-open.png", arenaBest(section)));
            charts.add(new Chart("arena-rating-downloads.png", arenaScatter(section)));
        });
        return charts;
    }

    /** The leading countries' best open-weights rating by month, with China's last passing of the USA marked. */
    private JFreeChart arenaBest(ArenaSection section) {
        List<String> keys = section.leadingCountries();
        TimeSeriesCollection dataset = new TimeSeriesCollection(TimeZone.getTimeZone(ZoneOffset.UTC));
        for (String key : keys) {
            TimeSeries line = new TimeSeries(key);
            for (ArenaStandings.Point point : section.standings().points()) {
                point.row(key).ifPresent(row -> line.add(day(point.date()), row.rating()));
            }
            dataset.addSeries(line);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                "Best open-weights model per country - LMArena text leaderboard",
                "",
                "rating",
                dataset,
                true,
                false,
                false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int index = 0; index < keys.size(); index++) {
            renderer.setSeriesPaint(index, palette.awtColour(keys.get(index)));
            renderer.setSeriesStroke(index, new BasicStroke(2.5f));
        }
        plot.setRenderer(renderer);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        dateAxis(plot);
        section.crossings().stream()
                .filter(crossing -> crossing.direction() == Crossing.Direction.UP)
                .reduce((first, second) -> second)
                .ifPresent(crossing -> {
                    ValueMarker marker = new ValueMarker(crossing.date()
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .toEpochMilli());
                    marker.setPaint(INK);
                    marker.setStroke(new BasicStroke(
                            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                    marker.setLabel(section.a() + " passes " + section.b() + " " + crossing.date());
                    marker.setLabelFont(TEXT);
                    marker.setLabelPaint(INK);
                    marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                    marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                    marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
                    marker.setLabelOffset(new RectangleInsets(6, 4, 0, 4));
                    plot.addDomainMarker(marker);
                });
        return styled(
                chart,
                "Source LMArena text leaderboard, last date of each month up to "
                        + section.standings()
                                .points()
                                .get(section.standings().points().size() - 1)
                                .date()
                        + "; open-weights by the licence classes of data/arena/licenses.csv. Ratings compare within"
                        + " a date only.");
    }

    /** Ratings against downloads (log axis), one colour per country. */
    private JFreeChart arenaScatter(ArenaSection section) {
        QualityAdoption adoption = section.adoption();
        java.util.Map<String, org.jfree.data.xy.XYSeries> byCountry = new java.util.TreeMap<>();
        for (QualityAdoption.Row row : adoption.rows()) {
            double downloads = row.downloads(adoption.view());
            if (downloads > 0) {
                byCountry
                        .computeIfAbsent(row.country(), key -> new org.jfree.data.xy.XYSeries(key, false, true))
                        .add(downloads, row.rating());
            }
        }
        org.jfree.data.xy.XYSeriesCollection dataset = new org.jfree.data.xy.XYSeriesCollection();
        byCountry.values().forEach(dataset::addSeries);
        JFreeChart chart = ChartFactory.createScatterPlot(
                "Rating against downloads - open-weights models of " + adoption.date(),
                "downloads (log scale)",
                "rating",
                dataset);
        XYPlot plot = chart.getXYPlot();
        org.jfree.chart.axis.LogAxis axis = new org.jfree.chart.axis.LogAxis("downloads (log scale)");
        axis.setBase(10);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setTickLabelFont(TEXT);
        plot.setDomainAxis(axis);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        int index = 0;
        for (String country : byCountry.keySet()) {
            renderer.setSeriesPaint(index, palette.awtColour(country));
            renderer.setSeriesShape(index, new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9));
            index++;
        }
        plot.setRenderer(renderer);
        return styled(
                chart,
                "Source snapshot " + adoption.selection().end().label() + ", measure "
                        + adoption.selection().describe() + ", "
                        + adoption.view().label() + " view; LMArena of "
                        + adoption.date() + ". " + ArenaWriter.correlation(adoption.correlation()));
    }

    /** The leading groups' shares as lines on a date axis, with a dashed marker at every crossing. */
    private JFreeChart curve(TimeSection section) {
        ShareSeries series = section.uploader();
        List<String> keys = SeriesWriter.largestKeys(series, SeriesWriter.COLUMNS);
        TimeSeriesCollection dataset = new TimeSeriesCollection(TimeZone.getTimeZone(ZoneOffset.UTC));
        for (String key : keys) {
            TimeSeries line = new TimeSeries(key);
            for (SeriesPoint point : series.points()) {
                line.add(day(point.date()), 100 * point.share(key));
            }
            dataset.addSeries(line);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                "Shares by " + series.by().label() + " over time - " + series.source(),
                "",
                "share of downloads (%)",
                dataset,
                true,
                false,
                false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer =
                new XYLineAndShapeRenderer(true, series.points().size() <= 40);
        for (int index = 0; index < keys.size(); index++) {
            renderer.setSeriesPaint(index, palette.awtColour(keys.get(index)));
            renderer.setSeriesStroke(index, new BasicStroke(2.5f));
        }
        plot.setRenderer(renderer);
        plot.getRangeAxis().setLowerBound(0);
        dateAxis(plot);
        for (int index = 0; index < section.crossings().size(); index++) {
            plot.addDomainMarker(marker(section.crossings().get(index), section, index));
        }
        return styled(chart, footnote(series));
    }

    private static ValueMarker marker(Crossing crossing, TimeSection section, int index) {
        ValueMarker marker = new ValueMarker(
                crossing.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        marker.setPaint(INK);
        marker.setStroke(
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(crossing.passing(section.a(), section.b()) + " " + crossing.date());
        marker.setLabelFont(TEXT);
        marker.setLabelPaint(INK);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        // crossings close together would print over each other: each label goes one line lower than the last
        marker.setLabelOffset(new RectangleInsets(6 + 18 * (index % 4), 4, 0, 0));
        return marker;
    }

    private static JFreeChart concentration(ShareSeries series) {
        TimeSeries hhi = new TimeSeries("HHI");
        for (SeriesPoint point : series.points()) {
            point.table().concentration().ifPresent(value -> hhi.add(day(point.date()), value.hhi()));
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection(hhi, TimeZone.getTimeZone(ZoneOffset.UTC));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                "Concentration over time - " + series.source() + " (HHI over attributed "
                        + series.by().label() + " groups)",
                "",
                "HHI (0-10,000)",
                dataset,
                false,
                false,
                false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer =
                new XYLineAndShapeRenderer(true, series.points().size() <= 40);
        renderer.setSeriesPaint(0, INK);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(renderer);
        plot.getRangeAxis().setLowerBound(0);
        dateAxis(plot);
        return styled(chart, footnote(series) + "; UNKNOWN left out");
    }

    /** One bar per group in the group's colour, labelled with its share. */
    private JFreeChart bars(ShareTable table, int limit) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Paint> colours = new ArrayList<>();
        for (ShareRow row : table.rows().stream().limit(limit).toList()) {
            dataset.addValue(100 * row.share(), "share", row.chartName(table.by()));
            colours.add(palette.awtColour(row.key()));
        }
        JFreeChart chart = ChartFactory.createBarChart(
                "Shares by " + table.by().label() + " - " + table.snapshot().label(),
                "",
                "share of downloads (%)",
                dataset,
                PlotOrientation.HORIZONTAL,
                false,
                false,
                false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return colours.get(column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %", shareFormat()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        plot.setRenderer(renderer);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setUpperMargin(0.12); // room for the label of the longest bar
        axis.setTickUnit(new NumberTickUnit(step(
                100 * table.rows().stream().mapToDouble(ShareRow::share).max().orElse(0))));
        axis.setTickLabelFont(TEXT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        plot.getDomainAxis().setTickLabelFont(TEXT);
        return styled(chart, footnote(table));
    }

    private JFreeChart families(LineageSection section) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Family family : section.families().families()) {
            dataset.addValue(family.rootDownloads(), ROOT_ITSELF, family.root());
            for (Map.Entry<Relation, Double> entry :
                    family.derivativeDownloadsByRelation().entrySet()) {
                dataset.addValue(entry.getValue(), entry.getKey().label() + " derivatives", family.root());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                "Largest model families - " + section.families().snapshot().label(),
                "",
                "downloads",
                dataset,
                PlotOrientation.HORIZONTAL,
                true,
                false,
                false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int index = 0; index < dataset.getRowCount(); index++) {
            renderer.setSeriesPaint(
                    index, palette.awtColour(dataset.getRowKey(index).toString()));
        }
        plot.getDomainAxis().setTickLabelFont(TEXT);
        return styled(
                chart,
                "Source " + section.families().snapshot().source() + "; "
                        + section.families().measure().description() + "; snapshot "
                        + section.families().snapshot().date() + "; a derivative of several roots counts in each"
                        + " family with an equal part");
    }

    private static String footnote(ShareSeries series) {
        List<SeriesPoint> points = series.points();
        String dates = points.isEmpty()
                ? "no snapshots"
                : Figures.counted(points.size(), "point") + " from "
                        + points.get(0).date() + " to "
                        + points.get(points.size() - 1).date();
        return "Source " + series.source() + "; measure " + series.measure().label() + " ("
                + series.measure().description() + "); " + series.view().label() + " view; " + dates;
    }

    private static String footnote(ShareTable table) {
        return "Source " + table.snapshot().source() + "; measure "
                + table.selection().describe() + "; "
                + table.view().label() + " view; snapshot " + table.snapshot().date()
                + table.selection()
                        .start()
                        .map(start -> " against " + start.date())
                        .orElse("")
                + "; registry " + table.registry().name();
    }

    private static void dateAxis(XYPlot plot) {
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        axis.setDateFormatOverride(format);
        axis.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        axis.setTickLabelFont(TEXT);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.04); // the last date label stays inside the picture
    }

    /** A round tick step that gives a share axis up to {@code maximum} % at most eight ticks. */
    static double step(double maximum) {
        for (double step : new double[] {0.5, 1, 2, 5, 10, 20, 25}) {
            if (maximum / step <= 8) {
                return step;
            }
        }
        return 25;
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static DecimalFormat shareFormat() {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static JFreeChart styled(JFreeChart chart, String footnote) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 12, 8, 24));
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setDomainGridlinePaint(GRID);
            plot.setRangeGridlinePaint(GRID);
        } else if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setRangeGridlinePaint(GRID);
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        }
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setPaint(INK);
        TextTitle note = new TextTitle(footnote, FOOTNOTE);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setPaint(new Color(0x4A, 0x53, 0x68));
        note.setPadding(new RectangleInsets(8, 0, 0, 0));
        chart.addSubtitle(note);
        if (chart.getLegend() != null) {
            chart.getLegend().setPosition(RectangleEdge.TOP);
            chart.getLegend().setItemFont(TEXT);
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        return chart;
    }
}
