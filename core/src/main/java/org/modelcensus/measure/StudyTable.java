package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The study's headline table recomputed from its own file: country shares of first-year downloads in the uploader
 * view ({@code org_country}) and the derived view ({@code derived_org_country}).
 *
 * @param uploader rows by the uploader's country, largest first
 * @param derived rows by the country of the model each derivative derives from, largest first
 * @param published the shares the study published for the year to August 2025, for comparison
 */
public record StudyTable(
        String input,
        LocalDate windowStart,
        LocalDate windowEnd,
        List<ShareRow> uploader,
        List<ShareRow> derived,
        Map<String, Double> published) {
    /** What the study reported: China 17.1 %, USA 15.8 %, International/Online 23.8 % (arXiv:2512.03073). */
    public static final Map<String, Double> PUBLISHED =
            Map.of("China", 0.171, "USA", 0.158, "International/Online", 0.238);

    public StudyTable {
        requireNonNull(input, "input is null");
        requireNonNull(windowStart, "windowStart is null");
        requireNonNull(windowEnd, "windowEnd is null");
        uploader = List.copyOf(requireNonNull(uploader, "uploader is null"));
        derived = List.copyOf(requireNonNull(derived, "derived is null"));
        published = Map.copyOf(requireNonNull(published, "published is null"));
    }

    public double totalDownloads() {
        return uploader.stream().mapToDouble(ShareRow::downloads).sum();
    }
}
