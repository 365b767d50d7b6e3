package org.modelcensus.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcensus.Fixtures;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SnapshotSummary;

/**
 * Real crawls of the Hub's model tree (data/sample/lineage) against what the crawler itself recorded
 * (fixtures/lineage/*.tree.csv): given only the JSON Lines, the lineage stage must find the crawler's depths and
 * direct fine-tune children for at least 99 % of the models, and type those edges finetune.
 */
class LineageOnRealCrawlsIT {
    @TempDir
    Path directory;

    /** Each crawl with how many of the children its tree lists have no row in its JSON Lines. */
    @ParameterizedTest
    @CsvSource({
        "DeepSeek-R1_finetunes_20250407_230332, 2",
        "DeepSeek-R1_finetunes_20250410_231443, 88",
        "DeepSeek-R1_finetunes_20250416_231338, 14",
        "DeepSeek-R1_finetunes_20250422_180448, 14",
        "DeepSeek-V3_finetunes_20250422_220003, 3",
        "Janus-Pro-7B_finetunes_20250422_225821, 0"
    })
    void reproducesTheCrawlersDepthsAndChildren(String crawl, int childrenWithoutRowsExpected) throws IOException {
        WholeLineage graph = graphOf(crawl);
        List<CSVRecord> tree = tree(crawl);

        Set<String> rows = tree.stream().map(row -> row.get("id")).collect(Collectors.toSet());
        List<String> depthMismatches = new ArrayList<>();
        List<String> childrenWithoutRows = new ArrayList<>();
        List<String> childrenMismatches = new ArrayList<>();
        List<String> untyped = new ArrayList<>();
        for (CSVRecord row : tree) {
            String id = row.get("id");
            int depth = Integer.parseInt(row.get("depth"));
            if (!graph.contains(id) || graph.depth(id) != depth) {
                depthMismatches.add(
                        id + ": crawler " + depth + ", ours " + (graph.contains(id) ? graph.depth(id) : "absent"));
            }
            Set<String> expected = new HashSet<>();
            for (String child : split(row.get("children"))) {
                // Tolerated: the crawler lists some children whose metadata it could not read, so they are no row
                // of the JSON Lines (data/SOURCES.md); given only the JSON Lines nobody can find them.
                if (rows.contains(child)) {
                    expected.add(child);
                } else {
                    childrenWithoutRows.add(child);
                }
            }
            Set<String> found = graph.contains(id)
                    ? graph.children(id).stream().map(LineageLink::id).collect(Collectors.toSet())
                    : Set.of();
            if (!found.equals(expected)) {
                childrenMismatches.add(id + ": crawler " + expected + ", ours " + found);
            }
            if (graph.contains(id)) {
                for (LineageLink child : graph.children(id)) {
                    if (expected.contains(child.id()) && child.relation() != Relation.FINETUNE) {
                        untyped.add(child.id() + " -> " + id + " is "
                                + child.relation().label());
                    }
                }
            }
        }

        // Beyond the children without rows, no exception was needed: every crawl row declares its parent with a
        // base_model:finetune: tag. The 99 % bound is the issue's acceptance threshold.
        assertThat(childrenWithoutRows).as("children without rows in " + crawl).hasSize(childrenWithoutRowsExpected);
        assertThat(depthMismatches).as("depth mismatches of " + crawl).hasSizeLessThanOrEqualTo(tree.size() / 100);
        assertThat(childrenMismatches)
                .as("children mismatches of " + crawl)
                .hasSizeLessThanOrEqualTo(tree.size() / 100);
        assertThat(untyped).as("crawled edges not typed finetune").isEmpty();
        assertThat(graph.quality.cycles()).isZero();
    }

    private WholeLineage graphOf(String crawl) {
        try (CensusStore store =
                LineageDerivation.openStore(directory.resolve(crawl + ".duckdb"), new ObjectMapper())) {
            new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC())
                    .importFiles(
                            List.of(InputFile.resource("data/sample/lineage/" + crawl + ".jsonl.gz")),
                            SnapshotFormat.HUB_JSONL,
                            ImportOptions.defaults(),
                            rows -> {});
            SnapshotSummary snapshot = new SnapshotCatalog(store).select(Optional.empty(), Optional.empty());
            return new WholeLineage(new StoredLineage(store), snapshot);
        }
    }

    private static List<CSVRecord> tree(String crawl) throws IOException {
        Path file = Fixtures.path("lineage/" + crawl + ".tree.csv");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            return csv.getRecords();
        }
    }

    private static Set<String> split(String ids) {
        return ids.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(ids.split(";")));
    }
}
