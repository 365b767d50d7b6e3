package org.modelcensus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.cli.CliRunner;
import org.modelcensus.report.Palette;
import org.modelcensus.sample.SampleStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML report opened offline in headless Chromium (every host unresolvable): every chart draws, every bar is
 * named and labelled with its share, no label is clipped or drawn over another, time runs on a date axis with the
 * crossings marked, and each country keeps one colour.
 */
class HtmlReportBrowserIT {
    private static final List<String> BAR_CHARTS = List.of("latest-country", "latest-organization", "latest-type");

    @TempDir
    Path directory;

    @Test
    @SuppressWarnings("unchecked")
    void theReportsChartsAnswerWhoIsAheadAndSinceWhen() throws Exception {
        Path store = SampleStore.create(directory);
        Path html = directory.resolve("report.html");
        CliRunner runner = new CliRunner(directory, Map.of());
        CliRunner.Result report = runner.run("report", "--html", html.toString(), "--store", store.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        String text = Files.readString(html);
        assertThat(text)
                .doesNotContain("src=\"http", "href=\"http")
                .contains("Provenance", "registry", "data/sample/llmfit/hf_models_2026-05-10T1400Z.json.gz");
        JsonNode countries = new ObjectMapper()
                .readTree(runner.run("shares", "--by", "country", "--format", "json", "--store", store.toString())
                        .out())
                .get("rows");

        ChromeDriver driver = Browser.start(directory.resolve("profile"), true);
        try {
            driver.get(html.toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(browser -> Boolean.TRUE.equals(
                            driver.executeScript("return !!(window.censusReport && window.censusReport.rendered);")));
            List<String> ids = (List<String>) driver.executeScript(
                    "return Array.from(document.querySelectorAll('.chart')).map(element => element.id);");
            // the summary says llmfit is no census of the Hub
            assertThat(driver.findElement(By.id("source-coverage")).getText())
                    .startsWith("Source llmfit is no census of the Hub");
            // two time sections (curve and concentration each), three bar charts, the robustness ranges and gap, the
            // families treemap, the leaderboard's best open models over time and its rating-against-downloads
            // scatter, and each country on Hugging Face beside both hubs
            assertThat(ids)
                    .containsExactlyInAnyOrder(
                            "curve-0",
                            "concentration-0",
                            "curve-1",
                            "concentration-1",
                            "latest-country",
                            "latest-organization",
                            "latest-type",
                            "robust-range",
                            "robust-gap",
                            "families",
                            "arena-best",
                            "arena-scatter",
                            "hubs-shares");
            assertThat(Browser.texts(driver, "hubs-shares"))
                    .as("China's share of Hugging Face and of both hubs, as `hubs` prints them")
                    .contains("CN China", "15.8 %", "22.4 %");
            for (String id : ids) {
                assertThat(Browser.texts(driver, id)).as(id).isNotEmpty();
                if (!id.equals("families")) {
                    assertThat(Browser.labelProblems(driver, id)).as(id).isEmpty();
                }
            }

            // every country of the snapshot has its bar, named and labelled, in its own colour
            List<String> barTexts = Browser.texts(driver, "latest-country");
            String allBarText = String.join("", barTexts).replaceAll("\\s", "");
            for (JsonNode row : countries) {
                assertThat(allBarText).contains(row.get("label").asText().replaceAll("\\s", ""));
            }
            assertThat(barTexts.stream().filter(label -> label.matches("\\d+\\.\\d+ %")))
                    .hasSize(countries.size());
            assertThat(barTexts).contains("62.1 %", "CN China", "US United States");
            for (String id : BAR_CHARTS) {
                assertThat(String.join("|", Browser.texts(driver, id)))
                        .as(id)
                        .doesNotContainPattern("(?i)\\b(\\S+) \\1\\b");
            }
            Map<String, String> colours = (Map<String, String>) driver.executeScript(
                    "const bars = echarts.getInstanceByDom(document.getElementById('latest-country')).getOption();"
                            + "const names = bars.yAxis[0].data;"
                            + "const line = key => echarts.getInstanceByDom(document.getElementById('curve-0'))"
                            + "  .getOption().series.find(s => s.name === key).color;"
                            + "return { barCN: bars.series[0].data[names.indexOf('CN China')].itemStyle.color,"
                            + "  lineCN: line('CN'), barUS: bars.series[0].data[names.indexOf('US United States')]"
                            + "  .itemStyle.color, lineUS: line('US') };");
            Palette palette = Palette.bundled();
            assertThat(colours)
                    .containsEntry("barCN", palette.colour("CN"))
                    .containsEntry("lineCN", palette.colour("CN"))
                    .containsEntry("barUS", palette.colour("US"))
                    .containsEntry("lineUS", palette.colour("US"));

            // over time: lines on a date axis; forecast-hf's crossings marked at their dates, labelled with them
            List<String> axes =
                    (List<String>) driver.executeScript("return ['curve-0', 'curve-1', 'concentration-0'].map(id =>"
                            + " echarts.getInstanceByDom(document.getElementById(id)).getOption().xAxis[0].type);");
            assertThat(axes).containsOnly("time");
            assertThat(Browser.texts(driver, "curve-1")).contains("CN passes US 2024-10-15", "US passes CN 2024-11-05");
            Files.write(Path.of("target", "html-report.png"), driver.getScreenshotAs(OutputType.BYTES));

            // the leaderboard: a line per leading country on a date axis, China's crossing of the USA marked, and
            // ratings against downloads on a log axis in the countries' colours
            Map<String, Object> arena = (Map<String, Object>) driver.executeScript(
                    "const best = echarts.getInstanceByDom(document.getElementById('arena-best')).getOption();"
                            + "const scatter = echarts.getInstanceByDom(document.getElementById('arena-scatter'))"
                            + ".getOption();"
                            + "return { names: best.series.map(s => s.name), axis: best.xAxis[0].type,"
                            + " scatterAxis: scatter.xAxis[0].type,"
                            + " cn: best.series.find(s => s.name === 'CN').color,"
                            + " scatterCn: scatter.series.find(s => s.name === 'CN').color };");
            assertThat((List<String>) arena.get("names")).contains("CN", "US");
            assertThat(arena)
                    .containsEntry("axis", "time")
                    .containsEntry("scatterAxis", "log")
                    .containsEntry("cn", palette.colour("CN"))
                    .containsEntry("scatterCn", palette.colour("CN"));
            assertThat(Browser.texts(driver, "arena-best")).contains("CN passes US 2024-12-22");

            // the stacked view and the origin view still draw, and still read
            driver.executeScript("document.querySelector('#toggle-1 button[data-chart=stacked]').click();");
            assertThat((List<String>) driver.executeScript(
                            "return echarts.getInstanceByDom(document.getElementById('curve-1')).getOption()"
                                    + ".series.map(s => s.stack);"))
                    .containsOnly("shares");
            assertThat(Browser.labelProblems(driver, "curve-1")).isEmpty();
            assertThat(Browser.consoleErrors(driver)).isEmpty();
        } finally {
            driver.quit();
        }
    }
}
