package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.attribution.DeveloperType;
import org.modelcensus.attribution.Organization;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.lineage.Relation;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.DuckDbEngine;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SnapshotSummary;

class IntermediaryCheckIT {
    @TempDir
    Path directory;

    private final List<String> rows = new ArrayList<>();

    @Test
    void flagsNamespacesOfMostlyRepackagedModelsThatTheRegistryTypesOtherwise() throws IOException {
        add("lab/base", null, false);
        // lab-quants: 4 of 5 are quantisations (80 %): flagged, though the registry says ai-lab
        for (int index = 0; index < 4; index++) {
            add("lab-quants/q" + index, Relation.QUANTIZED, false);
        }
        add("lab-quants/tune", Relation.FINETUNE, false);
        // converter: fine-tunes by declaration but tagged gguf: re-packaged; not in the registry
        for (int index = 0; index < 3; index++) {
            add("converter/c" + index, Relation.FINETUNE, true);
        }
        // quantiser: already typed intermediary, so not flagged
        for (int index = 0; index < 3; index++) {
            add("quantiser/q" + index, Relation.QUANTIZED, false);
        }
        // tuner: 3 of 4 quantised (75 %): below the threshold
        for (int index = 0; index < 3; index++) {
            add("tuner/q" + index, Relation.QUANTIZED, false);
        }
        add("tuner/t", Relation.FINETUNE, false);
        // tiny: two quantisations, fewer models than the minimum of 3
        add("tiny/q0", Relation.QUANTIZED, false);
        add("tiny/q1", Relation.QUANTIZED, false);
        // a root tagged gguf is no derivative
        add("roots/r0", null, true);
        add("roots/r1", null, true);
        add("roots/r2", null, true);
        Path snapshotFile = Files.write(directory.resolve("models_2026-01-20.jsonl"), rows);
        Path registryFile = Files.writeString(directory.resolve("registry.csv"), """
                namespace,organization,country,type,source
                lab,Lab,US,ai-lab,test
                lab-quants,Lab,US,ai-lab,test
                quantiser,Quantiser,INTL,intermediary,test
                """);

        try (CensusStore store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper())) {
            new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC())
                    .importFiles(
                            List.of(InputFile.of(snapshotFile)),
                            SnapshotFormat.HUB_JSONL,
                            ImportOptions.defaults(),
                            progress -> {});
            SnapshotSummary snapshot = new SnapshotCatalog(store).select(Optional.empty(), Optional.empty());
            AttributionQuery attribution = new AttributionQuery(
                    new DuckDbEngine(store),
                    OrganizationRegistry.load(InputFile.of(registryFile)),
                    new StoredLineage(store));

            List<IntermediaryCandidate> candidates = new IntermediaryCheck(3)
                    .candidates(attribution, MeasureSelection.at(snapshot, Measure.DOWNLOADS_30D, Cohort.all()));

            assertThat(candidates)
                    .extracting(
                            IntermediaryCandidate::namespace,
                            IntermediaryCandidate::models,
                            IntermediaryCandidate::repackaged,
                            candidate -> candidate.registered().map(Organization::type))
                    .containsExactly(
                            tuple("lab-quants", 5L, 4L, Optional.of(DeveloperType.AI_LAB)),
                            tuple("converter", 3L, 3L, Optional.empty()));
        }
    }

    /** A model with one download, deriving from lab/base by {@code relation} (none: a root), maybe tagged gguf. */
    private void add(String id, Relation relation, boolean formatTag) {
        List<String> tags = new ArrayList<>();
        if (formatTag) {
            tags.add("\"gguf\"");
        }
        if (relation != null) {
            tags.add("\"base_model:" + relation.label() + ":lab/base\"");
        }
        rows.add("{\"id\":\"" + id + "\",\"downloads\":1,\"tags\":[" + String.join(",", tags) + "]}");
    }
}
