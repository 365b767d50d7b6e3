package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One group of a share table.
 *
 * @param key a stable identifier: a country code, an organisation name or a developer type code; {@code UNKNOWN}
 *     for namespaces the registry does not list
 * @param label a reader-facing name
 * @param downloads downloads credited to the group
 * @param share the group's part of all downloads of the snapshot, 0-1
 * @param models the number of models counted for the group
 */
public record ShareRow(String key, String label, double downloads, double share, long models) {
    /** The key of the group of namespaces the registry does not list. */
    public static final String UNKNOWN = "UNKNOWN";

    /** The label of the {@code UNKNOWN} group. */
    public static final String UNKNOWN_LABEL = "Unknown (namespaces not in the registry)";

    /** Largest downloads first, ties by key: the order of every table of groups. */
    public static final Comparator<ShareRow> BY_DOWNLOADS =
            Comparator.comparingDouble(ShareRow::downloads).reversed().thenComparing(ShareRow::key);

    public ShareRow {
        requireNonNull(key, "key is null");
        requireNonNull(label, "label is null");
        if (!(downloads >= 0)) {
            throw new IllegalArgumentException("downloads must be non-negative: " + downloads);
        }
        if (!(share >= 0 && share <= 1.000_000_001)) {
            throw new IllegalArgumentException("share out of [0, 1]: " + share);
        }
        if (models < 0) {
            throw new IllegalArgumentException("models is negative: " + models);
        }
    }

    public boolean unknown() {
        return UNKNOWN.equals(key);
    }

    /**
     * How a chart names the group: a country by its code and name ("CN China"), an organisation or a type by its label
     * ("Alibaba (CN)", "Big tech"); never a name twice, as in "UNKNOWN Unknown (...)".
     */
    public String chartName(GroupBy by) {
        int length = key.length();
        boolean repeats = label.regionMatches(true, 0, key, 0, length)
                && (label.length() == length || !Character.isLetterOrDigit(label.charAt(length)));
        return by == GroupBy.COUNTRY && !repeats ? key + " " + label : label;
    }
}
