package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.modelcensus.CensusException;

/**
 * Why a group's share changed between two points of a series, in three parts that add up to the change: the models
 * present at both (their downloads at each point over each point's total), the models that entered (present at the
 * second point only) and those that left (at the first only). With {@code s = D / T} at each point, {@code s2 - s1 =
 * (B2 / T2 - B1 / T1) + E2 / T2 - L1 / T1}, where B, E and L are the group's downloads from models at both points,
 * entering and leaving (ids matched regardless of case, as on the Hub); the parts are computed in 34-digit decimals, so that they add up to the change.
 *
 * @param from the first point's date
 * @param to the second point's date
 */
public record ShareChange(
        String key,
        String label,
        LocalDate from,
        LocalDate to,
        double shareFrom,
        double shareTo,
        Part same,
        Part entered,
        Part left) {
    /** The models a part explains by, largest contribution to the change first. */
    public static final int CONTRIBUTORS = 5;

    public ShareChange {
        requireNonNull(key, "key is null");
        requireNonNull(label, "label is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(same, "same is null");
        requireNonNull(entered, "entered is null");
        requireNonNull(left, "left is null");
    }

    /** The change of the share, in share units (0.11 = 11 points): the sum of the three parts. */
    public double change() {
        return BigDecimal.valueOf(same.shareChange)
                .add(BigDecimal.valueOf(entered.shareChange))
                .add(BigDecimal.valueOf(left.shareChange))
                .doubleValue();
    }

    /**
     * One part of the change.
     *
     * @param downloadsFrom the group's downloads from these models at the first point
     * @param downloadsTo the same at the second point
     * @param shareChange what these models add to the change of the share
     * @param largest the models that contribute most to it, by absolute contribution
     */
    public record Part(
            long models, double downloadsFrom, double downloadsTo, double shareChange, List<Contributor> largest) {
        public Part {
            largest = List.copyOf(requireNonNull(largest, "largest is null"));
        }
    }

    /** One model's part in a change. */
    public record Contributor(String id, double downloadsFrom, double downloadsTo, double shareChange) {
        public Contributor {
            requireNonNull(id, "id is null");
        }
    }

    /**
     * Explains the change of each group between the two points of a two-point series ({@link
     * SeriesCalculator#endpoints}); a key without downloads at either point is an invalid argument.
     */
    public static List<ShareChange> explain(Census census, ShareSeries series, List<String> keys) {
        requireNonNull(census, "census is null");
        if (series.points().size() != 2) {
            throw new IllegalArgumentException("a change is explained between two points");
        }
        TopModels top = new TopModels(census);
        Map<String, String> labels = new LinkedHashMap<>();
        series.points()
                .forEach(point -> point.table().rows().forEach(row -> labels.putIfAbsent(row.key(), row.label())));
        List<ShareChange> changes = new ArrayList<>();
        for (String key : keys) {
            String label = labels.get(key);
            if (label == null) {
                throw CensusException.invalidArgument(
                        "explain",
                        "--explain names \"" + key + "\", a group without downloads at either date; expected some of "
                                + String.join(
                                        ", ", labels.keySet().stream().limit(15).toList())
                                + " (keys are case-sensitive)");
            }
            changes.add(explain(top, series, key, label));
        }
        return changes;
    }

    /** Explains the change of one group between the two points of a two-point series. */
    static ShareChange explain(TopModels top, ShareSeries series, String key, String label) {
        SeriesPoint first = series.points().get(0);
        SeriesPoint second = series.points().get(1);
        BigDecimal totalFrom = BigDecimal.valueOf(first.table().totalDownloads());
        BigDecimal totalTo = BigDecimal.valueOf(second.table().totalDownloads());
        /** A model of the first point: its id as the store spells it, and the downloads the group had from it. */
        record Earlier(String id, double credited) {}
        Map<String, Earlier> before = new HashMap<>();
        top.forEachInGroup(
                first.table().selection(),
                series.by(),
                series.unknownNamespaces(),
                key,
                series.view(),
                Integer.MAX_VALUE,
                "",
                (credited, row) -> {
                    String id = row.getString("model_id");
                    before.put(id.toLowerCase(Locale.ROOT), new Earlier(id, credited));
                });
        Accumulator same = new Accumulator();
        Accumulator entered = new Accumulator();
        top.forEachInGroup(
                second.table().selection(),
                series.by(),
                series.unknownNamespaces(),
                key,
                series.view(),
                Integer.MAX_VALUE,
                "",
                (credited, row) -> {
                    String id = row.getString("model_id");
                    Earlier earlier = before.remove(id.toLowerCase(Locale.ROOT));
                    if (earlier == null) {
                        entered.add(id, 0, credited, fraction(credited, totalTo));
                    } else {
                        same.add(
                                id,
                                earlier.credited(),
                                credited,
                                fraction(credited, totalTo)
                                        .subtract(fraction(earlier.credited(), totalFrom), MathContext.DECIMAL128));
                    }
                });
        Accumulator left = new Accumulator();
        before.values()
                .forEach(earlier -> left.add(
                        earlier.id(),
                        earlier.credited(),
                        0,
                        fraction(earlier.credited(), totalFrom).negate()));
        return new ShareChange(
                key,
                label,
                first.date(),
                second.date(),
                Sensitivity.share(first.table(), key).orElse(0.0),
                Sensitivity.share(second.table(), key).orElse(0.0),
                same.part(),
                entered.part(),
                left.part());
    }

    private static BigDecimal fraction(double downloads, BigDecimal total) {
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(downloads).divide(total, MathContext.DECIMAL128);
    }

    /** Sums one part exactly and keeps its largest contributors. */
    private static final class Accumulator {
        private long models;
        private double downloadsFrom;
        private double downloadsTo;
        private BigDecimal change = BigDecimal.ZERO;
        private final PriorityQueue<Contributor> largest = new PriorityQueue<>(
                Comparator.comparingDouble((Contributor contributor) -> Math.abs(contributor.shareChange()))
                        .thenComparing(Contributor::id, Comparator.reverseOrder()));

        void add(String id, double from, double to, BigDecimal contribution) {
            models++;
            downloadsFrom += from;
            downloadsTo += to;
            change = change.add(contribution, MathContext.DECIMAL128);
            largest.add(new Contributor(id, from, to, contribution.doubleValue()));
            if (largest.size() > CONTRIBUTORS) {
                largest.poll();
            }
        }

        Part part() {
            List<Contributor> sorted = new ArrayList<>(largest);
            sorted.sort(Comparator.comparingDouble((Contributor contributor) -> -Math.abs(contributor.shareChange()))
                    .thenComparing(Contributor::id));
            return new Part(models, downloadsFrom, downloadsTo, change.doubleValue(), sorted);
        }
    }
}
