package org.modelcensus.serve;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its ChromeDriver, as {@code .ci/run} installs them. Where they are missing the
 * browser tests are skipped, except when {@code MODELCENSUS_REQUIRE_BROWSER} is set (as CI sets it): then they fail.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /**
     * A headless browser with its own empty profile and no background traffic.
     *
     * @param offline whether every host name fails to resolve, so that nothing can be fetched from the network
     */
    static ChromeDriver start(Path profile, boolean offline) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "Chromium (" + CHROMIUM + ") or ChromeDriver (" + CHROMEDRIVER
                    + ") is missing; install Debian's chromium and chromium-driver (.ci/run does)";
            if (System.getenv("MODELCENSUS_REQUIRE_BROWSER") != null) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1300,1000",
                "--user-data-dir=" + Files.createDirectories(profile));
        if (offline) {
            options.addArguments("--host-resolver-rules=MAP * ~NOTFOUND");
        }
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * The texts of an SVG chart, in document order: what a reader sees (axis labels, bar labels, legends, marks), as
     * drawn by ECharts' SVG renderer.
     */
    @SuppressWarnings("unchecked")
    static List<String> texts(ChromeDriver driver, String chartId) {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#' + arguments[0] + ' svg text'))"
                        + ".map(t => t.textContent);",
                chartId);
    }

    /**
     * What is wrong with the labels of an SVG chart: each text drawn outside the chart (clipped) or over another
     * text (labels running together), described; empty when every label can be read.
     */
    @SuppressWarnings("unchecked")
    static List<String> labelProblems(ChromeDriver driver, String chartId) {
        return (List<String>) driver.executeScript(
                "const chart = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + "const boxes = Array.from(document.querySelectorAll('#' + arguments[0] + ' svg text'))"
                        + "  .filter(t => t.textContent.trim() !== '')"
                        + "  .map(t => ({ text: t.textContent, box: t.getBoundingClientRect() }));"
                        + "const problems = [];"
                        + "boxes.forEach(a => {"
                        + "  if (a.box.left < chart.left - 1 || a.box.right > chart.right + 1"
                        + "      || a.box.top < chart.top - 1 || a.box.bottom > chart.bottom + 1) {"
                        + "    problems.push('outside the chart: ' + a.text); }"
                        + "});"
                        + "for (let i = 0; i < boxes.length; i++) { for (let j = i + 1; j < boxes.length; j++) {"
                        + "  const a = boxes[i].box, b = boxes[j].box;"
                        + "  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);"
                        + "  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);"
                        + "  if (x > 2 && y > 2) { problems.push('over each other: ' + boxes[i].text + ' / '"
                        + "    + boxes[j].text); }"
                        + "} }"
                        + "return problems;",
                chartId);
    }

    /** The browser console's errors so far. */
    static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }
}
