package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.sample.SampleData;

/**
 * The forecast-hf series against an independent computation from the same CSVs and registry (plain parsing in
 * {@link SampleData}, none of the program's readers, SQL or measures): 30-day window downloads by country at every
 * day, and the days where China's share passes the USA's.
 */
class TimeSeriesOnBundledSampleIT {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void thirtyDayWindowSharesAndCrossingsMatchAnIndependentComputation() throws IOException {
        CliRunner cli = new CliRunner(home, Map.of());
        List<String> flags = List.of(
                "--by",
                "country",
                "--measure",
                "window",
                "--window",
                "30d",
                "--every",
                "day",
                "--source",
                "forecast-hf",
                "--format",
                "json");
        JsonNode series = json.readTree(cli.run(CliRunner.args("series", flags)).out());
        JsonNode crossover = json.readTree(cli.run(CliRunner.args("crossover", flags, "--a", "CN", "--b", "US"))
                .out());

        List<SampleData.Snapshot> days = SampleData.forecastSnapshots();
        Map<String, String[]> registry = SampleData.registry();
        List<String> expectedCrossings = new ArrayList<>();
        Boolean chinaAhead = null;
        int compared = 0;
        JsonNode points = series.get("points");
        // the first point is 30 days after the first snapshot: earlier windows start before the data
        assertThat(points.get(0).get("date").asText())
                .isEqualTo(days.get(30).name().substring("forecast-hf ".length()));
        assertThat(points.size()).isEqualTo(days.size() - 30);
        for (int index = 30; index < days.size(); index++) {
            SampleData.Snapshot end = days.get(index);
            SampleData.Snapshot start = days.get(index - 30);
            Map<String, Double> byCountry = new HashMap<>();
            double total = 0;
            for (Map.Entry<String, Long> model : end.downloadsByModel().entrySet()) {
                long downloads =
                        Math.max(0, model.getValue() - start.downloadsByModel().getOrDefault(model.getKey(), 0L));
                String namespace =
                        model.getKey().substring(0, model.getKey().indexOf('/')).toLowerCase();
                String[] entry = registry.get(namespace);
                byCountry.merge(entry == null ? "UNKNOWN" : entry[1], (double) downloads, Double::sum);
                total += downloads;
            }
            JsonNode point = points.get(index - 30);
            assertThat(point.get("date").asText()).isEqualTo(end.name().substring("forecast-hf ".length()));
            assertThat(point.get("total").asDouble()).isEqualTo(total);
            Map<String, Double> found = new HashMap<>();
            for (JsonNode row : point.get("rows")) {
                found.put(row.get("key").asText(), row.get("downloads").asDouble());
            }
            assertThat(found).as(point.get("date").asText()).isEqualTo(byCountry);
            if (total > 0) {
                double china = byCountry.getOrDefault("CN", 0.0) / total;
                double usa = byCountry.getOrDefault("US", 0.0) / total;
                boolean ahead = china > usa;
                if (chinaAhead != null && ahead != chinaAhead) {
                    expectedCrossings.add(point.get("date").asText() + (ahead ? " up" : " down"));
                }
                chinaAhead = ahead;
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(150);
        List<String> crossings = new ArrayList<>();
        for (JsonNode crossing : crossover.get("crossings")) {
            crossings.add(crossing.get("date").asText() + " "
                    + crossing.get("direction").asText());
            assertThat(crossing.get("a").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(crossings).isEqualTo(expectedCrossings).isNotEmpty();
        assertThat(crossover.get("crossings").get(0).get("a").asDouble())
                .isGreaterThan(crossover.get("crossings").get(0).get("b").asDouble());
    }

    @Test
    void theLlmfitScrapesGiveCountryCurvesOfThirtyDayDownloads() throws IOException {
        JsonNode series = json.readTree(new CliRunner(home, Map.of())
                .run("series", "--by", "country", "--measure", "downloads30d", "--format", "json")
                .out());

        assertThat(series.get("source").asText()).isEqualTo("llmfit");
        assertThat(series.get("points").size()).isEqualTo(11);
        List<SampleData.Snapshot> scrapes = SampleData.llmfitSnapshots();
        Map<String, String[]> registry = SampleData.registry();
        for (int index = 0; index < scrapes.size(); index++) {
            JsonNode point = series.get("points").get(index);
            SampleData.Snapshot scrape = scrapes.get(index);
            assertThat(point.get("total").asLong()).isEqualTo(scrape.total());
            double china = scrape.downloadsByNamespace().entrySet().stream()
                    .filter(entry ->
                            registry.containsKey(entry.getKey()) && registry.get(entry.getKey())[1].equals("CN"))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            double found = 0;
            for (JsonNode row : point.get("rows")) {
                if (row.get("key").asText().equals("CN")) {
                    found = row.get("share").asDouble();
                }
            }
            assertThat(found).isCloseTo(china / scrape.total(), within(1e-12));
        }
    }
}
