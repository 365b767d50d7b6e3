package org.modelcensus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.MeasureRequest;
import org.modelcensus.measure.ShareRow;
import org.modelcensus.sample.SampleStore;
import org.modelcensus.store.CensusStore;

/**
 * The report's PNG charts on the bundled sample: what they say (footnotes, names, labels, crossing markers, a true date
 * axis), that they keep one colour per group, and that the pictures written actually show it.
 */
class PngChartsIT {
    @TempDir
    static Path directory;

    private static CensusReport report;
    private static Map<String, JFreeChart> charts;

    @BeforeAll
    static void drawTheSampleReport() {
        Path store = SampleStore.create(directory);
        try (Census census = new Census(CensusStore.openForReading(store), OrganizationRegistry.bundled())) {
            report = new ReportService()
                    .report(
                            census,
                            new ReportRequest(
                                    new MeasureRequest(
                                            Optional.empty(),
                                            Optional.empty(),
                                            Optional.empty(),
                                            Optional.empty(),
                                            Optional.empty(),
                                            Cohort.all()),
                                    AttributionView.UPLOADER,
                                    UnknownNamespaces.REPORT));
        }
        charts = new PngChartWriter()
                .charts(report).stream()
                        .collect(Collectors.toMap(PngChartWriter.Chart::file, PngChartWriter.Chart::chart));
    }

    @Test
    void everyChartHasAFootnoteNamingSourceMeasureViewAndDates() {
        assertThat(charts)
                .containsOnlyKeys(
                        "shares-over-time-llmfit.png",
                        "concentration-llmfit.png",
                        "shares-over-time-forecast-hf.png",
                        "concentration-forecast-hf.png",
                        "shares-country.png",
                        "shares-organization.png",
                        "shares-type.png",
                        "families.png",
                        "arena-best-open.png",
                        "arena-rating-downloads.png");
        charts.forEach((file, chart) -> {
            String footnote = footnote(chart);
            assertThat(footnote).as(file).startsWith("Source ").containsPattern("\\d{4}-\\d{2}-\\d{2}");
            if (!file.equals("families.png") && !file.equals("arena-best-open.png")) {
                assertThat(footnote).as(file).contains("measure ", "uploader view");
            }
        });
        assertThat(footnote(charts.get("shares-country.png")))
                .isEqualTo("Source llmfit; measure downloads in the 30 days before the snapshot; uploader view;"
                        + " snapshot 2026-05-10; registry data/organizations.csv");
        assertThat(footnote(charts.get("shares-over-time-forecast-hf.png")))
                .startsWith("Source forecast-hf; measure window")
                .contains("from 2024-08-31 to 2025-02-28");
    }

