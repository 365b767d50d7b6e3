package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.modelcensus.measure.ArenaCrossing;
import org.modelcensus.measure.ArenaStandings;
import org.modelcensus.measure.QualityAdoption;

/**
 * The report's quality section: the best open-weights model per country over time (the last leaderboard date of each
 * month up to the report's day), where the two leading countries' best models crossed, ratings beside the report's
 * downloads, and how much of the leaderboard the mapping covers.
 *
 * @param a the country compared (China where it is rated)
 * @param b the country it is compared with
 */
public record ArenaSection(
        ArenaStandings standings,
        String a,
        String b,
        List<ArenaCrossing> crossings,
        QualityAdoption adoption,
        ArenaWriter.Coverage coverage) {
    public ArenaSection {
        requireNonNull(standings, "standings is null");
        requireNonNull(a, "a is null");
        requireNonNull(b, "b is null");
        crossings = List.copyOf(requireNonNull(crossings, "crossings is null"));
        requireNonNull(adoption, "adoption is null");
        requireNonNull(coverage, "coverage is null");
    }

    /** The countries most often among the three best of a point (at most six), which the charts draw as lines. */
    public List<String> leadingCountries() {
        java.util.Map<String, Integer> nearTop = new java.util.HashMap<>();
        for (ArenaStandings.Point point : standings.points()) {
            for (int place = 0; place < Math.min(3, point.rows().size()); place++) {
                nearTop.merge(point.rows().get(place).key(), 1, Integer::sum);
            }
        }
        return nearTop.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(6)
                .map(java.util.Map.Entry::getKey)
                .toList();
    }
}
