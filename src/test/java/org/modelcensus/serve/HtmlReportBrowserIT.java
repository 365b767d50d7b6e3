package org.modelcensus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.cli.CliRunner;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The HTML report opened offline in headless Chromium (every host unresolvable): its charts draw, without errors. */
class HtmlReportBrowserIT {
    @TempDir
    Path directory;

    @Test
    @SuppressWarnings("unchecked")
    void theReportRendersOfflineWithoutConsoleErrors() throws Exception {
        Path store = SampleStore.create(directory);
        Path html = directory.resolve("report.html");
        Path charts = directory.resolve("charts");
        CliRunner.Result report = new CliRunner(directory, Map.of())
                .run("report", "--html", html.toString(), "--png", charts.toString(), "--store", store.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        String text = Files.readString(html);
        assertThat(text)
                .doesNotContain("src=\"http", "href=\"http")
                .contains("Provenance", "registry", "data/sample/llmfit/hf_models_2026-05-10T1400Z.json.gz");

        ChromeDriver driver = Browser.start(directory.resolve("profile"), true);
        try {
            driver.get(html.toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(browser -> Boolean.TRUE.equals(
                            driver.executeScript("return !!(window.censusReport && window.censusReport.rendered);")));
            List<Long> seriesPerChart = (List<Long>)
                    driver.executeScript("return window.censusReport.charts.map(c => c.getOption().series.length);");
            // two time sections (curve and concentration each), three bar charts, the families treemap
            assertThat(seriesPerChart)
                    .hasSize(8)
                    .allSatisfy(count -> assertThat(count).isPositive());
            Long canvases = (Long) driver.executeScript("return document.querySelectorAll('.chart canvas').length;");
            assertThat(canvases).isGreaterThanOrEqualTo(8);
            Long crossings = (Long) driver.executeScript("return window.censusReport.data.time[1].crossings.length;");
            assertThat(crossings).isEqualTo(2);
            driver.executeScript("document.querySelector('#toggle-0 button[data-view=uploader]').click();");
            Files.write(Path.of("target", "html-report.png"), driver.getScreenshotAs(OutputType.BYTES));
            assertThat(Browser.consoleErrors(driver)).isEmpty();
        } finally {
            driver.quit();
        }

        for (String name : List.of(
                "shares-over-time-llmfit.png",
                "shares-over-time-forecast-hf.png",
                "concentration-forecast-hf.png",
                "shares-country.png",
                "shares-organization.png",
                "shares-type.png",
                "families.png")) {
            BufferedImage image = ImageIO.read(charts.resolve(name).toFile());
            assertThat(image).as(name).isNotNull();
            assertThat(image.getWidth()).isEqualTo(1200);
            assertThat(image.getHeight()).isEqualTo(700);
        }
    }
}
