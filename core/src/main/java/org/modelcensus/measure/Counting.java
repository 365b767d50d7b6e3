package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.modelcensus.attribution.RegionGrouping;

/**
 * The counting choices a share depends on beyond its measure and view, each a documented alternative to counting the
 * Hub's numbers as published (see the README's "How robust is this?"). {@link #AS_PUBLISHED} changes nothing.
 *
 * @param repackaged what to do with re-packaged derivatives (declared {@code quantized}; or declaring a base model
 *     and tagged gguf, mlx, awq, gptq, exl2 or compressed-tensors; or uploaded by a namespace the registry types as an
 *     intermediary)
 * @param dropAutomated leave out the models the {@link AutomatedRules} flag as suspected automated downloads
 * @param capSpikes in a window, cap a model's downloads where one step between snapshots carries more than
 *     {@value #SPIKE_PERCENT} % of its gain (of three steps or more): that step counts as its next-largest
 * @param staleAsZero count 0 for a positive 30-day count of a model whose all-time count has not moved in the
 *     {@value #STALE_DAYS} days before the snapshot (a stale counter)
 * @param regions which countries count together
 */
public record Counting(
        Repackaged repackaged, boolean dropAutomated, boolean capSpikes, boolean staleAsZero, RegionGrouping regions) {
    /** The share of a model's window gain above which its largest step counts as a spike, in percent. */
    public static final int SPIKE_PERCENT = 50;

    /** The least number of steps in a window for a spike to be told from a model's ordinary growth. */
    public static final int SPIKE_LEAST_STEPS = 3;

    /** How far back a stale counter's all-time count is compared: the 30 days the 30-day count covers. */
    public static final int STALE_DAYS = 30;

    /** The Hub's numbers as published. */
    public static final Counting AS_PUBLISHED =
            new Counting(Repackaged.COUNTED, false, false, false, RegionGrouping.APART);

    /** What happens to re-packaged derivatives. */
    public enum Repackaged {
        /** Counted where they are uploaded (in the uploader view), like any model. */
        COUNTED,
        /** Left out. */
        DROPPED,
        /** Credited to the organisations of their roots, as the origin view credits every derivative. */
        ROOT
    }

    public Counting {
        requireNonNull(repackaged, "repackaged is null");
        requireNonNull(regions, "regions is null");
    }

    /** Whether a model's downloads change or it is left out: the choices applied to each measured model. */
    public boolean adjustsModels() {
        return repackaged == Repackaged.DROPPED || dropAutomated || capSpikes || staleAsZero;
    }

    /** Whether anything differs from the numbers as published. */
    public boolean adjusts() {
        return !equals(AS_PUBLISHED);
    }

    public Counting withRepackaged(Repackaged choice) {
        return new Counting(choice, dropAutomated, capSpikes, staleAsZero, regions);
    }

    public Counting withDropAutomated(boolean choice) {
        return new Counting(repackaged, choice, capSpikes, staleAsZero, regions);
    }

    public Counting withCapSpikes(boolean choice) {
        return new Counting(repackaged, dropAutomated, choice, staleAsZero, regions);
    }

    public Counting withStaleAsZero(boolean choice) {
        return new Counting(repackaged, dropAutomated, capSpikes, choice, regions);
    }

    public Counting withRegions(RegionGrouping choice) {
        return new Counting(repackaged, dropAutomated, capSpikes, staleAsZero, choice);
    }

    /** What the choices change, for output: {@code re-packaged derivatives left out; spikes capped}; empty if none. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        switch (repackaged) {
            case DROPPED -> parts.add("re-packaged derivatives left out");
            case ROOT -> parts.add("re-packaged derivatives credited to their roots");
            case COUNTED -> {}
        }
        if (dropAutomated) {
            parts.add("suspected automated downloads left out");
        }
        if (capSpikes) {
            parts.add("spikes capped");
        }
        if (staleAsZero) {
            parts.add("stale 30-day counts as 0");
        }
        if (!regions.apart()) {
            parts.add(regions.describe());
        }
        return String.join("; ", parts);
    }

    /** The command-line flags that ask for these choices, e.g. {@code --exclude repackaged --cap-spikes}. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>();
        if (repackaged == Repackaged.DROPPED) {
            flags.add("--exclude repackaged");
        }
        if (dropAutomated) {
            flags.add("--exclude automated");
        }
        if (repackaged == Repackaged.ROOT) {
            flags.add("--repackaged-to-root");
        }
        if (capSpikes) {
            flags.add("--cap-spikes");
        }
        if (staleAsZero) {
            flags.add("--stale-as-zero");
        }
        if (!regions.apart()) {
            flags.add("--group-regions " + regions.name());
        }
        return flags;
    }
}
