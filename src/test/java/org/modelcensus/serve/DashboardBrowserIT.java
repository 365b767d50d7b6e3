package org.modelcensus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.attribution.OrganizationRegistry;
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
                assertThat(byCountry).contains("CN", "US", "other");
                assertThat(driver.findElement(By.id("series-note")).getText()).contains("Source llmfit");

                new Select(driver.findElement(By.name("by"))).selectByValue("type");
                wait.until(browser -> "type"
                        .equals(driver.executeScript(
                                "return window.censusDashboard.lastSeries && window.censusDashboard.lastSeries.by;")));
                List<String> byType = (List<String>) driver.executeScript(SERIES_NAMES);
                assertThat(byType).contains("big-tech", "ai-lab").doesNotContain("CN");
                assertThat(driver.findElement(By.id("shares-title")).getText()).startsWith("Shares by type");

                new Select(driver.findElement(By.name("source"))).selectByValue("forecast-hf");
                wait.until(browser ->
                        "forecast-hf".equals(driver.executeScript("return window.censusDashboard.lastSeries.source;")));
                assertThat(driver.findElement(By.id("series-note")).getText()).contains("measure window");

                driver.findElement(By.name("model")).sendKeys("unsloth/r1-1776");
                wait.until(browser -> driver.findElement(By.id("model-attribution"))
                        .getText()
                        .contains("roots: deepseek-ai/DeepSeek-R1"));
                assertThat(driver.findElement(By.id("model-attribution")).getText())
                        .contains("uploaded by Unsloth AI, US, intermediary", "DeepSeek, CN, ai-lab");
                assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();

                Path screenshot = Path.of("target", "dashboard.png");
                Files.write(screenshot, driver.getScreenshotAs(OutputType.BYTES));
                assertThat(Files.size(screenshot)).isPositive();
                assertThat(Browser.consoleErrors(driver)).isEmpty();
            } finally {
                driver.quit();
            }
        }
    }
}
