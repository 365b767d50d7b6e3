package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.source.ModelId;

/** The Parquet formats (hub-stats, the study's dataset) on small files written here with the published columns. */
class ParquetFormatsIT {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void importsAHubStatsDumpAsOneSnapshot() throws Exception {
        Path file = directory.resolve("models_2026-06-01.parquet");
        writeParquet(
                file,
                "SELECT * FROM (VALUES"
                        + " ('Qwen/Qwen3-8B', 'Qwen', 500::BIGINT, 9000::BIGINT, 40::BIGINT,"
                        + "  TIMESTAMPTZ '2025-04-28 10:00:00+00', TIMESTAMPTZ '2025-05-01 00:00:00+00',"
                        + "  ['transformers', 'license:apache-2.0'], 'text-generation', 'transformers'),"
                        + " ('bartowski/Qwen3-8B-GGUF', 'bartowski', 300::BIGINT, 1200::BIGINT, 5::BIGINT,"
                        + "  TIMESTAMPTZ '2025-04-29 10:00:00+00', NULL,"
                        + "  ['gguf', 'base_model:Qwen/Qwen3-8B', 'base_model:quantized:Qwen/Qwen3-8B'], NULL, NULL),"
                        + " ('google/bert-base-uncased', 'google', 200::BIGINT, 99000::BIGINT, 2000::BIGINT,"
                        + "  TIMESTAMPTZ '2022-03-02 23:29:04+00', NULL, [], 'fill-mask', 'transformers'))"
                        + " AS t(id, author, downloads, \"downloadsAllTime\", likes, \"createdAt\", \"lastModified\","
                        + " tags, pipeline_tag, library_name)");
        CliRunner cli = new CliRunner(directory, Map.of());
        String store = directory.resolve("census.duckdb").toString();

        CliRunner.Result imported = cli.run("import", file.toString(), "--format", "hub-stats", "--store", store);
        JsonNode status = json.readTree(
                cli.run("status", "--format", "json", "--store", store).out());
        JsonNode origin = json.readTree(
                cli.run("shares", "--by", "country", "--view", "origin", "--format", "json", "--store", store)
                        .out());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains("Imported 3 model rows into snapshot 2026-06-01 (hub-stats)")
                .contains("1 row had the Hub's placeholder creation date");
        JsonNode snapshot = status.get("snapshots").get(0);
        assertThat(snapshot.get("downloads30d").asLong()).isEqualTo(1000);
        assertThat(snapshot.get("downloadsAllTime").asLong()).isEqualTo(109_200);
        assertThat(snapshot.get("modelsDeclaringBaseModels").asLong()).isEqualTo(1);
        // by origin the GGUF's 300 go to Qwen's China: CN 800, US 200
        Map<String, Long> byCountry = new HashMap<>();
        origin.get("rows")
                .forEach(row -> byCountry.put(
                        row.get("key").asText(), row.get("downloads").asLong()));
        assertThat(byCountry)
                .containsEntry("CN", 800L)
                .containsEntry("US", 200L)
                .hasSize(2);
    }

