package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.cli.CliRunner;
import org.modelcensus.sample.SampleData;

/**
 * {@code sensitivity} and the counting flags of {@code shares}, each variant recomputed here from the snapshots' own
 * JSON with plain Jackson and a hand count of the rules, not the program's readers or SQL: on five hand-built weekly
 * snapshots that exercise every rule, and on the bundled llmfit scrape of 2026-05-10.
 */
class SensitivityIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The hand-built registry: namespace → country, type. */
    private static final Map<String, String[]> REGISTRY = new LinkedHashMap<>();

    static {
        REGISTRY.put("qwen", new String[] {"Alibaba", "CN", "big-tech"});
        REGISTRY.put("deepseek-ai", new String[] {"DeepSeek", "CN", "ai-lab"});
        REGISTRY.put("meta-llama", new String[] {"Meta", "US", "big-tech"});
        REGISTRY.put("tinyco", new String[] {"Tiny Co", "US", "ai-lab"});
        REGISTRY.put("mistralai", new String[] {"Mistral AI", "FR", "ai-lab"});
        REGISTRY.put("hkust-nlp", new String[] {"HKUST", "HK", "academic"});
        REGISTRY.put("ntu-spml", new String[] {"National Taiwan University", "TW", "academic"});
        REGISTRY.put("bartowski", new String[] {"bartowski", "INTL", "intermediary"});
    }

    private static final String[] DATES = {"2026-01-01", "2026-01-11", "2026-01-21", "2026-01-31", "2026-02-10"};

    /** One hand-built model: its all-time counts at the five dates, its 30-day count at the last. */
    private record Model(
            String id,
            long[] allTime,
            long downloads30d,
            long likes,
            long parameters,
            String baseModel,
            String relation,
            List<String> tags) {
        String namespace() {
            return id.substring(0, id.indexOf('/')).toLowerCase(Locale.ROOT);
        }
    }

    private static final List<Model> MODELS = List.of(
            new Model(
                    "Qwen/Qwen3-8B",
                    counts(1000, 2000, 3000, 4000, 5000),
                    3000,
                    500,
                    8_000_000_000L,
                    null,
                    null,
                    List.of()),
            new Model(
                    "Qwen/Qwen3-8B-GGUF",
                    counts(100, 300, 500, 700, 900),
                    600,
                    20,
                    8_000_000_000L,
                    "Qwen/Qwen3-8B",
                    "quantized",
                    List.of("gguf")),
            new Model(
                    "deepseek-ai/DeepSeek-V3",
                    counts(500, 600, 700, 5700, 5800),
                    5100,
                    900,
                    671_000_000_000L,
                    null,
                    null,
                    List.of()),
            new Model(
                    "meta-llama/Llama-3.1-8B",
                    counts(3000, 5000, 7000, 9000, 11000),
                    6000,
                    800,
                    8_000_000_000L,
                    null,
                    null,
                    List.of()),
            new Model(
                    "bartowski/Llama-3.1-8B-GGUF",
                    counts(200, 600, 1000, 1400, 1800),
                    1200,
                    10,
                    8_000_000_000L,
                    "meta-llama/Llama-3.1-8B",
                    null,
                    List.of("gguf")),
            new Model(
                    "stranger/llama-tune",
                    counts(50, 150, 250, 350, 450),
                    300,
                    5,
                    8_000_000_000L,
                    "meta-llama/Llama-3.1-8B",
                    "finetune",
                    List.of()),
            new Model(
                    "hf-internal-testing/tiny-random-LlamaForCausalLM",
                    counts(0, 900, 1800, 2700, 3600),
                    2700,
                    0,
                    1_000_000L,
                    null,
                    null,
                    List.of()),
            new Model(
                    "tinyco/micro",
                    counts(0, 40_000, 80_000, 120_000, 160_000),
                    120_000,
                    3,
                    5_000_000L,
                    null,
                    null,
                    List.of()),
            new Model(
                    "mistralai/Mistral-7B",
                    counts(4000, 4500, 4500, 4500, 4500),
                    700,
                    300,
                    7_000_000_000L,
                    null,
                    null,
                    List.of()),
            new Model("hkust-nlp/deita", counts(10, 60, 110, 160, 210), 150, 12, 7_000_000_000L, null, null, List.of()),
            new Model("ntu-spml/distilhubert", counts(20, 40, 60, 80, 100), 60, 3, 23_000_000L, null, null, List.of()),
            new Model(
                    "stranger/own-model",
                    counts(300, 400, 500, 600, 700),
                    300,
                    1,
                    1_000_000_000L,
                    null,
                    null,
                    List.of()));

    @TempDir
    static Path directory;

    private static Path store;
    private static Path registry;
    private static CliRunner cli;

    private static Path sample;

    /** The bundled sample in a store of its own, imported once for the tests that read it. */
    private static synchronized Path sampleStore() {
        if (sample == null) {
            Path path = directory.resolve("sample.duckdb");
            CliRunner.Result imported = cli.run("import", "--sample", "--store", path.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            sample = path;
        }
        return sample;
    }

    private static long[] counts(long... values) {
        return values;
    }

    @BeforeAll
    static void importSnapshots() throws IOException {
        registry = directory.resolve("registry.csv");
        StringBuilder rows = new StringBuilder("namespace,organization,country,type,source\n");
        REGISTRY.forEach((namespace, row) -> rows.append(namespace)
                .append(',')
                .append(row[0])
                .append(',')
                .append(row[1])
                .append(',')
                .append(row[2])
                .append(",https://huggingface.co/")
                .append(namespace)
                .append('\n'));
        Files.writeString(registry, rows);
        List<String> files = new ArrayList<>();
        for (int day = 0; day < DATES.length; day++) {
            StringBuilder lines = new StringBuilder();
            for (Model model : MODELS) {
                ObjectNode node = JSON.createObjectNode();
                node.put("id", model.id());
                node.put("createdAt", "2025-12-01T00:00:00.000Z");
                node.put("downloadsAllTime", model.allTime()[day]);
                // the 30-day counts matter at the last snapshot only
                node.put("downloads", day == DATES.length - 1 ? model.downloads30d() : model.allTime()[day] / 2);
                node.put("likes", model.likes());
                node.putObject("safetensors").put("total", model.parameters());
                ArrayNode tags = node.putArray("tags");
                model.tags().forEach(tags::add);
                if (model.baseModel() != null) {
                    tags.add("base_model:" + model.baseModel());
                    ObjectNode card = node.putObject("cardData");
                    card.put("base_model", model.baseModel());
                    if (model.relation() != null) {
                        card.put("base_model_relation", model.relation());
                    }
                }
                lines.append(JSON.writeValueAsString(node)).append('\n');
            }
            Path file = directory.resolve("census_" + DATES[day] + ".jsonl");
            Files.writeString(file, lines);
            files.add(file.toString());
        }
        store = directory.resolve("census.duckdb");
        cli = new CliRunner(directory, Map.of());
        List<String> arguments = new ArrayList<>(List.of("import", "--format", "hub-jsonl", "--source", "hand"));
        arguments.addAll(files);
        arguments.addAll(List.of("--store", store.toString()));
        CliRunner.Result imported = cli.run(arguments.toArray(String[]::new));
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    // ---- the rules, counted by hand -------------------------------------------------------------------------------

    private static boolean repackaged(Model model) {
        boolean declares = model.baseModel() != null;
        boolean format = model.tags().stream()
                .anyMatch(Set.of("gguf", "mlx", "awq", "gptq", "exl2", "compressed-tensors")::contains);
        boolean intermediary =
                REGISTRY.containsKey(model.namespace()) && REGISTRY.get(model.namespace())[2].equals("intermediary");
        return "quantized".equals(model.relation()) || (declares && format) || intermediary;
    }

    private static boolean automated(Model model, long downloads) {
        String id = model.id().toLowerCase(Locale.ROOT);
        boolean named = id.contains("-internal-testing/") || id.contains("tiny-random");
        boolean tiny =
                model.parameters() < 10_000_000 && downloads >= 10_000 && downloads >= 10_000 * (model.likes() + 1);
        return named || tiny;
    }

    /** A model's root, following declared bases within the snapshot. */
    private static Model root(Model model) {
        Model current = model;
        while (current.baseModel() != null) {
            String base = current.baseModel();
            current = MODELS.stream()
                    .filter(other -> other.id().equals(base))
                    .findFirst()
                    .orElseThrow();
        }
        return current;
    }

    private static String country(Model credited, Map<String, String> regions) {
        String[] row = REGISTRY.get(credited.namespace());
        if (row == null) {
            return "UNKNOWN";
        }
        return regions.getOrDefault(row[1], row[1]);
    }

    /** Shares by country: downloads of the counted models, each credited where {@code credit} says. */
    private static Map<String, Double> shares(
            Function<Model, Long> downloads,
            Predicate<Model> counted,
            Function<Model, Model> credit,
            Map<String, String> regions,
            boolean excludeUnknown) {
        Map<String, Long> sums = new TreeMap<>();
        for (Model model : MODELS) {
            if (counted.test(model)) {
                sums.merge(country(credit.apply(model), regions), downloads.apply(model), Long::sum);
            }
        }
        if (excludeUnknown) {
            sums.remove("UNKNOWN");
        }
        long total = sums.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new TreeMap<>();
        sums.forEach((key, value) -> {
            if (value > 0) {
                shares.put(key, value / (double) total);
            }
        });
        return shares;
    }

    private static Map<String, Double> rows(JsonNode table) {
        Map<String, Double> shares = new TreeMap<>();
        for (JsonNode row : table.get("rows")) {
            if (row.get("downloads").asDouble() > 0) {
                shares.put(row.get("key").asText(), row.get("share").asDouble());
            }
        }
        return shares;
    }

    private static JsonNode variant(JsonNode sensitivity, String name) {
        for (JsonNode variant : sensitivity.get("variants")) {
            if (variant.get("name").asText().equals(name)) {
                return variant;
            }
        }
        throw new AssertionError("no variant " + name + " in " + sensitivity.get("variants"));
    }

    private static void assertSharesEqual(Map<String, Double> actual, Map<String, Double> expected, String what) {
        assertThat(actual.keySet()).as(what).isEqualTo(expected.keySet());
        expected.forEach(
                (key, share) -> assertThat(actual.get(key)).as(what + " " + key).isCloseTo(share, within(1e-12)));
    }

    /** The variant's flags make {@code shares} print exactly its rows. */
    private static void assertReproduced(JsonNode variant) {
        List<String> arguments = new ArrayList<>(List.of("shares"));
        arguments.addAll(List.of(variant.get("flags").asText().split(" ")));
        arguments.addAll(List.of("--registry", registry.toString()));
        JsonNode shares = cli.json(store, arguments.toArray(String[]::new));
        assertThat(shares.get("rows")).as(variant.get("flags").asText()).isEqualTo(variant.get("rows"));
        assertThat(shares.get("models")).as(variant.get("flags").asText()).isEqualTo(variant.get("models"));
        assertThat(shares.get("totalDownloads"))
                .as(variant.get("flags").asText())
                .isEqualTo(variant.get("totalDownloads"));
    }

    @Test
    void everyVariantOfThe30DayMeasureMatchesAHandCount() {
        JsonNode sensitivity = cli.json(
                store, "sensitivity", "--by", "country", "--compare", "CN,US", "--registry", registry.toString());
        Function<Model, Long> thirtyDays = Model::downloads30d;
        Map<String, String> apart = Map.of();
        Predicate<Model> all = model -> true;
        Map<String, Double> baseline = shares(thirtyDays, all, model -> model, apart, false);
        assertSharesEqual(rows(sensitivity.get("baseline")), baseline, "baseline");

        Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
        expected.put("origin view", shares(thirtyDays, all, SensitivityIT::root, apart, false));
        expected.put("re-packaged left out", shares(thirtyDays, model -> !repackaged(model), m -> m, apart, false));
        expected.put(
                "re-packaged to their roots",
                shares(thirtyDays, all, model -> repackaged(model) ? root(model) : model, apart, false));
        expected.put(
                "automated left out",
                shares(thirtyDays, model -> !automated(model, model.downloads30d()), m -> m, apart, false));
        // Mistral's all-time count has not moved since 2026-01-11, 30 days before: its 30-day count is stale
        Function<Model, Long> fresh = model -> model.allTime()[4] == model.allTime()[1] ? 0 : model.downloads30d();
        expected.put("stale counters as 0", shares(fresh, all, m -> m, apart, false));
        expected.put("unknown EXCLUDE", shares(thirtyDays, all, m -> m, apart, true));
        expected.put("unknown PROPORTIONAL", shares(thirtyDays, all, m -> m, apart, true));
        expected.put("regions cn-sar", shares(thirtyDays, all, m -> m, Map.of("HK", "CN", "MO", "CN"), false));
        expected.put(
                "regions cn-sar-tw",
                shares(thirtyDays, all, m -> m, Map.of("HK", "CN", "MO", "CN", "TW", "CN"), false));
        Function<Model, Long> allTime = model -> model.allTime()[4];
        expected.put("measure alltime", shares(allTime, all, m -> m, apart, false));
        expected.put(
                "all combined",
                shares(
                        fresh,
                        model -> !repackaged(model) && !automated(model, fresh.apply(model)),
                        m -> m,
                        apart,
                        true));
        expected.forEach((name, shares) -> {
            JsonNode variant = variant(sensitivity, name);
            assertSharesEqual(rows(variant), shares, name);
            assertReproduced(variant);
        });

        // what each variant changed: the models and downloads that left their baseline group
        JsonNode dropped = variant(sensitivity, "re-packaged left out").get("changed");
        List<Model> repackaged =
                MODELS.stream().filter(SensitivityIT::repackaged).toList();
        assertThat(dropped.get("models").asLong()).isEqualTo(repackaged.size());
        assertThat(dropped.get("downloads").asLong())
                .isEqualTo(repackaged.stream().mapToLong(Model::downloads30d).sum());
        JsonNode stale = variant(sensitivity, "stale counters as 0").get("changed");
        assertThat(stale.get("downloads").asLong()).isEqualTo(700);

        // the gap CN - US over the baseline and every variant; US leads in the baseline (tinyco's automated downloads)
        List<Map<String, Double>> every = new ArrayList<>(expected.values());
        every.add(baseline);
        every.add(shares(thirtyDays, all, m -> m, apart, false)); // unknown INTL: INTL grows, CN and US do not move
        double min = every.stream().mapToDouble(SensitivityIT::gap).min().orElseThrow();
        double max = every.stream().mapToDouble(SensitivityIT::gap).max().orElseThrow();
        JsonNode gap = sensitivity.get("gap");
        assertThat(gap.get("a").asText()).isEqualTo("CN");
        assertThat(gap.get("baseline").asDouble()).isCloseTo(gap(baseline), within(1e-12));
        assertThat(gap.get("min").asDouble()).isCloseTo(min, within(1e-12));
        assertThat(gap.get("max").asDouble()).isCloseTo(max, within(1e-12));
        List<String> signChanges = new ArrayList<>();
        expected.forEach((name, shares) -> {
            if (Math.signum(gap(shares)) != Math.signum(gap(baseline))) {
                signChanges.add(name);
            }
        });
        assertThat(gap(baseline)).isNegative();
        assertThat(signChanges).contains("automated left out");
        List<String> reported = new ArrayList<>();
        gap.get("signChanges").forEach(name -> reported.add(name.asText()));
        assertThat(reported).containsExactlyInAnyOrderElementsOf(signChanges);

        // the range of each group over the same tables
        for (JsonNode range : sensitivity.get("range")) {
            String key = range.get("key").asText();
            if (key.equals("UNKNOWN")) {
                continue;
            }
            double low = every.stream()
                    .mapToDouble(table -> table.getOrDefault(key, 0.0))
                    .min()
                    .orElseThrow();
            double high = every.stream()
                    .mapToDouble(table -> table.getOrDefault(key, 0.0))
                    .max()
                    .orElseThrow();
            assertThat(range.get("min").asDouble()).as(key).isCloseTo(low, within(1e-12));
            assertThat(range.get("max").asDouble()).as(key).isCloseTo(high, within(1e-12));
        }

        // what the data cannot answer is said, not dropped: spikes need a window
        List<String> skipped = new ArrayList<>();
        sensitivity
                .get("notApplicable")
                .forEach(item -> skipped.add(item.get("name").asText()));
        assertThat(skipped).contains("spikes capped");
        // every model was created on 2025-12-01, a month before the first snapshot: no first year can be measured
        assertThat(skipped).contains("measure firstyear");
    }

    private static double gap(Map<String, Double> shares) {
        return shares.getOrDefault("CN", 0.0) - shares.getOrDefault("US", 0.0);
    }

    @Test
    void aSpikeInTheWindowIsCappedAtTheModelsNextLargestStep() {
        JsonNode capped = cli.json(
                store,
                "shares",
                "--by",
                "country",
                "--measure",
                "window",
                "--from",
                DATES[0],
                "--to",
                DATES[4],
                "--cap-spikes",
                "--registry",
                registry.toString());
        // DeepSeek-V3 gained 100, 100, 5,000, 100: the 5,000 carries over half its gain, so it counts as 100
        Function<Model, Long> window = model -> {
            long gain = model.allTime()[4] - model.allTime()[0];
            List<Long> steps = new ArrayList<>();
            for (int day = 1; day < DATES.length; day++) {
                steps.add(Math.max(0, model.allTime()[day] - model.allTime()[day - 1]));
            }
            steps.sort(Long::compare);
            long largest = steps.get(steps.size() - 1);
            long sum = steps.stream().mapToLong(Long::longValue).sum();
            return largest * 100 > 50 * sum ? Math.max(0, gain - (largest - steps.get(steps.size() - 2))) : gain;
        };
        assertThat(window.apply(MODELS.get(2))).isEqualTo(400);
        assertSharesEqual(rows(capped), shares(window, model -> true, m -> m, Map.of(), false), "capped window");
        assertThat(capped.get("counting").get("flags").asText()).isEqualTo("--cap-spikes");
    }

    @Test
    void badCountingFlagsAreRefusedWithTheirReason() {
        CliRunner.Result both = cli.run(
                "shares",
                "--by",
                "country",
                "--exclude",
                "repackaged",
                "--repackaged-to-root",
                "--store",
                store.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("either left out (--exclude repackaged) or credited to their roots");
        CliRunner.Result unknown =
                cli.run("shares", "--by", "country", "--exclude", "bots", "--store", store.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--exclude is \"bots\"").contains("repackaged or automated");
        CliRunner.Result regions =
                cli.run("shares", "--by", "country", "--group-regions", "asia", "--store", store.toString());
        assertThat(regions.exitCode()).isEqualTo(2);
        assertThat(regions.err()).contains("apart, cn-sar, cn-sar-tw");
        CliRunner.Result spikes = cli.run("shares", "--by", "country", "--cap-spikes", "--store", store.toString());
        assertThat(spikes.exitCode()).isNotZero();
        assertThat(spikes.err()).contains("--cap-spikes").contains("--measure window");
        CliRunner.Result compare =
                cli.run("sensitivity", "--by", "country", "--compare", "CN,XX", "--store", store.toString());
        assertThat(compare.exitCode()).isEqualTo(2);
        assertThat(compare.err()).contains("\"XX\"");
    }

    @Test
    void topListsTheModelsBehindAGroupWithTheirPartsAndFlags() {
        JsonNode top = cli.json(store, "top", "--by", "country", "--key", "US", "--registry", registry.toString());
        // US: meta-llama and tinyco; the 30-day counts by hand
        List<Model> us = MODELS.stream()
                .filter(model -> List.of("meta-llama", "tinyco").contains(model.namespace()))
                .sorted((left, right) -> Long.compare(right.downloads30d(), left.downloads30d()))
                .toList();
        long total = us.stream().mapToLong(Model::downloads30d).sum();
        assertThat(top.get("group").get("downloads").asLong()).isEqualTo(total);
        JsonNode models = top.get("models");
        assertThat(models).hasSize(us.size());
        double cumulative = 0;
        for (int rank = 0; rank < us.size(); rank++) {
            JsonNode entry = models.get(rank);
            Model model = us.get(rank);
            cumulative += model.downloads30d() / (double) total;
            assertThat(entry.get("id").asText()).isEqualTo(model.id());
            assertThat(entry.get("shareOfGroup").asDouble())
                    .isCloseTo(model.downloads30d() / (double) total, within(1e-12));
            assertThat(entry.get("cumulativeShare").asDouble()).isCloseTo(cumulative, within(1e-12));
            List<String> flags = new ArrayList<>();
            entry.get("flags").forEach(flag -> flags.add(flag.asText()));
            assertThat(flags)
                    .as(model.id())
                    .isEqualTo(automated(model, model.downloads30d()) ? List.of("tiny-model-volume") : List.of());
        }
        // in the origin view the fine-tune and the GGUF reach meta-llama through their root
        JsonNode origin = cli.json(
                store, "top", "--by", "country", "--key", "US", "--view", "origin", "--registry", registry.toString());
        List<String> ids = new ArrayList<>();
        origin.get("models").forEach(entry -> ids.add(entry.get("id").asText()));
        assertThat(ids).contains("bartowski/Llama-3.1-8B-GGUF", "stranger/llama-tune");
        for (JsonNode entry : origin.get("models")) {
            if (entry.get("id").asText().equals("stranger/llama-tune")) {
                assertThat(entry.get("root").asText()).isEqualTo("meta-llama/Llama-3.1-8B");
                assertThat(entry.get("relation").asText()).isEqualTo("finetune");
            }
        }
        // the stale counter is flagged without being zeroed; the automated list holds the rules' models only
        JsonNode france = cli.json(store, "top", "--by", "country", "--key", "FR", "--registry", registry.toString());
        assertThat(france.get("models").get(0).get("flags").get(0).asText()).isEqualTo("stale");
        JsonNode automated = cli.json(
                store,
                "top",
                "--by",
                "country",
                "--key",
                "UNKNOWN",
                "--flagged",
                "automated",
                "--registry",
                registry.toString());
        assertThat(automated.get("models")).hasSize(1);
        assertThat(automated.get("models").get(0).get("id").asText())
                .isEqualTo("hf-internal-testing/tiny-random-LlamaForCausalLM");
        // unregistered namespaces by downloads, counted by hand
        JsonNode unknown = cli.json(store, "top", "--unknown", "--registry", registry.toString());
        Map<String, Long> byNamespace = new TreeMap<>();
        MODELS.stream()
                .filter(model -> !REGISTRY.containsKey(model.namespace()))
                .forEach(model -> byNamespace.merge(
                        model.id().substring(0, model.id().indexOf('/')), model.downloads30d(), Long::sum));
        Map<String, Long> listed = new TreeMap<>();
        unknown.get("namespaces")
                .forEach(row -> listed.put(
                        row.get("namespace").asText(), row.get("downloads").asLong()));
        assertThat(listed).isEqualTo(byNamespace);
        CliRunner.Result neither = cli.run("top", "--store", store.toString());
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("--unknown");
        CliRunner.Result badKey = cli.run(
                "top",
                "--by",
                "country",
                "--key",
                "XX",
                "--store",
                store.toString(),
                "--registry",
                registry.toString());
        assertThat(badKey.exitCode()).isEqualTo(2);
        assertThat(badKey.err()).contains("\"XX\"").contains("CN");
    }

    @Test
    void forecastHfsOctober2024ChinaIsOneModel(@TempDir Path home) {
        Path sample = home.resolve("sample.duckdb");
        CliRunner runner = new CliRunner(home, Map.of());
        assertThat(runner.run("import", "--sample", "--store", sample.toString())
                        .exitCode())
                .isZero();
        JsonNode top = runner.json(
                sample,
                "top",
                "--by",
                "country",
                "--key",
                "CN",
                "--source",
                "forecast-hf",
                "--measure",
                "window",
                "--from",
                "2024-09-30",
                "--to",
                "2024-10-31",
                "--limit",
                "1");
        // the window's gain of each model, from the series' own CSVs
        Map<String, Long> start = null;
        Map<String, Long> end = null;
        for (SampleData.Snapshot snapshot : SampleData.forecastSnapshots()) {
            if (snapshot.name().endsWith("2024-09-30")) {
                start = snapshot.downloadsByModel();
            } else if (snapshot.name().endsWith("2024-10-31")) {
                end = snapshot.downloadsByModel();
            }
        }
        Map<String, Long> before = start;
        long qwen = end.get("Qwen/Qwen2.5-1.5B-Instruct") - before.getOrDefault("Qwen/Qwen2.5-1.5B-Instruct", 0L);
        JsonNode first = top.get("models").get(0);
        assertThat(first.get("id").asText()).isEqualTo("Qwen/Qwen2.5-1.5B-Instruct");
        assertThat(first.get("downloads").asLong()).isEqualTo(qwen);
        assertThat(first.get("shareOfGroup").asDouble())
                .isCloseTo(qwen / top.get("group").get("downloads").asDouble(), within(1e-12))
                .isGreaterThan(0.8);
    }

    /** The three parts of a change, counted from per-model downloads: [same, entered, left], then the change. */
    private static double[] parts(Map<String, Long> before, Map<String, Long> after, Predicate<String> inGroup) {
        double totalBefore = before.values().stream().mapToLong(Long::longValue).sum();
        double totalAfter = after.values().stream().mapToLong(Long::longValue).sum();
        double[] parts = new double[4];
        double groupBefore = 0;
        double groupAfter = 0;
        for (Map.Entry<String, Long> entry : after.entrySet()) {
            if (!inGroup.test(entry.getKey()) || entry.getValue() <= 0) {
                continue;
            }
            groupAfter += entry.getValue();
            long earlier = before.getOrDefault(entry.getKey(), 0L);
            if (earlier > 0) {
                parts[0] += entry.getValue() / totalAfter - earlier / totalBefore;
            } else {
                parts[1] += entry.getValue() / totalAfter;
            }
        }
        for (Map.Entry<String, Long> entry : before.entrySet()) {
            if (inGroup.test(entry.getKey()) && entry.getValue() > 0) {
                groupBefore += entry.getValue();
                if (after.getOrDefault(entry.getKey(), 0L) <= 0) {
                    parts[2] -= entry.getValue() / totalBefore;
                }
            }
        }
        parts[3] = groupAfter / totalAfter - groupBefore / totalBefore;
        return parts;
    }

    private static void assertExplained(JsonNode group, double[] expected) {
        JsonNode parts = group.get("parts");
        double same = parts.get("same").get("shareChange").asDouble();
        double entered = parts.get("entered").get("shareChange").asDouble();
        double left = parts.get("left").get("shareChange").asDouble();
        assertThat(same).isCloseTo(expected[0], within(1e-12));
        assertThat(entered).isCloseTo(expected[1], within(1e-12));
        assertThat(left).isCloseTo(expected[2], within(1e-12));
        assertThat(group.get("change").asDouble()).isCloseTo(expected[3], within(1e-12));
        // the three parts add up to the change of the printed shares
        assertThat(same + entered + left)
                .isCloseTo(
                        group.get("shareTo").asDouble() - group.get("shareFrom").asDouble(), within(1e-15));
    }

    @Test
    void aChangeOfShareSplitsIntoModelsAtBothDatesEnteringAndLeaving(@TempDir Path home) {
        Path sample = home.resolve("sample.duckdb");
        CliRunner runner = new CliRunner(home, Map.of());
        assertThat(runner.run("import", "--sample", "--store", sample.toString())
                        .exitCode())
                .isZero();
        Map<String, String[]> registry = SampleData.registry();
        Function<String, Predicate<String>> country = code -> id -> {
            String[] row = registry.get(id.substring(0, id.indexOf('/')).toLowerCase(Locale.ROOT));
            return row != null && row[1].equals(code);
        };

        // llmfit: CN and US from the first scrape to the last, 30-day counts
        List<SampleData.Snapshot> scrapes = SampleData.llmfitSnapshots();
        Map<String, Long> first = scrapes.get(0).downloadsByModel();
        Map<String, Long> last = scrapes.get(scrapes.size() - 1).downloadsByModel();
        JsonNode llmfit = runner.json(
                sample,
                "series",
                "--by",
                "country",
                "--source",
                "llmfit",
                "--explain",
                "CN,US",
                "--from",
                "2026-02-26",
                "--to",
                "2026-05-10");
        assertExplained(llmfit.get("groups").get(0), parts(first, last, country.apply("CN")));
        assertExplained(llmfit.get("groups").get(1), parts(first, last, country.apply("US")));
        // CN's rise comes from the models llmfit added to its list
        assertThat(llmfit.get("groups")
                        .get(0)
                        .get("parts")
                        .get("entered")
                        .get("shareChange")
                        .asDouble())
                .isGreaterThan(llmfit.get("groups").get(0).get("change").asDouble());

        // forecast-hf: 30-day windows of all-time counts ending 2024-09-30 and 2024-10-31
        Map<String, Map<String, Long>> days = new HashMap<>();
        SampleData.forecastSnapshots()
                .forEach(snapshot ->
                        days.put(snapshot.name().substring("forecast-hf ".length()), snapshot.downloadsByModel()));
        Function<String[], Map<String, Long>> window = ends -> {
            Map<String, Long> start = days.get(ends[0]);
            Map<String, Long> gains = new TreeMap<>();
            days.get(ends[1]).forEach((id, count) -> gains.put(id, Math.max(0, count - start.getOrDefault(id, 0L))));
            return gains;
        };
        Map<String, Long> september = window.apply(new String[] {"2024-08-31", "2024-09-30"});
        Map<String, Long> october = window.apply(new String[] {"2024-10-01", "2024-10-31"});
        JsonNode forecast = runner.json(
                sample,
                "series",
                "--by",
                "country",
                "--source",
                "forecast-hf",
                "--measure",
                "window",
                "--explain",
                "CN",
                "--from",
                "2024-09-30",
                "--to",
                "2024-10-31");
        JsonNode china = forecast.get("groups").get(0);
        assertExplained(china, parts(september, october, country.apply("CN")));
        // October's spike is one model
        JsonNode largest = china.get("parts").get("same").get("largest").get(0);
        assertThat(largest.get("id").asText()).isEqualTo("Qwen/Qwen2.5-1.5B-Instruct");
        assertThat(largest.get("shareChange").asDouble())
                .isGreaterThan(china.get("change").asDouble() * 0.9);
    }

    /** The bundled llmfit scrape of 2026-05-10, read with plain Jackson: last row of an id (any case) wins. */
    private record Listed(String id, long downloads, long likes, long parameters) {}

    private static Map<String, Listed> llmfit() throws IOException {
        Map<String, Listed> models = new LinkedHashMap<>();
        try (InputStream input = new GZIPInputStream(
                Files.newInputStream(Path.of("../data/sample/llmfit/hf_models_2026-05-10T1400Z.json.gz")))) {
            for (JsonNode model : JSON.readTree(input)) {
                String id = model.get("name").asText();
                models.put(
                        id.toLowerCase(Locale.ROOT),
                        new Listed(
                                id,
                                model.get("hf_downloads").asLong(),
                                model.path("hf_likes").asLong(0),
                                model.path("parameters_raw").asLong(Long.MAX_VALUE)));
            }
        }
        return models;
    }

    @Test
    void onTheBundledLlmfitScrapeTheCleaningVariantsMatchAPlainCount(@TempDir Path home) throws IOException {
        Path sample = home.resolve("sample.duckdb");
        CliRunner runner = new CliRunner(home, Map.of());
        assertThat(runner.run("import", "--sample", "--store", sample.toString())
                        .exitCode())
                .isZero();
        JsonNode sensitivity = runner.json(sample, "sensitivity", "--by", "country", "--source", "llmfit");
        Map<String, String[]> registry = SampleData.registry();
        Map<String, Listed> models = llmfit();
        Map<String, Map<String, Long>> sums = new HashMap<>();
        for (Listed model : models.values()) {
            String namespace = model.id().substring(0, model.id().indexOf('/')).toLowerCase(Locale.ROOT);
            String[] row = registry.get(namespace);
            String country = row == null ? "UNKNOWN" : row[1];
            String lower = model.id().toLowerCase(Locale.ROOT);
            boolean named = lower.contains("-internal-testing/")
                    || lower.startsWith("nm-testing/")
                    || lower.startsWith("hf-tiny-model-private/")
                    || lower.contains("tiny-random")
                    || lower.contains("random-tiny")
                    || lower.contains("tiny-dummy")
                    || lower.contains("-unit-test");
            boolean tiny = model.parameters() < 10_000_000
                    && model.downloads() >= 10_000
                    && model.downloads() >= 10_000 * (model.likes() + 1);
            boolean intermediary = row != null && row[2].equals("intermediary");
            sums.computeIfAbsent("baseline", ignored -> new TreeMap<>()).merge(country, model.downloads(), Long::sum);
            if (!named && !tiny) {
                sums.computeIfAbsent("automated left out", ignored -> new TreeMap<>())
                        .merge(country, model.downloads(), Long::sum);
            }
            // llmfit declares no base models: only the registry's intermediaries are re-packagers here
            if (!intermediary) {
                sums.computeIfAbsent("re-packaged left out", ignored -> new TreeMap<>())
                        .merge(country, model.downloads(), Long::sum);
            }
            String grouped = country.equals("HK") || country.equals("MO") ? "CN" : country;
            sums.computeIfAbsent("regions cn-sar", ignored -> new TreeMap<>())
                    .merge(grouped, model.downloads(), Long::sum);
        }
        Map<String, Long> known = new TreeMap<>(sums.get("baseline"));
        known.remove("UNKNOWN");
        sums.put("unknown EXCLUDE", known);
        for (Map.Entry<String, Map<String, Long>> entry : sums.entrySet()) {
            long total = entry.getValue().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            Map<String, Double> expected = new TreeMap<>();
            entry.getValue().forEach((key, value) -> {
                if (value > 0) {
                    expected.put(key, value / (double) total);
                }
            });
            JsonNode table = entry.getKey().equals("baseline")
                    ? sensitivity.get("baseline")
                    : variant(sensitivity, entry.getKey());
            assertSharesEqual(rows(table), expected, entry.getKey());
        }
        // the origin view equals the uploader view on llmfit, and says why
        assertThat(variant(sensitivity, "origin view").get("rows"))
                .isEqualTo(sensitivity.get("baseline").get("rows"));
        JsonNode origin = runner.json(sample, "shares", "--by", "country", "--source", "llmfit", "--view", "origin");
        assertThat(origin.get("note").asText()).contains("no model of this snapshot declares a base model");
    }

    @Test
    void aResultSaysWhatItsSourceIsACensusOf() {
        CliRunner.Result report = cli.run("report", "--store", sampleStore().toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        List<String> firstLines = report.out().lines().limit(8).toList();
        assertThat(String.join(" ", firstLines).replaceAll("\\s+", " "))
                .contains("Source llmfit is no census of the Hub")
                .contains("These are shares of its models, not of the Hub.");
        JsonNode json = cli.json(sampleStore(), "report");
        assertThat(json.toString()).contains("\"sourceCoverage\":{\"census\":\"no\"");
        // the report's "How robust is this?" is the sensitivity of its country table
        assertThat(String.join(" ", report.out().lines().toList())).contains("How robust is this?");
        assertThat(json.get("robustness")).isEqualTo(cli.json(sampleStore(), "sensitivity", "--by", "country"));
        JsonNode forecast = cli.json(sampleStore(), "shares", "--by", "country", "--source", "forecast-hf");
        assertThat(forecast.get("sourceCoverage").get("statement").asText()).contains("830 models of 17");
        // a source of its own label is judged by its format: a file of Hub objects may or may not be the whole Hub
        JsonNode hand = cli.json(store, "shares", "--by", "country", "--registry", registry.toString());
        assertThat(hand.get("sourceCoverage").get("census").asText()).isEqualTo("unknown");
        assertThat(hand.get("sourceCoverage").get("statement").asText()).contains("only if the file holds the whole");
    }

    @Test
    void aSeriesWarnsWhereItsPanelOfModelsChanges() {
        JsonNode series = cli.json(sampleStore(), "series", "--by", "country", "--source", "llmfit");
        List<SampleData.Snapshot> scrapes = SampleData.llmfitSnapshots();
        List<String> expected = new ArrayList<>();
        for (int index = 1; index < scrapes.size(); index++) {
            Map<String, Long> before = scrapes.get(index - 1).downloadsByModel();
            Map<String, Long> after = scrapes.get(index).downloadsByModel();
            if (Math.abs(after.size() - before.size()) * 100 < 10 * before.size()) {
                continue;
            }
            long entered = 0;
            long enteredDownloads = 0;
            for (Map.Entry<String, Long> model : after.entrySet()) {
                if (!before.containsKey(model.getKey()) && model.getValue() > 0) {
                    entered++;
                    enteredDownloads += model.getValue();
                }
            }
            expected.add(before.size() + ">" + after.size() + ":" + entered + ":"
                    + String.format(
                            Locale.ROOT,
                            "%.9f",
                            enteredDownloads / (double) scrapes.get(index).total()));
        }
        List<String> reported = new ArrayList<>();
        for (JsonNode change : series.get("panelChanges")) {
            reported.add(change.get("modelsFrom").asLong() + ">"
                    + change.get("modelsTo").asLong() + ":"
                    + change.get("entered").asLong() + ":"
                    + String.format(
                            Locale.ROOT, "%.9f", change.get("enteredShare").asDouble()));
        }
        assertThat(expected).isNotEmpty();
        assertThat(reported).isEqualTo(expected);
        CliRunner.Result table = cli.run(
                "crossover",
                "--by",
                "country",
                "--a",
                "CN",
                "--b",
                "US",
                "--source",
                "llmfit",
                "--store",
                sampleStore().toString());
        assertThat(table.out()).contains("Changing panel");
    }
}
