package org.modelcensus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.report.Palette;
import org.modelcensus.sample.SampleStore;
import org.modelcensus.store.CensusStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in a real headless Chromium: it draws, redraws when a filter changes, and shows a model's lineage. */
class DashboardBrowserIT {
    private static final String SERIES_NAMES =
            "return echarts.getInstanceByDom(document.getElementById('series-chart')).getOption().series"
                    + ".map(s => s.name);";

    @TempDir
    Path directory;

    /** Both panels count the same measure over the same source, whatever the filters left to the default. */
    @SuppressWarnings("unchecked")
    private static void assertSameMeasure(ChromeDriver driver) {
        Map<String, Object> panels = (Map<String, Object>) driver.executeScript(
                "const d = window.censusDashboard; const shares = d.lastShares || { measure: 'no shares: '"
                        + " + document.getElementById('shares-chart').textContent + ' ' + error.textContent };"
                        + " return { series: d.lastSeries.measure, shares: shares.measure,"
                        + " seriesSource: d.lastSeries.source, sharesSource: shares.source };");
        assertThat(panels.get("shares")).isEqualTo(panels.get("series"));
        assertThat(panels.get("sharesSource")).isEqualTo(panels.get("seriesSource"));
    }

    /** No label of the two charts is clipped or drawn over another, and the bars are labelled with their shares. */
    private static void assertReadable(ChromeDriver driver) {
        for (String chart : List.of("series-chart", "shares-chart")) {
            assertThat(Browser.labelProblems(driver, chart)).as(chart).isEmpty();
        }
        assertThat(Browser.texts(driver, "shares-chart")).anyMatch(text -> text.matches("\\d+\\.\\d+ %"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void drawsTheChartsAndRedrawsThemWhenAFilterChanges() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path store = SampleStore.create(directory);
        try (CensusApi api = new CensusApi(
                        CensusStore.openForReading(store),
                        OrganizationRegistry.bundled(),
                        json,
                        ServeLimits.defaults());
                CensusServer server = CensusServer.start(api, json, "127.0.0.1", 0)) {
            ChromeDriver driver = Browser.start(directory.resolve("profile"), false);
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                driver.get("http://127.0.0.1:" + server.port() + "/");
                wait.until(browser -> Boolean.TRUE.equals(driver.executeScript(
                        "return !!(window.censusDashboard && window.censusDashboard.lastSeries);")));
                List<String> byCountry = (List<String>) driver.executeScript(SERIES_NAMES);
                // leading shares as lines by default: the groups, not the rest
                assertThat(byCountry).contains("CN", "US").doesNotContain("other");
                assertThat(driver.findElement(By.id("series-note")).getText()).contains("Source llmfit");
                // how robust the shares are: the API's sensitivity, its leading groups' ranges and the gap's moves
                wait.until(browser ->
                        Boolean.TRUE.equals(driver.executeScript("return !!window.censusDashboard.lastSensitivity;")));
                List<String> ranged = (List<String>) driver.executeScript("return echarts.getInstanceByDom("
                        + "document.getElementById('robust-range-chart')).getOption().yAxis[0].data;");
                assertThat(ranged).contains("CN", "US").doesNotContain("UNKNOWN");
                List<String> moves = (List<String>) driver.executeScript("return echarts.getInstanceByDom("
                        + "document.getElementById('robust-gap-chart')).getOption().yAxis[0].data;");
                assertThat(moves).contains("re-packaged left out", "all combined");
                assertThat(driver.findElement(By.id("robust-note")).getText()).contains("Gap CN - US");
                // llmfit lists popular LLMs only: the dashboard says its shares are not the Hub's
                wait.until(browser ->
                        !driver.findElement(By.id("source-coverage")).getText().isEmpty());
                assertThat(driver.findElement(By.id("source-coverage")).getText())
                        .startsWith("Source llmfit is no census of the Hub")
                        .endsWith("not of the Hub.");
                assertThat(driver.executeScript("return echarts.getInstanceByDom(document.getElementById("
                                + "'series-chart')).getOption().xAxis[0].type;"))
                        .isEqualTo("time");
                assertSameMeasure(driver);
                assertReadable(driver);
                // the leaderboard: China's and the USA's best open models as lines, ratings against the downloads of
                // the measure the curve counts, on a log axis
                wait.until(browser ->
                        Boolean.TRUE.equals(driver.executeScript("return !!window.censusDashboard.lastAdoption;")));
                assertThat((List<String>) driver.executeScript("return echarts.getInstanceByDom(document"
                                + ".getElementById('arena-best-chart')).getOption().series.map(s => s.name);"))
                        .contains("CN", "US");
                assertThat(driver.executeScript("return echarts.getInstanceByDom(document.getElementById("
                                + "'arena-scatter-chart')).getOption().xAxis[0].type;"))
                        .isEqualTo("log");
                assertThat(driver.findElement(By.id("arena-note")).getText()).contains("Spearman", "n = ");
                // Hugging Face beside ModelScope: each leading country on one hub and on both
                wait.until(browser ->
                        !driver.findElement(By.id("hubs-note")).getText().isEmpty());
                assertThat((List<String>) driver.executeScript("return echarts.getInstanceByDom(document"
                                + ".getElementById('hubs-chart')).getOption().yAxis[0].data;"))
                        .contains("CN China", "US United States");
                assertThat(driver.findElement(By.id("hubs-note")).getText())
                        .contains("Window 2025-06-07 to 2025-07-07", "osir-lmts-modelscope");
                for (String chart : List.of("arena-best-chart", "arena-scatter-chart", "hubs-chart")) {
                    assertThat(Browser.labelProblems(driver, chart)).as(chart).isEmpty();
                }
                // one colour per group, as the report and the PNGs draw it (the script hashes as Palette does)
                Palette palette = Palette.bundled();
                for (String key : List.of("CN", "US", "Alibaba", "an-unlisted-namespace", "Qwen/Qwen2.5-7B")) {
                    assertThat(driver.executeScript("return window.censusDashboard.colour(arguments[0]);", key))
                            .as(key)
                            .isEqualTo(palette.colour(key));
                }
                List<String> shareNames = (List<String>) driver.executeScript(
                        "return echarts.getInstanceByDom(document.getElementById('shares-chart')).getOption()"
                                + ".yAxis[0].data;");
                assertThat(shareNames)
                        .contains("CN China", "FR France")
                        .doesNotContain("UNKNOWN Unknown (namespaces" + " not in the registry)");

                new Select(driver.findElement(By.name("by"))).selectByValue("type");
                wait.until(browser -> "type"
                        .equals(driver.executeScript(
                                "return window.censusDashboard.lastSeries && window.censusDashboard.lastSeries.by;")));
                List<String> byType = (List<String>) driver.executeScript(SERIES_NAMES);
                assertThat(byType).contains("big-tech", "ai-lab").doesNotContain("CN");
                assertThat(driver.findElement(By.id("shares-title")).getText()).startsWith("Shares by type");

                new Select(driver.findElement(By.name("source"))).selectByValue("forecast-hf");
                new Select(driver.findElement(By.name("by"))).selectByValue("country");
                wait.until(browser -> "forecast-hf country"
                        .equals(driver.executeScript("const series = window.censusDashboard.lastSeries;"
                                + " return series.source + ' ' + series.by;")));
                assertThat(driver.findElement(By.id("series-note")).getText())
                        .contains("measure window", "crossings: CN passes US 2024-10-15, US passes CN 2024-11-05");
                assertThat(Browser.texts(driver, "series-chart")).contains("CN passes US 2024-10-15");
                assertSameMeasure(driver);
                assertReadable(driver);

                // first-year downloads need a year of snapshots: the chart says so instead of drawing nothing
                new Select(driver.findElement(By.name("measure"))).selectByValue("firstyear");
                wait.until(browser ->
                        "firstyear".equals(driver.executeScript("return window.censusDashboard.lastSeries.measure;")));
                assertThat(driver.findElement(By.id("series-note")).getText())
                        .contains("left out: each point's window reaches back 365 days");
                assertThat(String.join(" ", Browser.texts(driver, "series-chart")))
                        .contains("No point to draw");
                new Select(driver.findElement(By.name("measure"))).selectByValue("");
                wait.until(browser ->
                        "window".equals(driver.executeScript("return window.censusDashboard.lastSeries.measure;")));

                driver.findElement(By.name("model")).sendKeys("unsloth/r1-1776");
                wait.until(browser -> driver.findElement(By.id("model-attribution"))
                        .getText()
                        .contains("roots: deepseek-ai/DeepSeek-R1"));
                assertThat(driver.findElement(By.id("model-attribution")).getText())
                        .contains("uploaded by Unsloth AI, US, intermediary", "DeepSeek, CN, ai-lab");
                assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();

                // the placeholder's lineage comes from the snapshot that holds it: the lineage crawl
                driver.findElement(By.name("model")).clear();
                driver.findElement(By.name("model")).sendKeys("deepseek-ai/DeepSeek-R1");
                wait.until(browser -> driver.findElement(By.id("model-attribution"))
                        .getText()
                        .startsWith("deepseek-ai/DeepSeek-R1 in snapshot"));
                assertThat(driver.findElement(By.id("model-attribution")).getText())
                        .contains("(lineage-crawl)");
                assertThat((Long) driver.executeScript("return window.censusDashboard.lastLineage.models.length;"))
                        .isGreaterThan(100);

                Files.write(Path.of("target", "dashboard.png"), driver.getScreenshotAs(OutputType.BYTES));
                assertThat(Browser.consoleErrors(driver)).isEmpty();
            } finally {
                driver.quit();
            }
        }
    }
}
