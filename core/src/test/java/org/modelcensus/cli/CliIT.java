package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.Fixtures;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.sample.SampleData;
import org.modelcensus.store.BundledSample;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.SnapshotImporter;

class CliIT {
    /** A terminal wide enough that no line wraps: for tests of what the text says, not how it fits. */
    private static final Map<String, String> WIDE = Map.of("COLUMNS", "1000");

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void reportOnAFreshMachineSeedsTheDefaultStoreOnceAndPrintsTheSummary() {
        CliRunner cli = new CliRunner(home, Map.of());

        CliRunner.Result first = cli.run("report");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err())
                .contains("the default store " + home.resolve(".modelcensus/census.duckdb") + " is empty; loading the"
                        + " bundled sample");
        assertThat(first.out())
                .contains(
                        "Snapshot 2026-05-10 (llmfit): 1,851 models, 871,109,847 downloads in the 30 days before the"
                                + " snapshot",
                        "Downloads by country",
                        "Top 15 organisations",
                        "Downloads by developer type",
                        "Concentration (over attributed groups: UNKNOWN left out, shares renormalised): HHI",
                        "Reproduce: modelcensus shares --by country --at 2026-05-10 --source llmfit --measure"
                                + " downloads30d",
                        "data/sample/llmfit/hf_models_2026-05-10T1400Z.json.gz (sha256 ",
                        "Registry data/organizations.csv (");
        assertThat(Files.exists(home.resolve(".modelcensus/census.duckdb"))).isTrue();

        CliRunner.Result second = cli.run("report");
        assertThat(second.err()).doesNotContain("loading the bundled sample");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void theReportsOwnCommandReproducesTheWholeReportLineageIncluded() {
        CliRunner cli = new CliRunner(home, Map.of());
        Path store = work.resolve("reproduce.duckdb");
        assertThat(cli.run("import", "--sample", "--store", store.toString()).exitCode())
                .isZero();

        JsonNode report = cli.json(store, "report");
        String reproduce = report.get("reproduce").asText();
        List<String> flags =
                List.of(reproduce.substring("modelcensus report ".length()).split(" "));
        JsonNode again = cli.json(store, CliRunner.args("report", flags));
        // the report of an earlier day is the store as it stood then: no later snapshot in any section
        JsonNode earlier = cli.json(store, "report", "--at", "2026-03-01");

        assertThat(reproduce).startsWith("modelcensus report --at 2026-05-10").doesNotContain("--source");
        assertThat(again).isEqualTo(report);
        assertThat(report.get("lineage").isObject()).isTrue();
        assertThat(earlier.get("countries").get("snapshot").asText()).isEqualTo("2026-03-01");
        earlier.get("time")
                .forEach(section -> section.get("uploader")
                        .get("points")
                        .forEach(point -> assertThat(point.get("date").asText()).isLessThanOrEqualTo("2026-03-01")));
        earlier.get("headlines")
                .forEach(headline ->
                        assertThat(headline.get("snapshot").asText()).isLessThanOrEqualTo("2026-03-01"));
    }

