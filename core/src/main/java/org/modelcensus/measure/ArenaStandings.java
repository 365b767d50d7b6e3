package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every group's best model per leaderboard date.
 *
 * @param openOnly whether only open-weights models count
 * @param every how the dates were chosen: {@code snapshot} (every date) or {@code month} (the last of each month)
 */
public record ArenaStandings(GroupBy by, boolean openOnly, String every, List<Point> points) {
    public ArenaStandings {
        requireNonNull(by, "by is null");
        requireNonNull(every, "every is null");
        points = List.copyOf(requireNonNull(points, "points is null"));
    }

    /** The same standings at the last leaderboard date of each month only. */
    public ArenaStandings lastOfEachMonth() {
        java.util.Map<java.time.YearMonth, Point> last = new java.util.LinkedHashMap<>();
        points.forEach(point -> last.put(java.time.YearMonth.from(point.date()), point));
        return new ArenaStandings(by, openOnly, "month", List.copyOf(last.values()));
    }

    /**
     * One date's rows, best rating first, and the date's five best models (open-weights ones with --open-only).
     */
    public record Point(LocalDate date, List<ArenaStanding> rows, List<Leader> leaders) {
        public Point {
            requireNonNull(date, "date is null");
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
            leaders = List.copyOf(requireNonNull(leaders, "leaders is null"));
        }

        public Optional<ArenaStanding> row(String key) {
            return rows.stream().filter(row -> row.key().equals(key)).findFirst();
        }
    }

    /** One of a date's best models, with its group and its rank as {@link ArenaStanding#rank()} gives it. */
    public record Leader(String modelKey, String displayName, String key, double rating, int rank) {
        public Leader {
            requireNonNull(modelKey, "modelKey is null");
            requireNonNull(displayName, "displayName is null");
            requireNonNull(key, "key is null");
        }
    }
}
