package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.sample.SampleStore;

/**
 * The leaderboard commands on the bundled LMArena files, checked against a recomputation from the CSV files
 * themselves: plain CSV parsing, the curated organisation and licence tables read as tables, no program code.
 */
class ArenaIT {
    @TempDir
    static Path directory;

    private static CliRunner cli;
    private static Path store;

    /** (date → country → best open rating), recomputed from the files. */
    private static Map<LocalDate, Map<String, Double>> expectedBest;

    @BeforeAll
    static void importSample() throws IOException {
        cli = new CliRunner(directory, Map.of("COLUMNS", "1000"));
        store = SampleStore.create(directory);
        expectedBest = recompute();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        InputStream input = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            input = new GZIPInputStream(input);
        }
        try (Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    private static Map<LocalDate, Map<String, Double>> recompute() throws IOException {
        Map<String, String> countryOfOrganization = new HashMap<>();
        for (CSVRecord row : csv(Path.of("../data/organizations.csv"))) {
            countryOfOrganization.putIfAbsent(row.get("organization"), row.get("country"));
        }
        Map<String, String> countryOfArena = new HashMap<>();
        for (CSVRecord row : csv(Path.of("../data/arena/organizations.csv"))) {
            String country = row.get("country").isEmpty()
                    ? countryOfOrganization.get(row.get("organization"))
                    : row.get("country");
            countryOfArena.put(row.get("arena_organization"), country);
        }
        Map<String, String> weights = new HashMap<>();
        for (CSVRecord row : csv(Path.of("../data/arena/licenses.csv"))) {
            weights.put(row.get("license"), row.get("weights"));
        }
        // model key and date → (rating, licence, organisation) of the file's last row for it
        Map<String, String[]> last = new LinkedHashMap<>();
        for (CSVRecord row : csv(Path.of("../data/sample/arena/arena_elo_history.csv.gz"))) {
            LocalDate date = LocalDate.parse(row.get("date"), DateTimeFormatter.BASIC_ISO_DATE);
            last.put(date + " " + row.get("key"), new String[] {
                date.toString(), row.get("rating"), row.get("License"), row.get("Organization"), row.get("key")
            });
        }
        for (CSVRecord row : csv(Path.of("../data/sample/arena/lmarena_history_2025.csv.gz"))) {
            last.put(row.get("date") + " " + row.get("model"), new String[] {
                row.get("date"), row.get("score"), row.get("license"), row.get("organization"), row.get("model")
            });
        }
        // the latest licence and organisation of each model decide its class and country, as the mapping says
        Map<String, String[]> latest = new HashMap<>();
        for (String[] row : last.values()) {
            String[] seen = latest.get(row[4]);
            if (seen == null || seen[0].compareTo(row[0]) <= 0) {
                latest.put(row[4], row);
            }
        }
        Map<LocalDate, Map<String, Double>> best = new TreeMap<>();
        for (String[] row : last.values()) {
            String[] current = latest.get(row[4]);
            if (!"open".equals(weights.get(current[2]))) {
                continue;
            }
            String country = countryOfArena.getOrDefault(current[3], "UNKNOWN");
            best.computeIfAbsent(LocalDate.parse(row[0]), ignored -> new TreeMap<>())
                    .merge(country, Double.parseDouble(row[1]), Math::max);
        }
        return best;
    }

    @Test
    void bestOpenRatingPerCountryAndDateIsWhatTheFilesSay() {
        JsonNode json = cli.json(store, "arena", "--by", "country", "--open-only", "--every", "snapshot");
        assertThat(json.get("points")).hasSize(expectedBest.size());
        for (JsonNode point : json.get("points")) {
            LocalDate date = LocalDate.parse(point.get("date").asText());
            Map<String, Double> found = new TreeMap<>();
            for (JsonNode row : point.get("rows")) {
                found.put(row.get("key").asText(), row.get("rating").asDouble());
                assertThat(row.fieldNames())
                        .toIterable()
                        .contains(
                                "key",
                                "bestModel",
                                "rating",
                                "rank",
                                "ci",
                                "gapToBestProprietary",
                                "inTop10",
                                "inTop50");
                assertThat(row.get("inTop50").asInt())
                        .isGreaterThanOrEqualTo(row.get("inTop10").asInt());
            }
            assertThat(found).as(date.toString()).isEqualTo(expectedBest.get(date));
        }
    }

    @Test
    void theFourBestOpenModelsOfTheLastDateAreChinese() {
        JsonNode json = cli.json(store, "arena", "--by", "country", "--open-only", "--at", "2025-11-09");
        assertThat(json.get("points")).hasSize(1);
        JsonNode point = json.get("points").get(0);
        assertThat(point.get("date").asText()).isEqualTo("2025-11-09");
        JsonNode leaders = point.get("leaders");
        List<String> expected = List.of("glm-4.6", "kimi-k2-thinking", "deepseek-v3.2-exp", "qwen3-235b");
        for (int i = 0; i < 4; i++) {
            assertThat(leaders.get(i).get("key").asText()).isEqualTo("CN");
            assertThat(leaders.get(i).get("model").asText()).startsWith(expected.get(i));
        }
        JsonNode china = point.get("rows").get(0);
        assertThat(china.get("key").asText()).isEqualTo("CN");
        assertThat(china.get("bestModel").asText()).isEqualTo("glm-4.6");
        assertThat(china.get("ci").get("plus").asDouble()).isEqualTo(6);
        // gap to the best proprietary model of the date: gemini-2.5-pro at 1452 in the file
        assertThat(china.get("gapToBestProprietary").asDouble()).isCloseTo(1428 - 1452, within(1e-9));
        // the printed table shows the same, with the leaders named
        CliRunner.Result table = cli.run("arena", "--open-only", "--at", "2025-11-09", "--store", store.toString());
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("glm-4.6 (CN, rank 6)", "kimi-k2-thinking (CN, rank 7)");
    }

    @Test
    void crossoverDatesAreWhereTheRecomputedBestRatingsCross() {
        JsonNode json = cli.json(store, "arena", "crossover", "--a", "CN", "--b", "US", "--open-only");
        Boolean ahead = null;
        StringBuilder expected = new StringBuilder();
        for (Map.Entry<LocalDate, Map<String, Double>> point : expectedBest.entrySet()) {
            Double china = point.getValue().get("CN");
            Double usa = point.getValue().get("US");
            if (china == null || usa == null) {
                continue;
            }
            boolean now = china > usa;
            if (ahead != null && ahead != now) {
                expected.append(point.getKey()).append(now ? " up\n" : " down\n");
            }
            ahead = now;
        }
        StringBuilder found = new StringBuilder();
        for (JsonNode crossing : json.get("crossings")) {
            found.append(crossing.get("date").asText())
                    .append(' ')
                    .append(crossing.get("direction").asText())
                    .append('\n');
        }
        assertThat(found.toString()).isEqualTo(expected.toString()).startsWith("2023-12-15 up");
        assertThat(json.get("strictCrossings")).isNotNull();
    }

    @Test
    void mappingCoversTheLeaderboardTablesHubLinksAndCountries() throws IOException {
        JsonNode json = cli.json(store, "arena", "mapping");
        Map<String, JsonNode> byKey = new HashMap<>();
        json.get("models").forEach(model -> byKey.put(model.get("key").asText(), model));
        Map<String, String> weights = new HashMap<>();
        for (CSVRecord row : csv(Path.of("../data/arena/licenses.csv"))) {
            weights.put(row.get("license"), row.get("weights"));
        }
        Pattern hub = Pattern.compile("https?://huggingface\\.co/([^/]+/[^/?#]+).*");
        int linked = 0;
        int right = 0;
        for (CSVRecord row : csv(Path.of("../data/arena/leaderboard_table_20250511.csv"))) {
            Matcher link = hub.matcher(row.get("Link"));
            JsonNode model = byKey.get(row.get("key"));
            if (model == null || !link.matches() || !"open".equals(weights.get(row.get("License")))) {
                continue;
            }
            linked++;
            if (link.group(1).equals(model.get("hubId").asText())) {
                right++;
            }
        }
        assertThat(linked).isGreaterThan(50);
        assertThat((double) right / linked).isGreaterThanOrEqualTo(0.95);
        long withCountry = byKey.values().stream()
                .filter(model -> !model.get("country").isNull())
                .count();
        assertThat((double) withCountry / byKey.size()).isGreaterThanOrEqualTo(0.98);
        assertThat(json.get("coverage").get("models").asLong()).isEqualTo(byKey.size());
        // the unmatched list names what is left, with the coverage
        CliRunner.Result unmatched = cli.run("arena", "mapping", "--unmatched", "--store", store.toString());
        assertThat(unmatched.exitCode()).isZero();
        assertThat(unmatched.out())
                .contains("map to an organisation with a country", "qwen-max-0919", "low-confidence");
        assertThat(unmatched.out()).doesNotContain("glm-4.6 ");
    }

    @Test
    void adoptionPutsRatingsBesideTheStoresDownloads() {
        JsonNode json = cli.json(store, "arena", "adoption", "--source", "llmfit");
        assertThat(json.get("leaderboardDate").asText()).isEqualTo("2025-11-09");
        JsonNode rows = json.get("rows");
        assertThat(rows.size()).isGreaterThan(10);
        JsonNode spearman = json.get("spearman");
        assertThat(spearman.get("n").asInt()).isGreaterThan(10).isLessThanOrEqualTo(rows.size());
        // the correlation recomputed from the rows: the best-rated row of each repository, ranks with ties averaged
        Map<String, double[]> pairs = new LinkedHashMap<>();
        rows.forEach(row -> pairs.putIfAbsent(
                row.get("hubId").asText(),
                new double[] {row.get("rating").asDouble(), row.get("downloads").asDouble()}));
        assertThat(spearman.get("n").asInt()).isEqualTo(pairs.size());
        assertThat(spearman.get("rho").asDouble())
                .isCloseTo(spearmanByPairs(List.copyOf(pairs.values())), within(1e-9));
    }

    /** Spearman's rho as Pearson's correlation of mid-ranks, computed by counting (O(n²)), not by sorting. */
    static double spearmanByPairs(List<double[]> pairs) {
        int n = pairs.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int side = 0; side < 2; side++) {
                double below = 0;
                double equal = 0;
                for (double[] other : pairs) {
                    if (other[side] < pairs.get(i)[side]) {
                        below++;
                    } else if (other[side] == pairs.get(i)[side]) {
                        equal++;
                    }
                }
                (side == 0 ? x : y)[i] = below + (equal + 1) / 2;
            }
        }
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void badLeaderboardFilesAndFlagsAreRefusedAndLeaveTheStoreAsItWas() throws IOException {
        Path bad = directory.resolve("history.csv");
        Files.writeString(
                bad,
                "date,rank,model,score,ci95,votes,organization,license\n"
                        + "2030-01-01,1,good-model,1400,±4,\"1,000\",Google,Proprietary\n"
                        + "2030-01-01,x,bad-model,1400,±4,10,Google,Proprietary\n"
                        + "2030-01-01,2,other-model,1300,~4,10,Google,Proprietary\n");
        JsonNode before = cli.json(store, "arena", "--at", "2030-12-31");
        CliRunner.Result result =
                cli.run("import", "--format", "lmarena-history", bad.toString(), "--store", store.toString());
        assertThat(result.exitCode()).isEqualTo(65);
        assertThat(result.err())
                .contains("history.csv:3", "rank \"x\"", "history.csv:4", "ci95 \"~4\"", "nothing was imported");
        assertThat(cli.json(store, "arena", "--at", "2030-12-31")).isEqualTo(before);

        Path header = directory.resolve("wrong.csv");
        Files.writeString(header, "model,score\nx,1\n");
        CliRunner.Result wrong =
                cli.run("import", "--format", "arena-history", header.toString(), "--store", store.toString());
        assertThat(wrong.exitCode()).isEqualTo(65);
        assertThat(wrong.err()).contains("wrong.csv:1", "not a arena-history file", "expected key,Model,rating");

        CliRunner.Result every = cli.run("arena", "--every", "week", "--store", store.toString());
        assertThat(every.exitCode()).isEqualTo(2);
        assertThat(every.err()).contains("--every \"week\"");
        CliRunner.Result type = cli.run("arena", "--by", "type", "--store", store.toString());
        assertThat(type.exitCode()).isEqualTo(2);
        assertThat(type.err()).contains("country or organization");
        CliRunner.Result early = cli.run("arena", "--at", "2020-01-01", "--store", store.toString());
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).contains("no leaderboard date on or before 2020-01-01");
    }

    @Test
    void theApiAnswersWhatTheCommandPrints() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (org.modelcensus.serve.CensusApi api = new org.modelcensus.serve.CensusApi(
                org.modelcensus.store.CensusStore.openForReading(store),
                org.modelcensus.attribution.OrganizationRegistry.bundled(),
                json,
                org.modelcensus.serve.ServeLimits.defaults())) {
            JsonNode answered = json.readTree(api.arena(
                    Map.of("open-only", List.of("true"), "at", List.of("2025-11-09"), "by", List.of("organization"))));
            assertThat(answered)
                    .isEqualTo(cli.json(store, "arena", "--open-only", "--at", "2025-11-09", "--by", "organization"));
            JsonNode adoption = json.readTree(api.arenaAdoption(Map.of("source", List.of("llmfit"))));
            assertThat(adoption).isEqualTo(cli.json(store, "arena", "adoption", "--source", "llmfit"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> api.arena(Map.of("every", List.of("week"))))
                    .hasMessageContaining("--every \"week\"");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> api.arena(Map.of("open-only", List.of("yes"))))
                    .hasMessageContaining("true or false");
        }
    }

    @Test
    void aStoreWithoutStandingsSaysHowToImportThem() {
        Path empty = directory.resolve("no-arena.duckdb");
        assertThat(cli.run(
                                "import",
                                "--format",
                                "llmfit",
                                "../data/sample/llmfit/hf_models_2026-05-10T1400Z.json.gz",
                                "--store",
                                empty.toString())
                        .exitCode())
                .isZero();
        CliRunner.Result result = cli.run("arena", "--store", empty.toString());
        assertThat(result.exitCode()).isEqualTo(65);
        assertThat(result.err()).contains("no leaderboard standings", "--format arena-history");
    }
}
