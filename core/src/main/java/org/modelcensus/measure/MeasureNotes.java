package org.modelcensus.measure;

/**
 * What a measure had to work around in the data.
 *
 * @param decreasesClamped models whose all-time count fell within the window (a counter reset or a renamed repo),
 *     counted as 0 downloads
 * @param missingAtEnd models of the window's start snapshot missing from its end snapshot (not counted)
 * @param unknownCreationExcluded models left out of a cohort or of first-year downloads because their creation date
 *     is unknown (including the Hub's placeholder date)
 * @param firstYearBeforeData models left out of first-year downloads because the part of their first year in the
 *     window starts before the source's first snapshot, so its downloads there are unknown
 * @param thirtyDayFallback whether the source has only 30-day counts, so the window measure is the 30-day count at the
 *     snapshot
 */
public record MeasureNotes(
        long decreasesClamped,
        long missingAtEnd,
        long unknownCreationExcluded,
        long firstYearBeforeData,
        boolean thirtyDayFallback) {
    public MeasureNotes {
        if (decreasesClamped < 0 || missingAtEnd < 0 || unknownCreationExcluded < 0 || firstYearBeforeData < 0) {
            throw new IllegalArgumentException("note counts must be non-negative");
        }
    }

    public static MeasureNotes none() {
        return new MeasureNotes(0, 0, 0, 0, false);
    }

    /** One line for people, or empty when there is nothing to say. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (thirtyDayFallback) {
            text.append("the source has only 30-day counts, so the window is the 30-day count at the snapshot; ");
        }
        if (decreasesClamped > 0) {
            text.append(decreasesClamped).append(" models' all-time counts fell and were counted as 0; ");
        }
        if (missingAtEnd > 0) {
            text.append(missingAtEnd).append(" models of the start snapshot are missing at the end; ");
        }
        if (firstYearBeforeData > 0) {
            text.append(firstYearBeforeData)
                    .append(" models' first years start in the window before the source's first snapshot and were left"
                            + " out; ");
        }
        if (unknownCreationExcluded > 0) {
            text.append(unknownCreationExcluded).append(" models with unknown creation dates were left out; ");
        }
        return text.isEmpty() ? "" : text.substring(0, text.length() - 2);
    }
}