    @Test
    void barsNameEachGroupOnceAndLabelItsShare() {
        CategoryPlot organizations = charts.get("shares-organization.png").getCategoryPlot();
        List<String> names = categories(organizations);
        assertThat(names).contains("Alibaba (CN)", "Meta (US)").noneMatch(name -> name.matches("(?i)(\\S+) \\1\\b.*"));
        assertThat(categories(charts.get("shares-type.png").getCategoryPlot()))
                .contains("Big tech", "Individuals and communities")
                .doesNotContain("big-tech Big tech");
        List<String> countries = categories(charts.get("shares-country.png").getCategoryPlot());
        assertThat(countries)
                .startsWith("CN China", "US United States")
                .contains("FR France", "Unknown (namespaces not in the registry)")
                .hasSize(report.countries().rows().size());

        CategoryPlot plot = charts.get("shares-country.png").getCategoryPlot();
        assertThat(plot.getRenderer().getDefaultItemLabelsVisible()).isTrue();
        for (int column = 0; column < countries.size(); column++) {
            ShareRow row = report.countries().rows().get(column);
            String label =
                    plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, column);
            assertThat(label).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f %%", 100 * row.share()));
        }
    }

    @Test
    void theLeaderboardChartsDrawTheBestOpenModelsAndRatingsAgainstDownloadsOnALogAxis() {
        Palette palette = Palette.bundled();
        XYPlot best = charts.get("arena-best-open.png").getXYPlot();
        assertThat(best.getDomainAxis()).isInstanceOf(DateAxis.class);
        List<String> names = new java.util.ArrayList<>();
        for (int series = 0; series < best.getDataset().getSeriesCount(); series++) {
            names.add(best.getDataset().getSeriesKey(series).toString());
            assertThat(best.getRenderer().getSeriesPaint(series)).isEqualTo(palette.awtColour(names.get(series)));
        }
        assertThat(names).contains("CN", "US");
        @SuppressWarnings("unchecked")
        List<Marker> markers = List.copyOf(best.getDomainMarkers(Layer.FOREGROUND));
        assertThat(markers).extracting(Marker::getLabel).containsExactly("CN passes US 2024-12-22");
        XYPlot scatter = charts.get("arena-rating-downloads.png").getXYPlot();
        assertThat(scatter.getDomainAxis()).isInstanceOf(org.jfree.chart.axis.LogAxis.class);
        int points = 0;
        for (int series = 0; series < scatter.getDataset().getSeriesCount(); series++) {
            points += scatter.getDataset().getItemCount(series);
            assertThat(scatter.getRenderer().getSeriesPaint(series))
                    .isEqualTo(palette.awtColour(
                            scatter.getDataset().getSeriesKey(series).toString()));
        }
        long positive = report.arena().orElseThrow().adoption().rows().stream()
                .filter(row ->
                        row.downloads(report.arena().orElseThrow().adoption().view()) > 0)
                .count();
        assertThat(points).isEqualTo((int) positive).isGreaterThan(10);
        assertThat(footnote(charts.get("arena-rating-downloads.png"))).contains("Spearman", "n = ");
    }

    @Test
    void timeRunsOnADateAxisWithTheCrossingsMarked() {
        XYPlot plot = charts.get("shares-over-time-forecast-hf.png").getXYPlot();
        assertThat(plot.getDomainAxis()).isInstanceOf(DateAxis.class);
        XYDataset dataset = plot.getDataset();
        List<LocalDate> dates = report.time().get(1).uploader().points().stream()
                .map(point -> point.date())
                .toList();
        assertThat(dataset.getItemCount(0)).isEqualTo(dates.size());
        for (int item = 1; item < dates.size(); item++) {
            double gap = dataset.getXValue(0, item) - dataset.getXValue(0, item - 1);
            // monthly points are 28 to 31 days apart, and drawn so
            assertThat(gap).isEqualTo(ChronoUnit.DAYS.between(dates.get(item - 1), dates.get(item)) * 86_400_000.0);
        }
        @SuppressWarnings("unchecked")
        List<Marker> markers = List.copyOf(plot.getDomainMarkers(Layer.FOREGROUND));
        assertThat(markers)
                .extracting(Marker::getLabel)
                .containsExactly("CN passes US 2024-10-15", "US passes CN 2024-11-05");
        assertThat(((ValueMarker) markers.get(0)).getValue())
                .isEqualTo(LocalDate.parse("2024-10-15")
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toEpochMilli());
        assertThat(plot.getDomainMarkers(Layer.FOREGROUND))
                .hasSize(report.time().get(1).crossings().size());
    }

    @Test
    void aGroupHasOneColourInEveryChart() {
        Palette palette = Palette.bundled();
        CategoryPlot countries = charts.get("shares-country.png").getCategoryPlot();
        XYPlot overTime = charts.get("shares-over-time-llmfit.png").getXYPlot();
        List<String> keys =
                report.countries().rows().stream().map(ShareRow::key).toList();
        for (String country : List.of("CN", "US", "INTL")) {
            Color expected = palette.awtColour(country);
            assertThat(countries.getRenderer().getItemPaint(0, keys.indexOf(country)))
                    .isEqualTo(expected);
            int line = overTime.getDataset().indexOf(country);
            assertThat(line).as(country).isNotNegative();
            assertThat(overTime.getRenderer().getSeriesPaint(line)).isEqualTo(expected);
        }
        assertThat(palette.awtColour("CN")).isNotEqualTo(palette.awtColour("US"));
    }

    @Test
    void thePicturesWrittenShowBarsAndLinesInTheirColours() throws Exception {
        Path written = directory.resolve("charts");
        List<Path> files = new PngChartWriter().write(report, written);
        assertThat(files).hasSize(charts.size());
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(PngChartWriter.WIDTH);
            assertThat(image.getHeight()).isEqualTo(PngChartWriter.HEIGHT);
            // a blank or nearly blank picture fails: at least 2 % of it is drawn (text, axes, bars or lines)
            assertThat(drawnShare(image)).as(file.toString()).isGreaterThan(0.02);
        }
        int china = Palette.bundled().awtColour("CN").getRGB();
        int usa = Palette.bundled().awtColour("US").getRGB();
        BufferedImage bars = ImageIO.read(written.resolve("shares-country.png").toFile());
        // China's bar holds 62 % of the sample's downloads: a long bar, thousands of pixels of its colour
        assertThat(pixels(bars, china)).isGreaterThan(5_000);
        assertThat(pixels(bars, usa)).isGreaterThan(2_000);
        BufferedImage lines =
                ImageIO.read(written.resolve("shares-over-time-forecast-hf.png").toFile());
        assertThat(pixels(lines, china)).isGreaterThan(500);
        assertThat(pixels(lines, usa)).isGreaterThan(500);
    }

    private static String footnote(JFreeChart chart) {
        for (int index = 0; index < chart.getSubtitleCount(); index++) {
            if (chart.getSubtitle(index) instanceof TextTitle title && title.getPosition() == RectangleEdge.BOTTOM) {
                return title.getText();
            }
        }
        return "";
    }

    @SuppressWarnings("unchecked")
    private static List<String> categories(CategoryPlot plot) {
        return ((List<Comparable<?>>) plot.getDataset().getColumnKeys())
                .stream().map(Object::toString).toList();
    }

    private static double drawnShare(BufferedImage image) {
        long drawn = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    drawn++;
                }
            }
        }
        return (double) drawn / (image.getWidth() * (long) image.getHeight());
    }

    private static long pixels(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }
}
