package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.modelcensus.attribution.ArenaModel;
import org.modelcensus.attribution.AttributionView;

/**
 * Leaderboard ratings beside downloads: for each open-weights leaderboard model of one date whose Hub repository is
 * in the measured snapshot, its rating and the downloads of its repository (uploader view) or of its whole family
 * (origin view), and Spearman's rank correlation between rating and downloads over distinct repositories.
 */
public record QualityAdoption(
        MeasureSelection selection,
        AttributionView view,
        LocalDate date,
        List<Row> rows,
        Optional<RankCorrelation> correlation) {
    public QualityAdoption {
        requireNonNull(selection, "selection is null");
        requireNonNull(view, "view is null");
        requireNonNull(date, "date is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
        requireNonNull(correlation, "correlation is null");
    }

    /**
     * One country's rated repositories: how many, the best rating among them, and their downloads in the view asked
     * for (each repository once, however many leaderboard entries name it).
     */
    public record CountryRow(String country, int repositories, double bestRating, double downloads) {
        public CountryRow {
            requireNonNull(country, "country is null");
        }
    }

    /** The rows summed by country, most downloaded first. */
    public List<CountryRow> byCountry() {
        java.util.Map<String, java.util.Set<String>> repositories = new java.util.TreeMap<>();
        java.util.Map<String, Double> best = new java.util.HashMap<>();
        java.util.Map<String, Double> downloads = new java.util.HashMap<>();
        for (Row row : rows) {
            best.merge(row.country(), row.rating(), Math::max);
            if (repositories
                    .computeIfAbsent(row.country(), ignored -> new java.util.TreeSet<>())
                    .add(row.hubId())) {
                downloads.merge(row.country(), row.downloads(view), Double::sum);
            }
        }
        return repositories.keySet().stream()
                .map(country -> new CountryRow(
                        country, repositories.get(country).size(), best.get(country), downloads.get(country)))
                .sorted(java.util.Comparator.comparingDouble(CountryRow::downloads)
                        .reversed()
                        .thenComparing(CountryRow::country))
                .toList();
    }

    /**
     * One leaderboard model.
     *
     * @param country the country of its developer, {@code UNKNOWN} where the mapping found none
     * @param root the root of its family in the snapshot's lineage (the repository itself where it declares none)
     * @param ownDownloads its repository's downloads
     * @param familyDownloads the root's and every derivative's, each split among its roots
     * @param derivatives the number of derivatives counted
     */
    public record Row(
            ArenaModel model,
            double rating,
            String country,
            String hubId,
            String root,
            double ownDownloads,
            double familyDownloads,
            long derivatives) {
        public Row {
            requireNonNull(model, "model is null");
            requireNonNull(country, "country is null");
            requireNonNull(hubId, "hubId is null");
            requireNonNull(root, "root is null");
        }

        /** The downloads of the view asked for. */
        public double downloads(AttributionView view) {
            return view == AttributionView.ORIGIN ? familyDownloads : ownDownloads;
        }
    }
}
