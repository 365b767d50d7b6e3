package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Finds where one group's share passes another's along a series. */
public final class CrossoverFinder {
    private CrossoverFinder() {}

    /**
     * Every point where a's share moves from at most b's to more than b's ({@code up}) or from more than b's to at
     * most b's ({@code down}), compared with the previous point of the series. Points without downloads have no
     * shares and are passed over.
     */
    public static List<Crossing> crossings(ShareSeries series, String a, String b) {
        requireNonNull(series, "series is null");
        requireNonNull(a, "a is null");
        requireNonNull(b, "b is null");
        List<Crossing> crossings = new ArrayList<>();
        Boolean ahead = null;
        for (SeriesPoint point : series.points()) {
            if (point.table().totalDownloads() <= 0) {
                continue;
            }
            double shareA = point.share(a);
            double shareB = point.share(b);
            boolean nowAhead = shareA > shareB;
            if (ahead != null && nowAhead != ahead) {
                crossings.add(new Crossing(
                        point.date(), nowAhead ? Crossing.Direction.UP : Crossing.Direction.DOWN, shareA, shareB));
            }
            ahead = nowAhead;
        }
        return crossings;
    }

    /**
     * Checks that a user's keys name groups of the series, so a mistyped key (keys are case-sensitive) is an error
     * rather than an empty list of crossings. A series without downloads at any point passes.
     *
     * @throws org.modelcensus.CensusException naming the flag or parameter ({@code a} or {@code b}) and the groups the series has
     */
    public static void requireGroups(ShareSeries series, String a, String b, ArgumentParser arguments) {
        Set<String> groups = groups(series);
        if (!groups.isEmpty()) {
            arguments.requireGroup("a", a, groups);
            arguments.requireGroup("b", b, groups);
        }
    }

    private static Set<String> groups(ShareSeries series) {
        Set<String> groups = new TreeSet<>();
        for (SeriesPoint point : series.points()) {
            point.table().rows().forEach(row -> groups.add(row.key()));
        }
        return groups;
    }
}
