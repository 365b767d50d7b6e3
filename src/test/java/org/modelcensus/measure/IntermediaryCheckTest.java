package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.modelcensus.attribution.CountryCode;
import org.modelcensus.attribution.DeveloperType;
import org.modelcensus.attribution.Organization;
import org.modelcensus.lineage.DeclaredModel;
import org.modelcensus.lineage.LineageGraph;
import org.modelcensus.lineage.LineageLink;
import org.modelcensus.lineage.Relation;

class IntermediaryCheckTest {
    private static final Organization LAB = new Organization("Lab", new CountryCode("US"), DeveloperType.AI_LAB);
    private static final Organization QUANTISER =
            new Organization("Quantiser", CountryCode.INTERNATIONAL, DeveloperType.INTERMEDIARY);

    @Test
    void flagsNamespacesOfMostlyRepackagedModelsThatTheRegistryTypesOtherwise() {
        List<DeclaredModel> models = new ArrayList<>();
        List<ModelFacts> facts = new ArrayList<>();
        add(models, facts, "lab/base", null, false, Optional.of(LAB));
        // lab-quants: 4 of 5 are quantisations (80 %): flagged, though the registry says ai-lab
        for (int index = 0; index < 4; index++) {
            add(models, facts, "lab-quants/q" + index, Relation.QUANTIZED, false, Optional.of(LAB));
        }
        add(models, facts, "lab-quants/tune", Relation.FINETUNE, false, Optional.of(LAB));
        // converter: fine-tunes by declaration but tagged gguf: re-packaged; not in the registry
        for (int index = 0; index < 3; index++) {
            add(models, facts, "converter/c" + index, Relation.FINETUNE, true, Optional.empty());
        }
        // quantiser: already typed intermediary, so not flagged
        for (int index = 0; index < 3; index++) {
            add(models, facts, "quantiser/q" + index, Relation.QUANTIZED, false, Optional.of(QUANTISER));
        }
        // tuner: 3 of 4 quantised (75 %): below the threshold
        for (int index = 0; index < 3; index++) {
            add(models, facts, "tuner/q" + index, Relation.QUANTIZED, false, Optional.empty());
        }
        add(models, facts, "tuner/t", Relation.FINETUNE, false, Optional.empty());
        // tiny: two quantisations, fewer models than the minimum of 3
        add(models, facts, "tiny/q0", Relation.QUANTIZED, false, Optional.empty());
        add(models, facts, "tiny/q1", Relation.QUANTIZED, false, Optional.empty());
        // a root tagged gguf is no derivative
        add(models, facts, "roots/r0", null, true, Optional.empty());
        add(models, facts, "roots/r1", null, true, Optional.empty());
        add(models, facts, "roots/r2", null, true, Optional.empty());

        List<IntermediaryCandidate> candidates = new IntermediaryCheck(3).candidates(LineageGraph.of(models), facts);

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

    private static void add(
            List<DeclaredModel> models,
            List<ModelFacts> facts,
            String id,
            Relation relation,
            boolean formatTag,
            Optional<Organization> uploader) {
        String namespace = id.substring(0, id.indexOf('/'));
        models.add(new DeclaredModel(
                id, namespace, relation == null ? List.of() : List.of(new LineageLink("lab/base", relation))));
        facts.add(new ModelFacts(id, namespace, 1, uploader, formatTag));
    }
}