    @Test
    void readsTheHubsOwnLineageTheCardAndTheParameterCountOfAHubStatsDump() throws Exception {
        Path file = directory.resolve("models_2026-06-02.parquet");
        // one row of each kind the real dumps hold: baseModels naming parents (and tags that disagree), no baseModels
        // but a card naming the base, a card as null, gated as a boolean and as a string, safetensors or none
        writeParquet(
                file,
                "SELECT * FROM (VALUES"
                        + " ('Qwen/Qwen3-8B', 100::BIGINT, ['license:apache-2.0'], NULL,"
                        + "  '{\"license\": \"apache-2.0\"}', {'parameters': MAP {'BF16': 8190735360}, 'total':"
                        + "  8190735360}, 'false', 42),"
                        + " ('someone/qwen3-tune', 40::BIGINT, ['base_model:Qwen/Qwen2.5-7B'],"
                        + "  {'relation': 'finetune', 'models': [{'_id': '6795', 'id': 'Qwen/Qwen3-8B'}]},"
                        + "  '{\"base_model\": \"Qwen/Qwen2.5-7B\", \"license\": [\"mit\", \"other\"]}', NULL, 'auto', 0),"
                        + " ('someone/qwen3-adapter', 7::BIGINT, [], NULL,"
                        + "  '{\"base_model\": [\"Qwen/Qwen3-8B\"], \"base_model_relation\": \"adapter\"}', NULL, 'manual',"
                        + "  NULL),"
                        + " ('someone/plain', 1::BIGINT, NULL, NULL, NULL, NULL, NULL, 3))"
                        + " AS t(id, downloads, tags, \"baseModels\", \"cardData\", safetensors, gated,"
                        + " \"trendingScore\")");
        CliRunner cli = new CliRunner(directory, Map.of());
        Path store = directory.resolve("census.duckdb");

        CliRunner.Result imported =
                cli.run("import", file.toString(), "--format", "hub-stats", "--store", store.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Map<String, List<String>> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT model_id, base_model_declaration, base_model_relation,"
                        + " license, parameters, gated, declares_base_model, base_model_source, trending_score"
                        + " FROM model_observation")) {
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 2; column <= 9; column++) {
                    values.add(rows.getString(column));
                }
                stored.put(rows.getString(1), values);
            }
        }
        assertThat(stored.get("Qwen/Qwen3-8B"))
                .containsExactly(null, null, "apache-2.0", "8190735360", "false", "false", null, "42.0");
        assertThat(stored.get("someone/qwen3-tune"))
                .as("the Hub's baseModels win over the card and the tags")
                .containsExactly("[\"Qwen/Qwen3-8B\"]", "finetune", "mit", null, "auto", "true", "hub", "0.0");
        assertThat(stored.get("someone/qwen3-adapter"))
                .containsExactly("[\"Qwen/Qwen3-8B\"]", "adapter", null, null, "manual", "true", "card", null);
        assertThat(stored.get("someone/plain")).containsExactly(null, null, null, null, null, "false", null, "3.0");
        JsonNode lineage = json.readTree(
                cli.run("lineage", "--model", "someone/qwen3-tune", "--format", "json", "--store", store.toString())
                        .out());
        JsonNode tune = null;
        for (JsonNode model : lineage.get("models")) {
            if (model.get("id").asText().equals("someone/qwen3-tune")) {
                tune = model;
            }
        }
        // the Hub's parent with the Hub's relation, alone: its tag naming Qwen2.5-7B is overruled, and counted
        assertThat(tune).isNotNull();
        assertThat(tune.get("parents").toString()).isEqualTo("[{\"id\":\"Qwen/Qwen3-8B\",\"relation\":\"finetune\"}]");
        assertThat(lineage.get("quality").get("disagreements").asLong()).isEqualTo(1);
    }

    @Test
    void aCardThatIsNotJsonIsARowError() throws Exception {
        Path file = directory.resolve("cards_2026-06-02.parquet");
        writeParquet(file, "SELECT 'a/b' AS id, 'base_model: x' AS \"cardData\"");
        CliRunner cli = new CliRunner(directory, Map.of());

        CliRunner.Result imported = cli.run(
                "import",
                file.toString(),
                "--format",
                "hub-stats",
                "--store",
                directory.resolve("c.duckdb").toString());

        assertThat(imported.exitCode()).isEqualTo(65);
        assertThat(imported.err()).contains("row 1").contains("\"cardData\" is \"base_model: x\"");

        Path trending = directory.resolve("trending_2026-06-02.parquet");
        writeParquet(trending, "SELECT 'a/b' AS id, 'hot' AS \"trendingScore\"");
        CliRunner.Result refused = cli.run(
                "import",
                trending.toString(),
                "--format",
                "hub-stats",
                "--store",
                directory.resolve("c.duckdb").toString());
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err()).contains(trending + ": row 1: \"trendingScore\" is \"hot\"; expected a number");
    }

    @Test
    void reportsBadRowsOfAParquetFileAndImportsNothing() throws Exception {
        Path file = directory.resolve("bad_2026-06-01.parquet");
        writeParquet(
                file,
                "SELECT * FROM (VALUES ('a/ok', 5::BIGINT), (NULL, 3::BIGINT), ('a/negative', -4::BIGINT))"
                        + " AS t(id, downloads)");
        Path noId = directory.resolve("noid_2026-06-01.parquet");
        writeParquet(noId, "SELECT * FROM (VALUES ('a/x', 5::BIGINT)) AS t(model, downloads)");
        CliRunner cli = new CliRunner(directory, Map.of());
        String store = directory.resolve("census.duckdb").toString();

        CliRunner.Result bad = cli.run("import", file.toString(), "--format", "hub-stats", "--store", store);
        CliRunner.Result missing = cli.run("import", noId.toString(), "--format", "hub-stats", "--store", store);

        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err())
                .contains(file + ": row 2: \"id\" is missing; expected the model's Hub id")
                .contains(file + ": row 3: \"downloads\" is -4; expected a non-negative integer");
        assertThat(missing.exitCode()).isEqualTo(65);
        assertThat(missing.err())
                .contains(noId + ": no column id; a hub-stats file needs id (it has downloads, model)");
        assertThat(Path.of(store))
                .as("the store the failed imports would have created")
                .doesNotExist();
    }

    @Test
    void idsThatAreNotHubIdsAreRowErrorsInJsonAndParquetAlike() throws Exception {
        String[] bad = {"../../etc/passwd", "a/b/c", "a b/c", "a/b\nc", "a/b\u0000", "a--b/c"};
        Path parquet = directory.resolve("ids_2026-06-01.parquet");
        StringBuilder values = new StringBuilder("('a/ok', 1::BIGINT)");
        for (String id : bad) {
            values.append(", (")
                    .append("'" + id.replace("\u0000", "' || chr(0) || '") + "'")
                    .append(", 1::BIGINT)");
        }
        writeParquet(parquet, "SELECT * FROM (VALUES " + values + ") AS t(id, downloads)");
        Path jsonl = directory.resolve("ids_2026-06-01.jsonl");
        StringBuilder lines = new StringBuilder("{\"id\":\"a/ok\"}\n");
        ObjectMapper json = new ObjectMapper();
        for (String id : bad) {
            lines.append(json.writeValueAsString(Map.of("id", id))).append('\n');
        }
        Files.writeString(jsonl, lines.toString());
        CliRunner cli = new CliRunner(directory, Map.of());
        String store = directory.resolve("ids.duckdb").toString();

        CliRunner.Result fromParquet = cli.run("import", parquet.toString(), "--format", "hub-stats", "--store", store);
        CliRunner.Result fromJson = cli.run("import", jsonl.toString(), "--format", "hub-jsonl", "--store", store);

        assertThat(fromParquet.exitCode()).isEqualTo(65);
        assertThat(fromParquet.err()).contains(bad.length + " bad rows; nothing was imported");
        for (int row = 2; row <= bad.length + 1; row++) {
            assertThat(fromParquet.err()).contains(parquet + ": row " + row + ": \"id\" is \"");
            assertThat(fromJson.err()).contains(jsonl + ":" + row + ": \"id\" is \"");
        }
        assertThat(fromJson.exitCode()).isEqualTo(65);
        assertThat(fromJson.err())
                .contains(jsonl + ":2: \"id\" is \"../../etc/passwd\"; " + ModelId.EXPECTED)
                .contains(jsonl + ":5: \"id\" is \"a/b\\u000ac\"")
                .doesNotContain("\u0000");
        assertThat(Path.of(store))
                .as("the store the failed imports would have created")
                .doesNotExist();
    }

    @Test
    void theStudysRecomputationNeedsTheColumnsItAttributesBy() throws Exception {
        Path file = directory.resolve("counts_only.parquet");
        writeParquet(
                file,
                "SELECT 'Qwen/a' AS id, TIMESTAMP '2025-03-01 00:00:00' AS time, 5::BIGINT AS \"downloadsAllTime\"");

        CliRunner.Result study = new CliRunner(directory, Map.of()).run("study", "eoi", "--input", file.toString());

        assertThat(study.exitCode()).isEqualTo(65);
        assertThat(study.err())
                .startsWith("modelcensus study eoi: ")
                .contains(file + ": no column created; the study's file needs created, downloadsAllTime, id, time (it"
                        + " has downloadsAllTime, id, time)");

        Path noCountry = directory.resolve("no_country.parquet");
        writeParquet(
                noCountry,
                "SELECT 'Qwen/a' AS id, TIMESTAMP '2025-03-01 00:00:00' AS time, 5::BIGINT AS \"downloadsAllTime\","
                        + " TIMESTAMP '2025-01-01 00:00:00' AS created, 'China' AS org_type");
        CliRunner.Result none = new CliRunner(directory, Map.of()).run("study", "eoi", "--input", noCountry.toString());
        CliRunner.Result absent = new CliRunner(directory, Map.of())
                .run("study", "eoi", "--input", noCountry.toString(), "--attribution", "org_country_single");
        CliRunner.Result unknown = new CliRunner(directory, Map.of())
                .run("study", "eoi", "--input", noCountry.toString(), "--attribution", "org_type");

        assertThat(none.exitCode()).isEqualTo(65);
        assertThat(none.err())
                .contains(noCountry + ": no attribution column; the study's file needs one of org_country,"
                        + " derived_org_country, org_country_single, derived_org_country_single,"
                        + " merged_country_groups_single, merged_derived_country_groups_single (it has created,"
                        + " downloadsAllTime, id, org_type, time)");
        assertThat(absent.exitCode()).isEqualTo(65);
        assertThat(absent.err())
                .contains(noCountry + ": no column org_country_single; the study's file needs created,"
                        + " downloadsAllTime, id, org_country_single, time");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("--attribution org_type is not a column of the study's file; expected one of org_country,");
    }

    /**
     * The study's column variants, window (2024-08-01, 2025-08-01], each model created in it (so all its downloads
     * are first-year downloads); derived columns are empty for models that derive from none:
     *
     * <pre>
     * id      downloads  org_country     _single        merged groups          derived (all three variants)
     * Qwen/a  1000       China           China          China                  -
     * meta/b   600       USA, China      USA            USA                    -
     * comm/c   400       Online          Online         International/Online   China
     * intl/d   200       International   International  International/Online   -
     * x/e      300       United States   United States  USA                    -
     * </pre>
     *
     * Grouped (Online and International as International/Online, United States as USA), of 2500: org_country China
     * 40 %, "USA, China" 24 %, International/Online 24 %, USA 12 %; org_country_single and the merged groups China
     * 40 %, USA 36 %, International/Online 24 %. Derived (a model deriving from none keeps its variant's own): China
     * 1400 = 56 %; derived_org_country "USA, China" 24 %, USA 12 %, International/Online 8 %; the single and merged
     * variants USA 36 %, International/Online 8 %.
     */
    @Test
    void everyAttributionColumnOfTheStudyAndWhichComesClosest() throws Exception {
        Path file = directory.resolve("variants.parquet");
        String[][] models = {
            {"Qwen/a", "1000", "China", "China", "China", null},
            {"meta/b", "600", "USA, China", "USA", "USA", null},
            {"comm/c", "400", "Online", "Online", "International/Online", "China"},
            {"intl/d", "200", "International", "International", "International/Online", null},
            {"x/e", "300", "United States", "United States", "USA", null}
        };
        StringBuilder select = new StringBuilder("SELECT * FROM (VALUES ");
        for (int index = 0; index < models.length; index++) {
            String[] model = models[index];
            String derived = model[5] == null ? "NULL" : "'" + model[5] + "'";
            for (String[] count : new String[][] {{"2024-08-0" + (index + 2), "0"}, {"2025-08-01", model[1]}}) {
                select.append(select.charAt(select.length() - 1) == ' ' ? "" : ", ")
                        .append("('")
                        .append(model[0])
                        .append("', TIMESTAMP '2024-08-0")
                        .append(index + 2)
                        .append(" 00:00:00', TIMESTAMP '")
                        .append(count[0])
                        .append(" 00:00:00', ")
                        .append(count[1])
                        .append("::BIGINT, '")
                        .append(String.join("', '", model[2], model[3], model[4]))
                        .append("', ")
                        .append(String.join(", ", derived, derived, derived))
                        .append(")");
            }
        }
        select.append(") AS t(id, created, time, \"downloadsAllTime\", org_country, org_country_single,"
                + " merged_country_groups_single, derived_org_country, derived_org_country_single,"
                + " merged_derived_country_groups_single)");
        writeParquet(file, select.toString());
        Path singles = directory.resolve("singles.parquet");
        writeParquet(
                singles,
                "SELECT id, created, time, \"downloadsAllTime\", org_country_single, derived_org_country_single"
                        + " FROM '" + file + "'");
        CliRunner cli = new CliRunner(directory, Map.of());

        JsonNode plain = json.readTree(
                cli.run("study", "eoi", "--input", file.toString(), "--from", "2024-08-01", "--format", "json")
                        .out());
        JsonNode merged = json.readTree(cli.run(
                        "study",
                        "eoi",
                        "--input",
                        file.toString(),
                        "--from",
                        "2024-08-01",
                        "--attribution",
                        "merged_derived_country_groups_single",
                        "--format",
                        "json")
                .out());
        JsonNode single = json.readTree(
                cli.run("study", "eoi", "--input", singles.toString(), "--from", "2024-08-01", "--format", "json")
                        .out());
        CliRunner.Result text = cli.run("study", "eoi", "--input", file.toString(), "--from", "2024-08-01");

        assertThat(plain.get("totalDownloads").asLong()).isEqualTo(2500);
        assertThat(plain.get("attributions").get("uploader").asText()).isEqualTo("org_country");
        assertThat(plain.get("attributions").get("derived").asText()).isEqualTo("derived_org_country");
        Map<String, double[]> shares = new HashMap<>();
        plain.get("rows")
                .forEach(row -> shares.put(row.get("country").asText(), new double[] {
                    row.get("uploaderShare").asDouble(), row.get("derivedShare").asDouble()
                }));
        assertThat(shares).containsOnlyKeys("China", "USA, China", "International/Online", "USA");
        assertThat(shares.get("China")).containsExactly(new double[] {0.40, 0.56}, within(1e-12));
        assertThat(shares.get("USA, China")).containsExactly(new double[] {0.24, 0.24}, within(1e-12));
        assertThat(shares.get("International/Online")).containsExactly(new double[] {0.24, 0.08}, within(1e-12));
        assertThat(shares.get("USA")).containsExactly(new double[] {0.12, 0.12}, within(1e-12));

        assertThat(merged.get("attributions").size()).isEqualTo(1);
        assertThat(merged.get("attributions").get("derived").asText())
                .isEqualTo("merged_derived_country_groups_single");
        Map<String, Double> mergedShares = new HashMap<>();
        merged.get("rows")
                .forEach(row -> mergedShares.put(
                        row.get("country").asText(), row.get("derivedShare").asDouble()));
        assertThat(mergedShares).containsOnlyKeys("China", "USA", "International/Online");
        assertThat(mergedShares.get("China")).isCloseTo(0.56, within(1e-12));
        assertThat(mergedShares.get("USA")).isCloseTo(0.36, within(1e-12));
        assertThat(mergedShares.get("International/Online")).isCloseTo(0.08, within(1e-12));

        assertThat(single.get("attributions").get("uploader").asText()).isEqualTo("org_country_single");
        assertThat(single.get("attributions").get("derived").asText()).isEqualTo("derived_org_country_single");

        // Which column comes closest to each published figure, recomputed from the hand-counted table above.
        Map<String, Map<String, Double>> expected = Map.of(
                "China",
                Map.of(
                        "org_country",
                        0.40,
                        "derived_org_country",
                        0.56,
                        "org_country_single",
                        0.40,
                        "derived_org_country_single",
                        0.56,
                        "merged_country_groups_single",
                        0.40,
                        "merged_derived_country_groups_single",
                        0.56),
                "USA",
                Map.of(
                        "org_country",
                        0.12,
                        "derived_org_country",
                        0.12,
                        "org_country_single",
                        0.36,
                        "derived_org_country_single",
                        0.36,
                        "merged_country_groups_single",
                        0.36,
                        "merged_derived_country_groups_single",
                        0.36),
                "International/Online",
                Map.of(
                        "org_country",
                        0.24,
                        "derived_org_country",
                        0.08,
                        "org_country_single",
                        0.24,
                        "derived_org_country_single",
                        0.08,
                        "merged_country_groups_single",
                        0.24,
                        "merged_derived_country_groups_single",
                        0.08));
        Map<String, Double> publishedFigures = Map.of("China", 0.171, "USA", 0.158, "International/Online", 0.238);
        assertThat(plain.get("reproduction").size()).isEqualTo(3);
        for (JsonNode figure : plain.get("reproduction")) {
            String group = figure.get("group").asText();
            Map<String, Double> byColumn = expected.get(group);
            figure.get("shares")
                    .fields()
                    .forEachRemaining(entry -> assertThat(entry.getValue().asDouble())
                            .as("%s by %s", group, entry.getKey())
                            .isCloseTo(byColumn.get(entry.getKey()), within(1e-12)));
            assertThat(figure.get("shares").size()).isEqualTo(6);
            double best = byColumn.values().stream()
                    .mapToDouble(share -> Math.abs(share - publishedFigures.get(group)))
                    .min()
                    .orElseThrow();
            String closest = figure.get("closest").asText();
            assertThat(Math.abs(byColumn.get(closest) - publishedFigures.get(group)))
                    .as("the closest column for %s", group)
                    .isCloseTo(best, within(1e-12));
            assertThat(figure.get("difference").asDouble())
                    .isCloseTo(byColumn.get(closest) - publishedFigures.get(group), within(1e-12));
        }
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("(org_country)")
                .contains("Which column reproduces which published figure")
                .contains("International/Online 23.80 %: closest by org_country (24.00 %, +0.2 pts)");
    }

    /**
     * A file of the study's dataset, window (2024-08-01, 2025-08-01]:
     *
     * <pre>
     * id         org_country            derived     created     counts (time: downloadsAllTime)
     * Qwen/a     China                  China       2024-09-01  09-01: 0, 2025-03-01: 1000, 2025-08-01: 1500
     * meta/b     USA                    USA         2024-01-01  2024-08-01: 200, 12-01: 700, 2025-03-01: 900
     * someone/c  International/Online   China       2025-02-01  2025-03-01: 300, 2025-08-01: 500
     * old/d      USA                    USA         2023-01-01  2024-08-01: 50, 2025-08-01: 80
     * </pre>
     *
     * First-year downloads in the window: Qwen/a 1500 (its first year runs past the window's end); meta/b 500 (its
     * first year ends 2025-01-01: 700 at 2024-12-01 minus 200 at 2024-08-01); someone/c 500 (from its creation);
     * old/d nothing (its first year ended in 2024-01). Uploader: China 1500, USA 500, International/Online 500;
     * derived: China 2000, USA 500.
     */
    @Test
    void recomputesTheStudysHeadlineAndImportsItsSnapshots() throws Exception {
        Path file = directory.resolve("one_year_rolling.parquet");
        writeParquet(
                file,
                "SELECT * FROM (VALUES"
                        + row("Qwen/a", "Qwen", "China", "China", null, "2024-09-01 10:00", "2024-09-01", 0) + ","
                        + row("Qwen/a", "Qwen", "China", "China", null, "2024-09-01 10:00", "2025-03-01", 1000) + ","
                        + row("Qwen/a", "Qwen", "China", "China", null, "2024-09-01 10:00", "2025-08-01", 1500) + ","
                        + row("meta/b", "meta", "USA", "USA", null, "2024-01-01 10:00", "2024-08-01", 200) + ","
                        + row("meta/b", "meta", "USA", "USA", null, "2024-01-01 10:00", "2024-12-01", 700) + ","
                        + row("meta/b", "meta", "USA", "USA", null, "2024-01-01 10:00", "2025-03-01", 900) + ","
                        + row(
                                "someone/c",
                                "someone",
                                "International/Online",
                                "China",
                                "Qwen/a",
                                "2025-02-01 10:00",
                                "2025-03-01",
                                300)
                        + ","
                        + row(
                                "someone/c",
                                "someone",
                                "International/Online",
                                "China",
                                "Qwen/a",
                                "2025-02-01 10:00",
                                "2025-08-01",
                                500)
                        + ","
                        + row("old/d", "old", "USA", "USA", null, "2023-01-01 10:00", "2024-08-01", 50) + ","
                        + row("old/d", "old", "USA", "USA", null, "2023-01-01 10:00", "2025-08-01", 80)
                        + ") AS t(id, author, org_country, org_type, derived_author, derived_org_country,"
                        + " merged_derived_from, created, time, \"downloadsAllTime\")");
        CliRunner cli = new CliRunner(directory, Map.of());
        String store = directory.resolve("census.duckdb").toString();

        JsonNode study = json.readTree(cli.run("study", "eoi", "--input", file.toString(), "--format", "json")
                .out());
        CliRunner.Result imported = cli.run("import", file.toString(), "--format", "eoi", "--store", store);
        CliRunner.Result oneDay = cli.run(
                "import",
                file.toString(),
                "--format",
                "eoi",
                "--snapshot-date",
                "2025-03-01",
                "--store",
                directory.resolve("one-day.duckdb").toString());
        JsonNode firstYear = json.readTree(cli.run(
                        "shares",
                        "--by",
                        "organization",
                        "--measure",
                        "firstyear",
                        "--unknown-as",
                        "INTL",
                        "--format",
                        "json",
                        "--store",
                        store)
                .out());

        assertThat(study.get("window").get("from").asText()).isEqualTo("2024-08-01");
        assertThat(study.get("window").get("to").asText()).isEqualTo("2025-08-01");
        assertThat(study.get("totalDownloads").asLong()).isEqualTo(2500);
        Map<String, double[]> shares = new HashMap<>();
        study.get("rows")
                .forEach(row -> shares.put(row.get("country").asText(), new double[] {
                    row.get("uploaderShare").asDouble(), row.get("derivedShare").asDouble()
                }));
        assertThat(shares.get("China")[0]).isCloseTo(0.6, within(1e-12));
        assertThat(shares.get("USA")[0]).isCloseTo(0.2, within(1e-12));
        assertThat(shares.get("International/Online")[0]).isCloseTo(0.2, within(1e-12));
        assertThat(shares.get("China")[1]).isCloseTo(0.8, within(1e-12));
        assertThat(shares.get("USA")[1]).isCloseTo(0.2, within(1e-12));
        assertThat(shares.get("International/Online")[1]).isZero();
        assertThat(study.get("published").get("China").asDouble()).isEqualTo(0.171);

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("into 5 snapshots of source eoi from 2024-08-01 to 2025-08-01");
        // three models have a count on 2025-03-01; the other days' rows are not repeats of them
        assertThat(oneDay.exitCode()).as(oneDay.err()).isZero();
        assertThat(oneDay.out())
                .contains("Imported 3 model rows into snapshot 2025-03-01 (eoi)")
                .doesNotContain("repeated");
        // the same first-year downloads through the store and the firstyear measure: 1500 + 500 + 500
        assertThat(firstYear.get("totalDownloads").asLong()).isEqualTo(2500);
    }

    private static String row(
            String id,
            String author,
            String country,
            String derivedCountry,
            String derivedFrom,
            String created,
            String time,
            long downloads) {
        return "('" + id + "', '" + author + "', '" + country + "', 'industry', "
                + (derivedFrom == null ? "NULL" : "'" + derivedFrom.substring(0, derivedFrom.indexOf('/')) + "'")
                + ", '" + derivedCountry + "', " + (derivedFrom == null ? "NULL" : "'" + derivedFrom + "'")
                + ", TIMESTAMP '" + created + ":00', TIMESTAMP '" + time + " 00:00:00', " + downloads + "::BIGINT)";
    }

    private static void writeParquet(Path file, String select) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (" + select + ") TO '" + file + "' (FORMAT parquet)");
        }
    }
}
