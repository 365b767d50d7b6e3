package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study's headline table recomputed from its own file: country shares of first-year downloads by the chosen
 * attribution columns, and by every attribution column the file has, to tell which reproduces which published figure.
 *
 * @param views the views printed: by default the uploader's column and the derived one; else the one chosen
 * @param columns every attribution column the file has, in {@link StudyAttribution}'s order
 * @param published the shares the study published for the year to August 2025, for comparison
 */
public record StudyTable(
        String input,
        LocalDate windowStart,
        LocalDate windowEnd,
        List<View> views,
        List<View> columns,
        Map<String, Double> published) {
    /** What the study reported: China 17.1 %, USA 15.8 %, International/Online 23.8 % (arXiv:2512.03073). */
    public static final Map<String, Double> PUBLISHED = publishedFigures();

    /** The rows of one attribution column, largest first, its values grouped as the study grouped them. */
    public record View(StudyAttribution attribution, List<ShareRow> rows) {
        public View {
            requireNonNull(attribution, "attribution is null");
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }

        /** The share of a group in this view, 0 when it has none. */
        public double share(String group) {
            return rows.stream()
                    .filter(row -> row.key().equals(group))
                    .mapToDouble(ShareRow::share)
                    .sum();
        }

        public double downloads(String group) {
            return rows.stream()
                    .filter(row -> row.key().equals(group))
                    .mapToDouble(ShareRow::downloads)
                    .sum();
        }
    }

    /**
     * How each column does against one published figure.
     *
     * @param shares the group's share by each column the file has
     * @param closest the column whose share is nearest the published one (the first of equals)
     */
    public record Reproduction(
            String group, double published, Map<StudyAttribution, Double> shares, StudyAttribution closest) {
        public Reproduction {
            requireNonNull(group, "group is null");
            shares = Map.copyOf(requireNonNull(shares, "shares is null"));
            requireNonNull(closest, "closest is null");
        }

        /** The closest column's share minus the published one. */
        public double difference() {
            return shares.get(closest) - published;
        }
    }

    public StudyTable {
        requireNonNull(input, "input is null");
        requireNonNull(windowStart, "windowStart is null");
        requireNonNull(windowEnd, "windowEnd is null");
        views = List.copyOf(requireNonNull(views, "views is null"));
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        published = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(published, "published is null")));
        if (views.isEmpty() || columns.isEmpty()) {
            throw new IllegalArgumentException("a study table needs a view and a column");
        }
    }

    public double totalDownloads() {
        return views.get(0).rows().stream().mapToDouble(ShareRow::downloads).sum();
    }

    /** For each published figure, every column's share of its group and the column that comes closest. */
    public List<Reproduction> reproduction() {
        List<Reproduction> reproduction = new ArrayList<>();
        published.forEach((group, figure) -> {
            Map<StudyAttribution, Double> shares = new LinkedHashMap<>();
            StudyAttribution closest = null;
            for (View column : columns) {
                double share = column.share(group);
                shares.put(column.attribution(), share);
                if (closest == null || Math.abs(share - figure) < Math.abs(shares.get(closest) - figure)) {
                    closest = column.attribution();
                }
            }
            reproduction.add(new Reproduction(group, figure, shares, closest));
        });
        return reproduction;
    }

    private static Map<String, Double> publishedFigures() {
        Map<String, Double> published = new LinkedHashMap<>();
        published.put("China", 0.171);
        published.put("USA", 0.158);
        published.put("International/Online", 0.238);
        return Collections.unmodifiableMap(published);
    }
}
