package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

class CliIT {
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
                        "Snapshot 2026-05-10 (llmfit): 1,852 models, 871,860,639 downloads in the 30 days before the"
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
                        + " 1 row repeated a model of the same snapshot and the last one was kept.")
                .contains("into 232 snapshots of source forecast-hf from 2024-07-02 to 2025-02-18");
        JsonNode snapshots = json.readTree(status.out()).get("snapshots");
        List<String> llmfitDates = new ArrayList<>();
        for (JsonNode snapshot : snapshots) {
            if (snapshot.get("source").asText().equals("llmfit")) {
                llmfitDates.add(snapshot.get("date").asText());
                assertThat(snapshot.get("downloadsAllTime").isNull()).isTrue();
            } else {
                assertThat(snapshot.get("downloads30d").isNull()).isTrue();
            }
        }
        // the twelve llmfit scrapes, the last of each day (two were made on 2026-02-26)
        assertThat(llmfitDates).hasSize(11).startsWith("2026-02-26").endsWith("2026-05-10");
        JsonNode latest = snapshots.get(snapshots.size() - 1);
        assertThat(latest.get("models").asLong()).isEqualTo(1852);
        assertThat(latest.get("downloads30d").asLong()).isEqualTo(871_860_639L);
        // 232 days of forecast-hf series
        assertThat(snapshots.size()).isEqualTo(11 + 232);
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
        assertThat(root.get("totalDownloads").asLong()).isEqualTo(871_860_639L);
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
        assertThat(downloads).isEqualTo(871_860_639L);
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
        assertThat(missingGroup.err()).contains("Missing required option: '--by=GROUP'", "Usage: modelcensus shares");
        assertThat(unknownFormat.exitCode()).isEqualTo(2);
        assertThat(unknownFormat.err())
                .contains("unknown --format \"parquet\"; expected one of hub-jsonl, llmfit, forecast-hf");
        assertThat(noDate.exitCode()).isEqualTo(2);
        assertThat(noDate.err()).contains("DeepSeek.csv: no snapshot date; give --snapshot-date YYYY-MM-DD");
        assertThat(badMeasure.exitCode()).isEqualTo(2);
        assertThat(badMeasure.err()).contains("--measure is \"likes\"; expected one of downloads30d, alltime");
        assertThat(unavailable.exitCode()).isEqualTo(2);
        assertThat(unavailable.err())
                .contains("snapshot 2026-05-10 (llmfit) has no all-time downloads up to the snapshot");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("'--at'", "yesterday");
        assertThat(noSnapshot.exitCode()).isEqualTo(2);
        assertThat(noSnapshot.err()).contains("no snapshot on or before 2020-01-01");
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

        JsonNode root = json.readTree(result.out());
        assertThat(root.get("registry").get("rows").asInt()).isEqualTo(1);
        assertThat(root.get("rows").get(0).get("key").asText()).isIn("CN", "UNKNOWN");
        assertThat(root.get("coverage").asDouble()).isLessThan(0.95);
    }
}
