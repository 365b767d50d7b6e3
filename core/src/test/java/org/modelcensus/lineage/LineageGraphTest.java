package org.modelcensus.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageGraphTest {
    @Test
    void aDiamondMergeHasBothRootsAndTheShortestDepth() {
        // base-a <- tune-a <- merged -> base-b ; base-a <- quant-a
        LineageGraph graph = LineageGraph.of(List.of(
                model("org/base-a"),
                model("org/base-b"),
                model("org/tune-a", link("org/base-a", Relation.FINETUNE)),
                model("org/quant-a", link("org/base-a", Relation.QUANTIZED)),
                model("org/merged", link("org/tune-a", Relation.MERGE), link("org/base-b", Relation.MERGE))));

        assertThat(graph.roots("org/merged")).containsExactly("org/base-a", "org/base-b");
        assertThat(graph.depth("org/merged")).isEqualTo(1); // via base-b, not 2 via tune-a
        assertThat(graph.roots("org/quant-a")).containsExactly("org/base-a");
        assertThat(graph.depth("org/quant-a")).isEqualTo(1);
        assertThat(graph.roots("org/base-a")).containsExactly("org/base-a");
        assertThat(graph.depth("org/base-a")).isZero();
        assertThat(graph.children("org/base-a"))
                .containsExactly(link("org/quant-a", Relation.QUANTIZED), link("org/tune-a", Relation.FINETUNE));
        assertThat(graph.relation("org/merged")).contains(Relation.MERGE);
        assertThat(graph.relation("org/base-b")).isEmpty();
        assertThat(graph.quality()).isEqualTo(new LineageQuality(0, 0, 0, 0, 0, 0));
    }

    @Test
    void aDiamondWhoseSidesMeetAgainHasOneRoot() {
        LineageGraph graph = LineageGraph.of(List.of(
                model("o/root"),
                model("o/left", link("o/root", Relation.FINETUNE)),
                model("o/right", link("o/root", Relation.FINETUNE)),
                model("o/bottom", link("o/left", Relation.MERGE), link("o/right", Relation.MERGE))));

        assertThat(graph.roots("o/bottom")).containsExactly("o/root");
        assertThat(graph.depth("o/bottom")).isEqualTo(2);
    }

    @Test
    void aMissingParentIsADanglingRootOutsideTheData() {
        LineageGraph graph = LineageGraph.of(List.of(
                model("me/tune", link("meta-llama/Llama-3.1-8B", Relation.FINETUNE)),
                model("me/other", link("meta-llama/Llama-3.1-8B", Relation.ADAPTER))));

        assertThat(graph.modelIds()).containsExactly("me/other", "me/tune");
        assertThat(graph.contains("meta-llama/Llama-3.1-8B")).isFalse();
        assertThat(graph.knows("meta-llama/Llama-3.1-8B")).isTrue();
        assertThat(graph.namespace("meta-llama/Llama-3.1-8B")).isEqualTo("meta-llama");
        assertThat(graph.roots("me/tune")).containsExactly("meta-llama/Llama-3.1-8B");
        assertThat(graph.depth("me/tune")).isEqualTo(1);
        assertThat(graph.quality().dangling()).isEqualTo(1);
    }

    @Test
    void breaksACycleDeterministicallyAtItsSmallestIdAndReportsIt() {
        // a -> b -> c -> a, and d hangs below c
        List<DeclaredModel> models = List.of(
                model("x/b", link("x/a", Relation.FINETUNE)),
                model("x/c", link("x/b", Relation.FINETUNE)),
                model("x/a", link("x/c", Relation.FINETUNE)),
                model("x/d", link("x/c", Relation.QUANTIZED)));

        LineageGraph graph = LineageGraph.of(models);
        LineageGraph again = LineageGraph.of(List.of(models.get(3), models.get(2), models.get(1), models.get(0)));

        assertThat(graph.brokenEdges()).containsExactly(new BrokenEdge("x/a", "x/c"));
        assertThat(again.brokenEdges()).isEqualTo(graph.brokenEdges());
        assertThat(graph.quality().cycles()).isEqualTo(1);
        assertThat(graph.parents("x/a")).isEmpty();
        assertThat(graph.roots("x/d")).containsExactly("x/a");
        assertThat(graph.depth("x/a")).isZero();
        assertThat(graph.depth("x/c")).isEqualTo(2);
        assertThat(graph.depth("x/d")).isEqualTo(3);
        assertThat(graph.children("x/c")).containsExactly(link("x/d", Relation.QUANTIZED));
    }

    @Test
    void twoCyclesSharingANodeAreBothBroken() {
        // a <-> b and a <-> c
        LineageGraph graph = LineageGraph.of(List.of(
                model("x/a", link("x/b", Relation.MERGE), link("x/c", Relation.MERGE)),
                model("x/b", link("x/a", Relation.FINETUNE)),
                model("x/c", link("x/a", Relation.FINETUNE))));

        assertThat(graph.brokenEdges()).containsExactly(new BrokenEdge("x/a", "x/b"), new BrokenEdge("x/a", "x/c"));
        assertThat(graph.roots("x/b")).containsExactly("x/a");
        assertThat(graph.roots("x/c")).containsExactly("x/a");
    }

    @Test
    void declaredIdsMatchModelsRegardlessOfCaseAsOnTheHub() {
        LineageGraph graph = LineageGraph.of(List.of(
                model("Qwen/Qwen2.5-7B"),
                model(
                        "me/tune",
                        link("qwen/qwen2.5-7b", Relation.FINETUNE),
                        link("Qwen/Qwen2.5-7B", Relation.FINETUNE)),
                model("me/self", link("ME/SELF", Relation.FINETUNE)),
                model("you/a", link("gone/Base", Relation.ADAPTER)),
                model("you/b", link("gone/base", Relation.ADAPTER))));

        assertThat(graph.parents("me/tune")).containsExactly(link("Qwen/Qwen2.5-7B", Relation.FINETUNE));
        assertThat(graph.children("Qwen/Qwen2.5-7B")).containsExactly(link("me/tune", Relation.FINETUNE));
        assertThat(graph.parents("me/self")).isEmpty();
        assertThat(graph.roots("you/a")).containsExactly("gone/Base");
        assertThat(graph.roots("you/b")).containsExactly("gone/Base");
        assertThat(graph.quality()).isEqualTo(new LineageQuality(1, 0, 1, 0, 0, 0));
    }

    @Test
    void aChainOfAMillionModelsWorksWithoutRecursion() {
        int length = 1_000_000;
        List<DeclaredModel> models = new ArrayList<>(length);
        models.add(model(id(0)));
        for (int index = 1; index < length; index++) {
            models.add(model(id(index), link(id(index - 1), Relation.FINETUNE)));
        }

        LineageGraph graph = LineageGraph.of(models);

        assertThat(graph.depth(id(length - 1))).isEqualTo(length - 1);
        assertThat(graph.roots(id(length - 1))).containsExactly(id(0));
        assertThat(graph.depth(id(500_000))).isEqualTo(500_000);
    }

    @Test
    void aFanOutOfAMillionChildrenWorks() {
        int children = 1_000_000;
        List<DeclaredModel> models = new ArrayList<>(children + 1);
        models.add(model("base/root"));
        for (int index = 0; index < children; index++) {
            models.add(model(id(index), link("base/root", Relation.QUANTIZED)));
        }

        LineageGraph graph = LineageGraph.of(models);

        assertThat(graph.children("base/root")).hasSize(children);
        assertThat(graph.depth(id(children - 1))).isEqualTo(1);
        assertThat(graph.roots(id(12_345))).containsExactly("base/root");
    }

    @Test
    void aCycleOfAMillionModelsIsBrokenOnce() {
        int length = 1_000_000;
        List<DeclaredModel> models = new ArrayList<>(length);
        for (int index = 0; index < length; index++) {
            models.add(model(id(index), link(id((index + 1) % length), Relation.FINETUNE)));
        }

        LineageGraph graph = LineageGraph.of(models);

        assertThat(graph.brokenEdges()).containsExactly(new BrokenEdge(id(0), id(1)));
        assertThat(graph.depth(id(0))).isZero();
        assertThat(graph.depth(id(1))).isEqualTo(length - 1);
    }

    private static String id(int index) {
        return String.format("chain/m%07d", index);
    }

    private static DeclaredModel model(String id, LineageLink... parents) {
        return new DeclaredModel(id, id.substring(0, id.indexOf('/')), List.of(parents));
    }

    private static LineageLink link(String id, Relation relation) {
        return new LineageLink(id, relation);
    }
}
