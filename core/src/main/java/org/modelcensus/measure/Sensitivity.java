package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * How much a share table depends on the counting choices: the baseline, each documented alternative one at a time and
 * all combined, the range of every group's share over them, and the gap between two groups.
 *
 * @param baseline the table as asked for
 * @param variants the alternatives that apply to the data, in the documented order
 * @param notApplicable the alternatives the data cannot answer, each with the reason
 * @param ranges every group of the baseline or a variant, by baseline share, largest first
 * @param gap the difference of two groups' shares, when both exist
 */
public record Sensitivity(
        ShareTable baseline,
        List<Variant> variants,
        List<Skipped> notApplicable,
        List<Range> ranges,
        Optional<Gap> gap) {
    public Sensitivity {
        requireNonNull(baseline, "baseline is null");
        variants = List.copyOf(requireNonNull(variants, "variants is null"));
        notApplicable = List.copyOf(requireNonNull(notApplicable, "notApplicable is null"));
        ranges = List.copyOf(requireNonNull(ranges, "ranges is null"));
        requireNonNull(gap, "gap is null");
    }

    /**
     * One alternative and its table.
     *
     * @param choice which counting choice it varies (view, repackaged, automated, spikes, stale, unknown, regions,
     *     measure, combined)
     * @param name what it does, e.g. {@code re-packaged left out}
     * @param changedModels the models that left their baseline group: left out, or counted in another group
     * @param changedDownloads the downloads that left their baseline group: left out, capped, zeroed or credited
     *     elsewhere (summed over the groups that lost downloads)
     */
    public record Variant(String choice, String name, long changedModels, double changedDownloads, ShareTable table) {
        public Variant {
            requireNonNull(choice, "choice is null");
            requireNonNull(name, "name is null");
            requireNonNull(table, "table is null");
        }

        /** The share of a group in this variant; 0 where it has none. */
        public double share(String key) {
            return Sensitivity.share(table, key).orElse(0.0);
        }
    }

    /** An alternative the data cannot answer, and why. */
    public record Skipped(String choice, String name, String reason) {
        public Skipped {
            requireNonNull(choice, "choice is null");
            requireNonNull(name, "name is null");
            requireNonNull(reason, "reason is null");
        }
    }

    /**
     * A group's share over the baseline and the variants.
     *
     * @param mostSensitiveTo the variant whose share is furthest from the baseline; empty when none moves it
     */
    public record Range(
            String key, String label, double baseline, double min, double max, Optional<String> mostSensitiveTo) {
        public Range {
            requireNonNull(key, "key is null");
            requireNonNull(label, "label is null");
            requireNonNull(mostSensitiveTo, "mostSensitiveTo is null");
        }
    }

    /**
     * The gap between two groups' shares, {@code a - b}, over the baseline and the variants.
     *
     * @param signChanges the variants where the gap's sign differs from the baseline's
     */
    public record Gap(
            String a,
            String b,
            double baseline,
            double min,
            double max,
            Optional<String> mostSensitiveTo,
            List<String> signChanges) {
        public Gap {
            requireNonNull(a, "a is null");
            requireNonNull(b, "b is null");
            requireNonNull(mostSensitiveTo, "mostSensitiveTo is null");
            signChanges = List.copyOf(requireNonNull(signChanges, "signChanges is null"));
        }
    }

    /** A group's share in a table, if the table has the group. */
    static Optional<Double> share(ShareTable table, String key) {
        return table.rows().stream()
                .filter(row -> row.key().equals(key))
                .map(ShareRow::share)
                .findFirst();
    }
}