    @Test
    void everySharesLineTheReportSaysReproducesItRunsWithTheReportsFlags() {
        CliRunner cli = new CliRunner(home, Map.of());
        String store = work.resolve("sample.duckdb").toString();
        assertThat(cli.run("import", "--sample", "--store", store).exitCode()).isZero();

        CliRunner.Result report = cli.run("report", "--unknown-as", "INTL", "--store", store);

        assertThat(report.exitCode()).as(report.err()).isZero();
        // a long command wraps as a shell reads it: a line ending in a backslash goes on on the next one
        List<String> commands = report.out()
                .replaceAll(" \\\\\n\\s*", " ")
                .lines()
                .map(String::strip)
                .filter(line -> line.startsWith("Reproduce: modelcensus shares "))
                .map(line -> line.substring("Reproduce: modelcensus ".length()))
                .toList();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(6);
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.addAll(List.of("--format", "csv", "--store", store));
            CliRunner.Result shares = cli.run(args.toArray(String[]::new));
            // counted as the report counted them, unregistered namespaces are International/Online, never UNKNOWN
            assertThat(shares.exitCode()).as(command + ": " + shares.err()).isZero();
            assertThat(shares.out()).as(command).doesNotContain(",UNKNOWN,");
        }
    }

    @Test
    void anInterruptedSeedingIsFinishedByTheNextRun() throws Exception {
        Path path = home.resolve(".modelcensus/census.duckdb");
        try (CensusStore store = LineageDerivation.openStore(path, new ObjectMapper())) {
            BundledSample.Part first = BundledSample.parts().get(0);
            new SnapshotImporter(store, json, java.time.Clock.systemUTC())
                    .importFiles(
                            first.files(),
                            first.format(),
                            new ImportOptions(java.util.Optional.empty(), java.util.Optional.of(first.source()), false),
                            rows -> {});
            try (var statement = store.connection().createStatement()) {
                statement.execute("INSERT INTO store_info VALUES ('bundled_sample', 'loading')");
            }
        }

        CliRunner.Result status = new CliRunner(home, Map.of()).run("status", "--format", "json");
        CliRunner.Result again = new CliRunner(home, Map.of()).run("status", "--format", "json");

        assertThat(status.err()).contains("loading the bundled sample");
        assertThat(json.readTree(status.out()).get("snapshots").size())
                .as("llmfit, forecast-hf, lineage-crawl, and three dates of osir-lmts on two hubs")
                .isEqualTo(11 + 232 + 4 + 3 * 2);
        assertThat(again.err()).doesNotContain("loading the bundled sample");
        assertThat(again.out()).isEqualTo(status.out());
    }

    @Test
    void aNamedStoreIsNeverSeeded() {
        Path store = work.resolve("mine.duckdb");

        CliRunner.Result byFlag = new CliRunner(home, Map.of()).run("status", "--store", store.toString());
        CliRunner.Result byEnvironment =
                new CliRunner(home, Map.of("MODELCENSUS_STORE", store.toString())).run("report");

        assertThat(byFlag.exitCode()).isEqualTo(2);
        assertThat(byFlag.err())
                .contains("store " + store + " does not exist; import snapshots into it first")
                .doesNotContain("bundled sample");
        assertThat(byEnvironment.exitCode()).isEqualTo(2);
        assertThat(byEnvironment.err()).contains("store " + store + " does not exist");
        assertThat(Files.exists(home.resolve(".modelcensus"))).isFalse();
    }

    @Test
    void importSampleFillsANamedStoreAndStatusListsItsSnapshots() throws IOException {
        CliRunner cli = new CliRunner(home, Map.of());
        String store = work.resolve("census.duckdb").toString();

        CliRunner.Result imported = cli.run("import", "--sample", "--store", store);
        CliRunner.Result status = cli.run("status", "--format", "json", "--store", store);

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains("Imported 10,589 model rows into 11 snapshots of source llmfit from 2026-02-26 to 2026-05-10;"
                        + " 8 rows repeated a model of the same snapshot and the last one was kept.")
                .contains("into 232 snapshots of source forecast-hf from 2024-07-02 to 2025-02-18")
                .contains("Imported 27,574 model rows into 6 snapshots of sources osir-lmts and osir-lmts-modelscope"
                        + " from 2025-05-07 to 2025-07-07");
        JsonNode snapshots = json.readTree(status.out()).get("snapshots");
        List<String> llmfitDates = new ArrayList<>();
        for (JsonNode snapshot : snapshots) {
            String source = snapshot.get("source").asText();
            if (source.equals("llmfit")) {
                llmfitDates.add(snapshot.get("date").asText());
            }
            if (source.equals("forecast-hf") || source.equals("osir-lmts-modelscope")) {
                assertThat(snapshot.get("downloads30d").isNull()).as(source).isTrue();
            } else {
                assertThat(snapshot.get("downloadsAllTime").isNull()).as(source).isTrue();
            }
        }
        // the twelve llmfit scrapes, the last of each day (two were made on 2026-02-26)
        assertThat(llmfitDates).hasSize(11).startsWith("2026-02-26").endsWith("2026-05-10");
        JsonNode latest = snapshots.get(snapshots.size() - 1);
        assertThat(latest.get("models").asLong()).isEqualTo(1851);
        assertThat(latest.get("downloads30d").asLong()).isEqualTo(871_109_847L);
        // 232 days of forecast-hf series, the lineage crawls of four dates, the OSIR-LMTS crawls of three on two hubs
        assertThat(snapshots.size()).isEqualTo(11 + 232 + 4 + 3 * 2);
    }

    @Test
    void sharesJsonHasTheDocumentedShape() throws IOException {
        CliRunner cli = new CliRunner(home, Map.of());

        CliRunner.Result result = cli.run("shares", "--by", "country", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode root = json.readTree(result.out());
        assertThat(root.get("measure").asText()).isEqualTo("downloads30d");
        assertThat(root.get("by").asText()).isEqualTo("country");
        assertThat(root.get("view").asText()).isEqualTo("uploader");
        assertThat(root.get("snapshot").asText()).isEqualTo("2026-05-10");
        assertThat(root.get("totalDownloads").asLong()).isEqualTo(871_109_847L);
        assertThat(root.get("coverage").asDouble()).isBetween(0.95, 1.0);
        JsonNode first = root.get("rows").get(0);
        assertThat(first.get("key").asText()).isEqualTo("CN");
        assertThat(first.get("label").asText()).isEqualTo("China");
        assertThat(first.has("downloads") && first.has("share") && first.has("models"))
                .isTrue();
        double shares = 0;
        long downloads = 0;
        for (JsonNode row : root.get("rows")) {
            shares += row.get("share").asDouble();
            downloads += row.get("downloads").asLong();
        }
        assertThat(shares).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(downloads).isEqualTo(871_109_847L);
        JsonNode concentration = root.get("concentration");
        assertThat(concentration.get("effectiveNumber").asDouble())
                .isCloseTo(10_000 / concentration.get("hhi").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(concentration.has("gini") && concentration.has("top1") && concentration.has("top5"))
                .isTrue();
    }

    @Test
    void sharesAsCsvNameTheirSnapshotOnEveryRow() {
        CliRunner.Result result = new CliRunner(home, Map.of())
                .run("shares", "--by", "type", "--format", "csv", "--at", "2025-02-18", "--source", "forecast-hf");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("snapshot,source,measure,view,by,key,label,downloads,share,models");
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(line).startsWith("2025-02-18,forecast-hf,alltime,uploader,type,"));
    }

    @Test
    void aBadLineFailsTheImportWithExitCode65AndLeavesStatusUnchanged() throws IOException {
        CliRunner cli = new CliRunner(home, Map.of());
        String store = work.resolve("census.duckdb").toString();
        cli.run(
                "import",
                Fixtures.path("hub/crawl_20250422.jsonl").toString(),
                "--format",
                "hub-jsonl",
                "--store",
                store);
        String before = cli.run("status", "--format", "json", "--store", store).out();
        Path bad = work.resolve("bad.jsonl");
        Files.writeString(
                bad,
                "{\"id\":\"x/ok\",\"downloads\":3}\n{\"id\":\"x/bad\",\"downloads\":\"lots\"}\n",
                StandardCharsets.UTF_8);

        CliRunner.Result result = cli.run(
                "import", bad.toString(), "--format", "hub-jsonl", "--snapshot-date", "2025-04-22", "--store", store);

        assertThat(result.exitCode()).isEqualTo(65);
        assertThat(result.err())
                .contains(bad + ":2: \"downloads\" is \"lots\"; expected a non-negative integer")
                .doesNotContain("Exception");
        assertThat(cli.run("status", "--format", "json", "--store", store).out())
                .isEqualTo(before);
    }

    @Test
    void usageErrorsExitWith2AndSayWhatWasExpected() {
        CliRunner cli = new CliRunner(home, Map.of());
        String store = work.resolve("census.duckdb").toString();

        CliRunner.Result unknownGroup = cli.run("shares", "--by", "planet");
        CliRunner.Result missingGroup = cli.run("shares");
        CliRunner.Result unknownFormat = cli.run("import", "x.jsonl", "--format", "parquet", "--store", store);
        CliRunner.Result noDate = cli.run(
                "import",
                Fixtures.path("forecast-hf/DeepSeek.csv").toString(),
                "--format",
                "hub-jsonl",
                "--store",
                store);
        CliRunner.Result badMeasure = cli.run("shares", "--by", "country", "--measure", "likes");
        CliRunner.Result unavailable = cli.run("shares", "--by", "country", "--measure", "alltime");
        CliRunner.Result badDate = cli.run("shares", "--by", "country", "--at", "yesterday");
        CliRunner.Result noSnapshot = cli.run("shares", "--by", "country", "--at", "2020-01-01");

        assertThat(unknownGroup.exitCode()).isEqualTo(2);
        assertThat(unknownGroup.err()).contains("--by is \"planet\"; expected one of country, organization, type");
        assertThat(missingGroup.exitCode()).isEqualTo(2);
        assertThat(missingGroup.err())
                .isEqualTo("modelcensus shares: Missing required option: '--by=GROUP'\n"
                        + "Try 'modelcensus shares --help'.\n");
        assertThat(unknownFormat.exitCode()).isEqualTo(2);
        assertThat(unknownFormat.err())
                .contains("unknown --format \"parquet\"; expected one of hub-jsonl, llmfit, forecast-hf");
        assertThat(noDate.exitCode()).isEqualTo(2);
        assertThat(noDate.err()).contains("DeepSeek.csv: no snapshot date; give --snapshot-date YYYY-MM-DD");
        assertThat(badMeasure.exitCode()).isEqualTo(2);
        assertThat(badMeasure.err()).contains("--measure is \"likes\"; expected one of downloads30d, alltime");
        assertThat(unavailable.exitCode()).isEqualTo(2);
        assertThat(unavailable.err())
                .contains("snapshot 2026-05-10 (llmfit) has no all-time download counts, which --measure alltime"
                        + " needs; its source llmfit records 30-day counts only");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("'--at'", "yesterday");
        assertThat(noSnapshot.exitCode()).isEqualTo(2);
        assertThat(noSnapshot.err()).contains("no snapshot on or before 2020-01-01");
    }

    @Test
    void familiesRefusesViewOptionsAndTheReportsLineageFollowsItsSource() {
        CliRunner cli = new CliRunner(home, WIDE);

        CliRunner.Result families = cli.run("families", "--view", "origin");
        CliRunner.Result forecast = cli.run("report", "--source", "forecast-hf");

        assertThat(families.exitCode()).isEqualTo(2);
        assertThat(families.err()).contains("Unknown options: '--view'");
        assertThat(forecast.exitCode()).as(forecast.err()).isZero();
        assertThat(forecast.out())
                .contains("Lineage: no snapshot in the store of source forecast-hf declares base models; import Hub API"
                        + " data with base_model tags")
                .doesNotContain("Lineage - snapshot");
    }

    @Test
    void aCustomRegistryChangesTheAttribution() throws IOException {
        Path registry = work.resolve("registry.csv");
        Files.writeString(
                registry,
                "namespace,organization,country,type,source\nQwen,Alibaba,CN,big-tech,https://www.alibabagroup.com\n",
                StandardCharsets.UTF_8);

        CliRunner.Result result = new CliRunner(home, Map.of())
                .run("shares", "--by", "country", "--format", "json", "--registry", registry.toString());

        // independently: the sample file's Qwen downloads go to CN, everything else is UNKNOWN
        SampleData.Snapshot latest = SampleData.llmfit("llmfit/hf_models_2026-05-10T1400Z.json.gz");
        long qwen = latest.downloadsByNamespace().get("qwen");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode root = json.readTree(result.out());
        assertThat(root.get("registry").get("rows").asInt()).isEqualTo(1);
        Map<String, Long> byCountry = new java.util.HashMap<>();
        root.get("rows")
                .forEach(row -> byCountry.put(
                        row.get("key").asText(), row.get("downloads").asLong()));
        assertThat(byCountry).containsOnly(Map.entry("CN", qwen), Map.entry("UNKNOWN", latest.total() - qwen));
        assertThat(root.get("coverage").asDouble()).isCloseTo((double) qwen / latest.total(), within(1e-12));
    }

    @Test
    void lineageShowsAModelsTreeAndTheWholeGraphAsJson() throws IOException {
        CliRunner cli = new CliRunner(home, WIDE);

        CliRunner.Result tree = cli.run("lineage", "--model", "unsloth/r1-1776");
        CliRunner.Result all = cli.run("lineage", "--format", "json");
        CliRunner.Result unknown = cli.run("lineage", "--model", "nobody/nothing");

        assertThat(tree.exitCode()).as(tree.err()).isZero();
        assertThat(tree.out())
                .contains(
                        "Lineage of unsloth/r1-1776 in snapshot 2025-04-22 (lineage-crawl): depth 2, roots"
                                + " deepseek-ai/DeepSeek-R1",
                        "  unsloth/r1-1776\n  └─ finetune: perplexity-ai/r1-1776\n     └─ finetune:"
                                + " deepseek-ai/DeepSeek-R1\n");
        JsonNode root = json.readTree(all.out());
        assertThat(root.get("snapshot").asText()).isEqualTo("2025-04-22");
        assertThat(root.get("models").size()).isEqualTo(407);
        JsonNode model = null;
        for (JsonNode candidate : root.get("models")) {
            if (candidate.get("id").asText().equals("unsloth/r1-1776")) {
                model = candidate;
            }
        }
        assertThat(model).isNotNull();
        assertThat(model.get("parents").get(0).get("id").asText()).isEqualTo("perplexity-ai/r1-1776");
        assertThat(model.get("parents").get(0).get("relation").asText()).isEqualTo("finetune");
        assertThat(model.get("roots").get(0).asText()).isEqualTo("deepseek-ai/DeepSeek-R1");
        assertThat(model.get("depth").asInt()).isEqualTo(2);
        assertThat(root.get("quality").has("dangling")).isTrue();
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--model nobody/nothing is neither a model of snapshot 2025-04-22");
    }

    @Test
    void sharesInTheOriginViewAndFamilies() throws IOException {
        CliRunner cli = new CliRunner(home, Map.of());

        CliRunner.Result origin = cli.run(
                "shares", "--by", "country", "--view", "origin", "--source", "lineage-crawl", "--format", "json");
        CliRunner.Result families = cli.run("families", "--top", "2", "--format", "json");
        CliRunner.Result badView = cli.run("shares", "--by", "country", "--view", "planet");
        CliRunner.Result badTop = cli.run("families", "--top", "0");

        JsonNode shares = json.readTree(origin.out());
        assertThat(shares.get("view").asText()).isEqualTo("origin");
        assertThat(shares.get("rows").get(0).get("key").asText()).isEqualTo("CN");
        assertThat(shares.get("lineage").get("cycles").asLong()).isZero();
        JsonNode table = json.readTree(families.out());
        assertThat(table.get("families").size()).isEqualTo(2);
        assertThat(table.get("families").get(0).get("root").asText()).isEqualTo("deepseek-ai/DeepSeek-R1");
        assertThat(table.get("families")
                        .get(0)
                        .get("derivatives")
                        .get("finetune")
                        .asLong())
                .isPositive();
        assertThat(badView.exitCode()).isEqualTo(2);
        assertThat(badView.err()).contains("--view is \"planet\"; expected uploader or origin");
        assertThat(badTop.exitCode()).isEqualTo(2);
        assertThat(badTop.err()).contains("--top is 0; expected a positive number");
    }

    @Test
    void theReportHasALineageSection() {
        CliRunner.Result report = new CliRunner(home, WIDE).run("report");

        assertThat(report.out())
                .contains(
                        "Lineage - snapshot 2025-04-22 (lineage-crawl), the latest whose models declare base models",
                        "Country shares: uploader view against origin view",
                        "Largest families",
                        "Registry check",
                        "Reproduce: modelcensus shares --by country --at 2025-04-22 --source lineage-crawl --measure"
                                + " downloads30d --view origin");
    }

    @Test
    void lineageCommandsNeedASnapshotWithDeclaredBaseModels() {
        CliRunner.Result result = new CliRunner(home, Map.of()).run("families", "--source", "llmfit");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no snapshot that declares base models of source \"llmfit\"");
    }
}
