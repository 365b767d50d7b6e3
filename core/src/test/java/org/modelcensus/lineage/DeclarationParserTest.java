package org.modelcensus.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeclarationParserTest {
    private final DeclarationParser parser = new DeclarationParser(new ObjectMapper());
    private final QualityCounter quality = new QualityCounter();

    @Test
    void typedTagsGiveTheRelation() {
        List<LineageLink> parents = parser.parents(
                "bartowski/Qwen3-8B-GGUF",
                List.of("gguf", "base_model:Qwen/Qwen3-8B", "base_model:quantized:Qwen/Qwen3-8B", "region:us"),
                Optional.of("\"Qwen/Qwen3-8B\""),
                Optional.empty(),
                false,
                quality);

        assertThat(parents).containsExactly(new LineageLink("Qwen/Qwen3-8B", Relation.QUANTIZED));
        assertThat(quality.toQuality()).isEqualTo(new LineageQuality(0, 0, 0, 0, 0, 0));
    }

    @Test
    void theHubsOwnLineageWinsAndTagsThatDisagreeAreCounted() {
        List<LineageLink> agreeing = parser.parents(
                "me/tune",
                List.of("base_model:finetune:qwen/qwen3-8b"),
                Optional.of("[\"Qwen/Qwen3-8B\"]"),
                Optional.of("finetune"),
                true,
                quality);
        List<LineageLink> untagged = parser.parents(
                "me/bare", List.of(), Optional.of("[\"Qwen/Qwen3-8B\"]"), Optional.of("adapter"), true, quality);
        assertThat(agreeing).containsExactly(new LineageLink("Qwen/Qwen3-8B", Relation.FINETUNE));
        assertThat(untagged).containsExactly(new LineageLink("Qwen/Qwen3-8B", Relation.ADAPTER));
        assertThat(quality.disagreements)
                .as("same parent regardless of case; no tags at all")
                .isZero();

        List<LineageLink> otherParent = parser.parents(
                "me/other",
                List.of("base_model:Qwen/Qwen2.5-7B"),
                Optional.of("[\"Qwen/Qwen3-8B\"]"),
                Optional.of("finetune"),
                true,
                quality);
        List<LineageLink> otherRelation = parser.parents(
                "me/relation",
                List.of("base_model:quantized:Qwen/Qwen3-8B"),
                Optional.of("[\"Qwen/Qwen3-8B\"]"),
                Optional.of("finetune"),
                true,
                quality);
        List<LineageLink> card = parser.parents(
                "me/card",
                List.of("base_model:Qwen/Qwen2.5-7B"),
                Optional.of("\"Qwen/Qwen3-8B\""),
                Optional.empty(),
                false,
                quality);

        assertThat(otherParent).containsExactly(new LineageLink("Qwen/Qwen3-8B", Relation.FINETUNE));
        assertThat(otherRelation).containsExactly(new LineageLink("Qwen/Qwen3-8B", Relation.FINETUNE));
        assertThat(card)
                .as("a card's declaration does not overrule the tags")
                .containsExactly(
                        new LineageLink("Qwen/Qwen2.5-7B", Relation.UNKNOWN),
                        new LineageLink("Qwen/Qwen3-8B", Relation.UNKNOWN));
        assertThat(quality.toQuality()).isEqualTo(new LineageQuality(0, 0, 0, 0, 0, 2));
    }

    @Test
    void eachRelationTagIsRecognised() {
        List<LineageLink> parents = parser.parents(
                "me/model",
                List.of(
                        "base_model:finetune:a/one",
                        "base_model:adapter:a/two",
                        "base_model:quantized:a/three",
                        "base_model:merge:a/four"),
                Optional.empty(),
                Optional.empty(),
                false,
                quality);

        assertThat(parents)
                .containsExactly(
                        new LineageLink("a/one", Relation.FINETUNE),
                        new LineageLink("a/two", Relation.ADAPTER),
                        new LineageLink("a/three", Relation.QUANTIZED),
                        new LineageLink("a/four", Relation.MERGE));
    }

    @Test
    void theCardRelationTypesCardParentsAndOnlyThem() {
        List<LineageLink> parents = parser.parents(
                "me/merged",
                List.of("base_model:x/tagged-only"),
                Optional.of("[\"a/one\", \" https://huggingface.co/b/two \"]"),
                Optional.of("merge"),
                false,
                quality);

        assertThat(parents)
                .containsExactly(
                        new LineageLink("x/tagged-only", Relation.UNKNOWN),
                        new LineageLink("a/one", Relation.MERGE),
                        new LineageLink("b/two", Relation.MERGE));
    }

    @Test
    void anUntypedDeclarationIsUnknown() {
        assertThat(parser.parents("me/m", List.of(), Optional.of("\"Org/Base\""), Optional.empty(), false, quality))
                .containsExactly(new LineageLink("Org/Base", Relation.UNKNOWN));
    }

    @Test
    void normalisesHubUrlsAndKeepsCase() {
        assertThat(ModelReference.normalize("https://huggingface.co/Qwen/Qwen2.5-7B"))
                .contains("Qwen/Qwen2.5-7B");
        assertThat(ModelReference.normalize("huggingface.co/Qwen/Qwen2.5-7B/tree/main"))
                .contains("Qwen/Qwen2.5-7B");
        assertThat(ModelReference.normalize("  meta-llama/Llama-3.1-8B\n")).contains("meta-llama/Llama-3.1-8B");
        assertThat(ModelReference.normalize("https://huggingface.co/datasets/HuggingFaceFW/fineweb"))
                .isEmpty();
        assertThat(ModelReference.normalize("https://github.com/org/repo")).isEmpty();
        assertThat(ModelReference.normalize("gpt2")).isEmpty();
    }

    @Test
    void countsBadDeclarationsInsteadOfFailing() {
        assertThat(parser.parents("me/a", List.of(), Optional.of("42"), Optional.empty(), false, quality))
                .isEmpty();
        assertThat(parser.parents("me/b", List.of(), Optional.of("[]"), Optional.empty(), false, quality))
                .isEmpty();
        assertThat(parser.parents(
                        "me/c", List.of(), Optional.of("{\"name\":\"a/b\"}"), Optional.empty(), false, quality))
                .isEmpty();
        assertThat(parser.parents("me/d", List.of(), Optional.of("[\"a/ok\", 7]"), Optional.empty(), false, quality))
                .containsExactly(new LineageLink("a/ok", Relation.UNKNOWN));
        assertThat(parser.parents(
                        "me/e",
                        List.of(),
                        Optional.of("\"https://huggingface.co/datasets/x/y\""),
                        Optional.empty(),
                        false,
                        quality))
                .isEmpty();
        assertThat(parser.parents(
                        "me/f", List.of("base_model:not an id"), Optional.empty(), Optional.empty(), false, quality))
                .isEmpty();
        assertThat(parser.parents("me/g", List.of(), Optional.of("\"a/b\""), Optional.of("remix"), false, quality))
                .containsExactly(new LineageLink("a/b", Relation.UNKNOWN));

        assertThat(quality.toQuality()).isEqualTo(new LineageQuality(0, 0, 0, 2, 5, 0));
    }

    @Test
    void dropsAndCountsSelfReferences() {
        assertThat(parser.parents(
                        "me/model",
                        List.of("base_model:finetune:me/model", "base_model:finetune:org/base"),
                        Optional.of("\"me/model\""),
                        Optional.empty(),
                        false,
                        quality))
                .containsExactly(new LineageLink("org/base", Relation.FINETUNE));
        assertThat(quality.toQuality().selfReferences()).isEqualTo(1);
    }
}
