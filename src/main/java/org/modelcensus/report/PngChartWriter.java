package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.lineage.Relation;
import org.modelcensus.measure.Family;
import org.modelcensus.measure.SeriesPoint;
import org.modelcensus.measure.ShareSeries;
import org.modelcensus.measure.ShareTable;

/**
 * Writes the report's charts as PNG files for slides and papers, drawn on the JVM (JFreeChart, headless) with no
 * browser.
 */
public final class PngChartWriter {
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 700;

    /** Writes every chart of the report into {@code directory}; returns the files written. */
    public List<Path> write(CensusReport report, Path directory) {
        requireNonNull(report, "report is null");
        requireNonNull(directory, "directory is null");
        System.setProperty("java.awt.headless", "true");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (TimeSection section : report.time()) {
                String source = section.uploader().source();
                written.add(save(directory.resolve("shares-over-time-" + source + ".png"), curve(section.uploader())));
                written.add(
                        save(directory.resolve("concentration-" + source + ".png"), concentration(section.uploader())));
            }
            written.add(save(directory.resolve("shares-country.png"), bars(report.countries(), Integer.MAX_VALUE)));
            written.add(save(
                    directory.resolve("shares-organization.png"),
                    bars(report.organizations(), TerminalReportWriter.TOP_ORGANIZATIONS)));
            written.add(save(directory.resolve("shares-type.png"), bars(report.types(), Integer.MAX_VALUE)));
            if (report.lineage().isPresent()
                    && !report.lineage().get().families().families().isEmpty()) {
                written.add(save(
                        directory.resolve("families.png"),
                        families(report.lineage().get())));
            }
        } catch (IOException e) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE, "cannot write charts into " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static JFreeChart curve(ShareSeries series) {
        List<String> keys = SeriesWriter.largestKeys(series, SeriesWriter.COLUMNS);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (SeriesPoint point : series.points()) {
            double shown = 0;
            for (String key : keys) {
                double share = point.share(key);
                shown += share;
                dataset.addValue(100 * share, key, point.date().toString());
            }
            dataset.addValue(
                    100 * SeriesWriter.otherShare(point, shown),
                    "other",
                    point.date().toString());
        }
        JFreeChart chart = ChartFactory.createStackedAreaChart(
                "Shares by " + series.by().label() + " over time - " + series.source(),
                "",
                "share of downloads (%)",
                dataset,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.getRangeAxis().setRange(0, 100);
        return styled(
                chart, series.measure().description() + ", " + series.view().label() + " view");
    }

    private static JFreeChart concentration(ShareSeries series) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (SeriesPoint point : series.points()) {
            point.table()
                    .concentration()
                    .ifPresent(value ->
                            dataset.addValue(value.hhi(), "HHI", point.date().toString()));
        }
        JFreeChart chart = ChartFactory.createLineChart(
                "Concentration over time - " + series.source(),
                "",
                "HHI (0-10,000)",
                dataset,
                PlotOrientation.VERTICAL,
                false,
                false,
                false);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return styled(chart, "over attributed " + series.by().label() + " groups, UNKNOWN left out");
    }

    private static JFreeChart bars(ShareTable table, int limit) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        table.rows().stream()
                .limit(limit)
                .forEach(row -> dataset.addValue(100 * row.share(), "share", row.keyAndLabel()));
        JFreeChart chart = ChartFactory.createBarChart(
                "Shares by " + table.by().label() + " - " + table.snapshot().label(),
                "",
                "share of downloads (%)",
                dataset,
                PlotOrientation.HORIZONTAL,
                false,
                false,
                false);
        return styled(chart, table.selection().describe() + ", " + table.view().label() + " view");
    }

    private static JFreeChart families(LineageSection section) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Family family : section.families().families()) {
            dataset.addValue(family.rootDownloads(), "the root itself", family.root());
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
        return styled(chart, section.families().measure().description());
    }

    private static JFreeChart styled(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(0xF6, 0xF7, 0xF9));
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        return chart;
    }

    private static Path save(Path file, JFreeChart chart) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        return file;
    }
}
