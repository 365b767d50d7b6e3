package org.modelcensus.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Counting;
import picocli.CommandLine.Option;

/** Options that count the Hub's numbers otherwise than as published (see {@code sensitivity}). */
final class CountingOptions {
    private static final ArgumentParser ARGUMENTS = ArgumentParser.forFlags();

    @Option(
            names = "--exclude",
            paramLabel = "WHAT",
            split = ",",
            description = "Leave models out: repackaged (declared quantized; or declaring a base model and tagged"
                    + " gguf, mlx, awq, gptq, exl2 or compressed-tensors; or uploaded by a registry intermediary),"
                    + " automated (suspected CI and test downloads, by the rules of"
                    + " data/counting/automated_rules.csv and tiny models with downloads far above their likes)."
                    + " Repeat or separate with commas.")
    List<String> exclude = new ArrayList<>();

    @Option(
            names = "--repackaged-to-root",
            description = "Credit re-packaged derivatives to the organisations of their roots (as the origin view"
                    + " credits every derivative), the rest to their uploaders.")
    boolean repackagedToRoot;

    @Option(
            names = "--cap-spikes",
            description = "With --measure window: where one step between snapshots carries more than "
                    + Counting.SPIKE_PERCENT + " percent of a model's gain (of " + Counting.SPIKE_LEAST_STEPS
                    + " steps or more), count that step as the model's next-largest.")
    boolean capSpikes;

    @Option(
            names = "--stale-as-zero",
            description = "Count 0 for a positive 30-day count whose model's all-time count has not moved in the "
                    + Counting.STALE_DAYS + " days before the snapshot (a stale counter; needs all-time counts).")
    boolean staleAsZero;

    @Option(
            names = "--group-regions",
            paramLabel = "GROUPING",
            description = "Count countries together: cn-sar (Hong Kong and Macao with China), cn-sar-tw (Taiwan"
                    + " too), apart (default), as data/counting/region_groupings.csv documents them.")
    String groupRegions;

    Counting counting() {
        return ARGUMENTS.counting(exclude, repackagedToRoot, capSpikes, staleAsZero, Optional.ofNullable(groupRegions));
    }
}
