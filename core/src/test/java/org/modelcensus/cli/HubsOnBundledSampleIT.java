package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.sample.SampleStore;

/**
 * {@code hubs} on the bundled OSIR-LMTS crawls against a recomputation that shares nothing with the program: the
 * crawl files parsed as plain JSON lines, the registry and the hub namespaces as plain CSV, shares and undercounts
 * summed by hand, for both windows the three bundled dates give.
 */
class HubsOnBundledSampleIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;

    private static Path store;
    private static CliRunner cli;

    @BeforeAll
    static void importSample() {
        store = SampleStore.create(directory);
        cli = new CliRunner(directory.resolve("home"), Map.of());
    }

    @Test
    void countrySharesOnEachHubAndTheUndercountMatchARecomputation() throws IOException {
        for (List<String> window : List.of(List.of("2025-05-07", "2025-06-07"), List.of("2025-06-07", "2025-07-07"))) {
            JsonNode printed =
                    cli.json(store, "hubs", "--by", "country", "--from", window.get(0), "--to", window.get(1));
            Map<String, long[]> expected = recompute(window.get(0), window.get(1));

            assertThat(printed.at("/measures/huggingface").asText()).isEqualTo("downloads30d");
            assertThat(printed.at("/measures/modelscope").asText()).isEqualTo("allTimeDelta");
            assertThat(printed.at("/window/from").asText()).isEqualTo(window.get(0));
            long huggingfaceTotal =
                    expected.values().stream().mapToLong(counts -> counts[0]).sum();
            long modelscopeTotal =
                    expected.values().stream().mapToLong(counts -> counts[1]).sum();
            assertThat(printed.at("/totals/huggingface/downloads").asLong()).isEqualTo(huggingfaceTotal);
            assertThat(printed.at("/totals/modelscope/downloads").asLong()).isEqualTo(modelscopeTotal);

            Map<String, JsonNode> rows = new TreeMap<>();
            printed.get("rows").forEach(row -> rows.put(row.get("key").asText(), row));
            assertThat(rows.keySet()).as(window.toString()).isEqualTo(expected.keySet());
            for (Map.Entry<String, long[]> group : expected.entrySet()) {
                JsonNode row = rows.get(group.getKey());
                long huggingface = group.getValue()[0];
                long modelscope = group.getValue()[1];
                double huggingfaceShare = (double) huggingface / huggingfaceTotal;
                double combinedShare = (double) (huggingface + modelscope) / (huggingfaceTotal + modelscopeTotal);
                assertThat(row.at("/downloads/huggingface").asLong()).isEqualTo(huggingface);
                assertThat(row.at("/downloads/modelscope").asLong()).isEqualTo(modelscope);
                assertThat(row.at("/downloads/combined").asLong()).isEqualTo(huggingface + modelscope);
                assertThat(row.at("/share/huggingface").asDouble()).isCloseTo(huggingfaceShare, within(1e-12));
                assertThat(row.at("/share/combined").asDouble()).isCloseTo(combinedShare, within(1e-12));
                assertThat(row.get("undercount").asDouble()).isCloseTo(combinedShare - huggingfaceShare, within(1e-12));
            }
            // China's models are on ModelScope too, the others' are not: its share of both hubs is larger
            assertThat(rows.get("CN").get("undercount").asDouble()).isGreaterThan(0.05);
            assertThat(rows.get("US").get("undercount").asDouble()).isLessThan(0);
        }
    }

    @Test
    void sharesOnModelScopeCountItsNamespacesAsTheHubMappingSays() throws IOException {
        Map<String, String> organizationOfNamespace = new HashMap<>();
        for (String[] row : csv("data/organizations.csv")) {
            organizationOfNamespace.put(row[0].toLowerCase(Locale.ROOT), row[1] + " (" + row[2] + ")");
        }
        Map<String, String> modelscopeOrganization = new HashMap<>();
        for (String[] row : csv("data/hub_namespaces.csv")) {
            modelscopeOrganization.put(
                    row[1].toLowerCase(Locale.ROOT), organizationOfNamespace.get(row[2].toLowerCase(Locale.ROOT)));
        }
        Map<String, JsonNode> before = crawl("modelscope_2025-06-07");
        Map<String, Long> allTime = new TreeMap<>();
        Map<String, Long> window = new TreeMap<>();
        for (Map.Entry<String, JsonNode> model : crawl("modelscope_2025-07-07").entrySet()) {
            String organization = modelscopeOrganization.get(
                    model.getValue().get("repo").asText().toLowerCase(Locale.ROOT));
            long count = model.getValue().get("total_downloads").asLong();
            JsonNode earlier = before.get(model.getKey());
            allTime.merge(organization, count, Long::sum);
            window.merge(
                    organization,
                    Math.max(
                            0,
                            count
                                    - (earlier == null
                                            ? 0
                                            : earlier.get("total_downloads").asLong())),
                    Long::sum);
        }
        assertThat(allTime).doesNotContainKey(null).hasSizeGreaterThan(8);

        JsonNode atEnd = cli.json(store, "shares", "--by", "organization", "--hub", "modelscope");
        JsonNode overWindow = cli.json(
                store,
                "shares",
                "--by",
                "organization",
                "--hub",
                "modelscope",
                "--measure",
                "window",
                "--from",
                "2025-06-07",
                "--to",
                "2025-07-07");

        for (JsonNode printed : List.of(atEnd, overWindow)) {
            assertThat(printed.get("source").asText()).isEqualTo("osir-lmts-modelscope");
            assertThat(printed.get("coverage").asDouble()).isEqualTo(1.0);
        }
        assertThat(atEnd.get("measure").asText()).isEqualTo("alltime");
        assertThat(downloadsByLabel(atEnd)).isEqualTo(allTime);
        assertThat(downloadsByLabel(overWindow)).isEqualTo(window);
        assertThat(cli.json(store, "shares", "--by", "organization")
                        .get("source")
                        .asText())
                .as("without --hub, Hugging Face as before")
                .isEqualTo("llmfit");
    }

    /** Each row's downloads by its label: the organisation and its country, as organizations.csv gives both. */
    private static Map<String, Long> downloadsByLabel(JsonNode shares) {
        Map<String, Long> downloads = new TreeMap<>();
        shares.get("rows")
                .forEach(row -> downloads.put(
                        row.get("label").asText(), row.get("downloads").asLong()));
        return downloads;
    }

    @Test
    void theDefaultWindowIsTheLatestTwoModelScopeSnapshots() {
        JsonNode printed = cli.json(store, "hubs");

        assertThat(printed.at("/window/from").asText()).isEqualTo("2025-06-07");
        assertThat(printed.at("/window/to").asText()).isEqualTo("2025-07-07");
        assertThat(printed.at("/sources/modelscope/source").asText()).isEqualTo("osir-lmts-modelscope");
        assertThat(printed.at("/sources/huggingface/source").asText()).isEqualTo("osir-lmts");
        assertThat(printed.get("caveat").asText()).contains("two different counters");
    }

    @Test
    void aRegistryOfOnesOwnCountsTheModelScopeNamespacesOfTheOrganisationsItLists() throws IOException {
        // Alibaba's namespaces alone, as the bundled registry lists them
        StringBuilder rows = new StringBuilder("namespace,organization,country,type,source\n");
        for (String[] row : csv("data/organizations.csv")) {
            if (row[1].equals("Alibaba")) {
                rows.append(row[0]).append(",Alibaba,CN,big-tech,a test\n");
            }
        }
        Path registry = directory.resolve("own-registry.csv");
        Files.writeString(registry, rows);

        JsonNode own = cli.json(store, "hubs", "--by", "organization", "--registry", registry.toString());
        JsonNode bundled = cli.json(store, "hubs", "--by", "organization");

        assertThat(modelScopeDownloads(own, "Alibaba"))
                .as("Alibaba's ModelScope namespaces count for it as with the bundled registry")
                .isEqualTo(modelScopeDownloads(bundled, "Alibaba"))
                .isPositive();
        assertThat(modelScopeDownloads(own, "UNKNOWN")).isPositive();
    }

    private static long modelScopeDownloads(JsonNode hubs, String key) {
        for (JsonNode row : hubs.get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row.at("/downloads/modelscope").asLong();
            }
        }
        return 0;
    }

    @Test
    void theReportHoldsTheComparisonOfItsDay() {
        JsonNode report = cli.json(store, "report");

        assertThat(report.get("hubs")).isEqualTo(cli.json(store, "hubs"));
        assertThat(cli.run("report", "--store", store.toString()).out())
                .contains("Beyond Hugging Face: how much the Hugging Face view undercounts")
                .contains("Reproduce: modelcensus hubs --by country --from 2025-06-07 --to 2025-07-07");
        JsonNode ofModelScope = cli.json(store, "report", "--hub", "modelscope");
        assertThat(ofModelScope.at("/countries/source").asText()).isEqualTo("osir-lmts-modelscope");
        assertThat(ofModelScope.at("/organizations/rows/0/key").asText()).isEqualTo("Alibaba");
        assertThat(ofModelScope.get("hubs")).isEqualTo(cli.json(store, "hubs"));
        JsonNode before = cli.json(store, "report", "--source", "forecast-hf");
        assertThat(before.get("hubs").isNull())
                .as("a report of a day before the ModelScope crawls")
                .isTrue();
        assertThat(before.get("omitted").toString()).contains("Beyond Hugging Face", "no ModelScope snapshot");
    }

    @Test
    void aWindowTheSourcesDoNotHoldIsAUsageError() {
        CliRunner.Result result = cli.run("hubs", "--from", "2025-05-08", "--store", store.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("source osir-lmts-modelscope has no snapshot at 2025-05-08")
                .contains("2025-05-07, 2025-06-07, 2025-07-07");
    }

    @Test
    void theSameModelsOnBothHubsAreLinkedAsCheckedByHand() {
        JsonNode printed = cli.json(store, "hubs", "--links");
        Map<String, String> links = new HashMap<>();
        printed.get("links")
                .forEach(link -> links.put(
                        link.get("modelscope").asText(),
                        link.get("huggingface").asText() + " "
                                + link.get("confidence").asText()));

        // checked on both hubs' pages: the same organisation publishes the same weights under these names
        assertThat(links)
                .containsEntry("Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-7B-Instruct high")
                .containsEntry("ZhipuAI/ChatGLM-6B", "THUDM/chatglm-6b high")
                .containsEntry("Shanghai_AI_Laboratory/internlm2_5-7b-chat", "internlm/internlm2_5-7b-chat high")
                .containsEntry("OpenBMB/MiniCPM-V-2_6", "openbmb/MiniCPM-V-2_6 high")
                .containsEntry(
                        "Shanghai_AI_Laboratory/InternVL3-9B-Instruct", "OpenGVLab/InternVL3-9B-Instruct medium");
        // Alibaba's iic publishes its speech and vision models on ModelScope: none is taken for a Qwen model
        assertThat(links.keySet())
                .noneMatch(id -> id.startsWith("iic/") && links.get(id).startsWith("Qwen/"));
        long high = printed.at("/summary/high").asLong();
        long medium = printed.at("/summary/medium").asLong();
        assertThat(high + medium).isEqualTo(links.size());
        assertThat(high
                        + medium
                        + printed.at("/summary/ambiguous").asLong()
                        + printed.at("/summary/unlinked").asLong())
                .as("every ModelScope model of the snapshot, once")
                .isEqualTo(2635);
    }

    @Test
    void aModelOfTwoNamespacesOfItsOrganisationIsAmbiguous() throws IOException {
        Path crawl = directory.resolve("ambiguous");
        Files.createDirectories(crawl);
        Files.writeString(
                crawl.resolve("huggingface_2025-07-07.jsonl"),
                "{\"repo\": \"THUDM\", \"model_name\": \"glm-4-9b\", \"downloads_last_month\": 5}\n"
                        + "{\"repo\": \"zai-org\", \"model_name\": \"GLM-4-9B\", \"downloads_last_month\": 6}\n",
                StandardCharsets.UTF_8);
        for (String date : List.of("2025-06-07", "2025-07-07")) {
            Files.writeString(
                    crawl.resolve("modelscope_" + date + ".jsonl"),
                    "{\"repo\": \"ZhipuAI\", \"model_name\": \"glm-4-9b\", \"total_downloads\": 9}\n",
                    StandardCharsets.UTF_8);
        }
        Path other = directory.resolve("ambiguous.duckdb");
        try (var files = Files.list(crawl)) {
            List<String> args =
                    new ArrayList<>(List.of("import", "--format", "osir-lmts", "--store", other.toString()));
            files.map(Path::toString).forEach(args::add);
            assertThat(cli.run(args.toArray(String[]::new)).exitCode()).isZero();
        }

        JsonNode printed = cli.json(other, "hubs", "--links");

        assertThat(printed.get("links")).isEmpty();
        assertThat(printed.at("/ambiguous/0/modelscope").asText()).isEqualTo("ZhipuAI/glm-4-9b");
        assertThat(printed.at("/ambiguous/0/candidates").toString()).contains("THUDM/glm-4-9b", "zai-org/GLM-4-9B");
    }

    /** Per country: Hugging Face's 30-day downloads at {@code to}, ModelScope's all-time gain from {@code from}. */
    private static Map<String, long[]> recompute(String from, String to) throws IOException {
        Map<String, String> countryOfNamespace = new HashMap<>();
        for (String[] row : csv("data/organizations.csv")) {
            countryOfNamespace.put(row[0].toLowerCase(Locale.ROOT), row[2]);
        }
        Map<String, String> modelscopeCountry = new HashMap<>();
        for (String[] row : csv("data/hub_namespaces.csv")) {
            modelscopeCountry.put(
                    row[1].toLowerCase(Locale.ROOT), countryOfNamespace.get(row[2].toLowerCase(Locale.ROOT)));
        }
        Map<String, long[]> byCountry = new TreeMap<>();
        for (JsonNode row : crawl("huggingface_" + to).values()) {
            String country =
                    countryOfNamespace.getOrDefault(row.get("repo").asText().toLowerCase(Locale.ROOT), "UNKNOWN");
            byCountry.computeIfAbsent(country, ignored -> new long[2])[0] +=
                    row.get("downloads_last_month").asLong();
        }
        Map<String, JsonNode> before = crawl("modelscope_" + from);
        for (Map.Entry<String, JsonNode> model : crawl("modelscope_" + to).entrySet()) {
            JsonNode earlier = before.get(model.getKey());
            long gain = model.getValue().get("total_downloads").asLong()
                    - (earlier == null ? 0 : earlier.get("total_downloads").asLong());
            String namespace = model.getValue().get("repo").asText().toLowerCase(Locale.ROOT);
            String country = modelscopeCountry.getOrDefault(namespace, "UNKNOWN");
            byCountry.computeIfAbsent(country, ignored -> new long[2])[1] += Math.max(gain, 0);
        }
        return byCountry;
    }

    /** A crawl file's rows by model id; a model listed twice keeps its last row. */
    private static Map<String, JsonNode> crawl(String name) throws IOException {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        try (BufferedReader reader = reader("data/sample/osir-lmts/" + name + ".jsonl.gz", true)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    JsonNode row = JSON.readTree(line);
                    rows.put(
                            row.get("repo").asText() + "/"
                                    + row.get("model_name").asText(),
                            row);
                }
            }
        }
        return rows;
    }

    private static List<String[]> csv(String resource) throws IOException {
        try (BufferedReader reader = reader(resource, false)) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .toList();
        }
    }

    private static BufferedReader reader(String resource, boolean gzip) throws IOException {
        Path file = Path.of("..").resolve(resource);
        InputStream input = Files.newInputStream(file);
        return new BufferedReader(
                new InputStreamReader(gzip ? new GZIPInputStream(input) : input, StandardCharsets.UTF_8));
    }
}
