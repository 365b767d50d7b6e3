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

    /** The browser console's errors so far. */
    static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }
}
