package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.DuckDbEngine;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.SnapshotImporter;

/**
 * Relative adoption on hand-built snapshots (2025-01-01, 2025-01-31, 2025-03-01): twelve 1-billion-parameter models
 * created 2025-01-01 with 100, 200, ... 1,200 downloads at 2025-01-31; a 100-billion-parameter model; DeepSeek-R1,
 * sized only by the curated table (671 B); and a model created 2025-02-20, too young to be 30 days old at the end.
 */
class AdoptionCalculatorIT {
    @TempDir
    Path directory;

    @Test
    void dividesByTheTenthRankedModelOfTheSizeClassAtTheSameAge() throws IOException {
        List<String> start = new ArrayList<>();
        List<String> middle = new ArrayList<>();
        List<String> end = new ArrayList<>();
        for (int index = 1; index <= 12; index++) {
            start.add(model("small/m" + index, "2025-01-01T10:00:00Z", 0, 1_000_000_000L));
            middle.add(model("small/m" + index, "2025-01-01T10:00:00Z", 100L * index, 1_000_000_000L));
            end.add(model("small/m" + index, "2025-01-01T10:00:00Z", 500L * index, 1_000_000_000L));
        }
        middle.add(model("big/model", "2025-01-01T10:00:00Z", 50, 100_000_000_000L));
        middle.add(model("deepseek-ai/DeepSeek-R1", "2025-01-01T10:00:00Z", 70, null));
        // created before the first snapshot: its count from 0 is unknown, so it is not measured
        middle.add(model("old/model", "2024-06-01T10:00:00Z", 5_000, 1_000_000_000L));
        end.add(model("young/model", "2025-02-20T10:00:00Z", 9_999, 1_000_000_000L));

        AdoptionTable table;
        try (CensusStore store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper())) {
            new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC())
                    .importFiles(
                            List.of(
                                    write("a_2025-01-01.jsonl", start),
                                    write("b_2025-01-31.jsonl", middle),
                                    write("c_2025-03-01.jsonl", end)),
                            SnapshotFormat.HUB_JSONL,
                            ImportOptions.defaults(),
                            rows -> {});
            table = new AdoptionCalculator(new DuckDbEngine(store)).adoption("hub-jsonl", 30);
        }

        Map<String, Adoption> byModel =
                table.models().stream().collect(Collectors.toMap(Adoption::model, Function.identity()));
        // 30 days after 2025-01-01T10:00 is 2025-01-31T10:00: the counts of the 2025-01-31 snapshot; the tenth of
        // twelve small models by those counts is small/m3 with 300
        assertThat(byModel).doesNotContainKeys("young/model", "old/model");
        Adoption best = byModel.get("small/m12");
        assertThat(best.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(best.rank()).isEqualTo(1);
        assertThat(best.reference()).contains("small/m3");
        assertThat(best.relativeAdoption().getAsDouble()).isCloseTo(1200 / 300.0, within(1e-12));
        assertThat(byModel.get("small/m3").relativeAdoption().getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(byModel.get("small/m1").relativeAdoption().getAsDouble()).isCloseTo(100 / 300.0, within(1e-12));
        // the large class holds two models: too few for a tenth-ranked reference
        assertThat(byModel.get("deepseek-ai/DeepSeek-R1").sizeClass()).isEqualTo(SizeClass.LARGE);
        assertThat(byModel.get("deepseek-ai/DeepSeek-R1").parameters()).hasValue(671_000_000_000L);
        assertThat(byModel.get("big/model").relativeAdoption()).isEmpty();
        assertThat(table.models().get(0).model()).isEqualTo("small/m12");
    }

    private static String model(String id, String created, long downloads, Long parameters) {
        return "{\"id\":\"" + id + "\",\"createdAt\":\"" + created + "\",\"downloadsAllTime\":" + downloads
                + (parameters == null ? "" : ",\"safetensors\":{\"total\":" + parameters + "}") + "}";
    }

    private InputFile write(String name, List<String> lines) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return InputFile.of(file);
    }
}
