package org.modelcensus.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.modelcensus.lineage.DeclaredModel;
import org.modelcensus.lineage.LineageGraph;
import org.modelcensus.lineage.LineageLink;
import org.modelcensus.lineage.Relation;

/**
 * Times building lineage graphs of growing size, to show that the cost grows linearly with edges.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.modelcensus.bench.LineageBenchmark
 * </pre>
 */
public final class LineageBenchmark {
    public static void main(String[] args) {
        System.out.printf("%-12s %12s %12s %12s%n", "shape", "models", "median ms", "ns per edge");
        for (int size : new int[] {250_000, 500_000, 1_000_000, 2_000_000}) {
            measure("chain", chain(size));
            measure("fan-out", fanOut(size));
            measure("binary tree", binaryTree(size));
        }
    }

    private static void measure(String shape, List<DeclaredModel> models) {
        LineageGraph.of(models); // warm-up
        double[] millis = new double[5];
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            LineageGraph.of(models);
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[millis.length / 2];
        System.out.printf(
                Locale.ROOT,
                "%-12s %,12d %12.1f %12.1f%n",
                shape,
                models.size(),
                median,
                median * 1e6 / (models.size() - 1));
    }

    private static List<DeclaredModel> chain(int size) {
        List<DeclaredModel> models = new ArrayList<>(size);
        models.add(model(0));
        for (int index = 1; index < size; index++) {
            models.add(model(index, index - 1));
        }
        return models;
    }

    private static List<DeclaredModel> fanOut(int size) {
        List<DeclaredModel> models = new ArrayList<>(size);
        models.add(model(0));
        for (int index = 1; index < size; index++) {
            models.add(model(index, 0));
        }
        return models;
    }

    private static List<DeclaredModel> binaryTree(int size) {
        List<DeclaredModel> models = new ArrayList<>(size);
        models.add(model(0));
        for (int index = 1; index < size; index++) {
            models.add(model(index, (index - 1) / 2));
        }
        return models;
    }

    private static DeclaredModel model(int index, int... parents) {
        List<LineageLink> links = new ArrayList<>();
        for (int parent : parents) {
            links.add(new LineageLink(id(parent), Relation.FINETUNE));
        }
        return new DeclaredModel(id(index), "bench", links);
    }

    private static String id(int index) {
        return "bench/m" + index;
    }
}
