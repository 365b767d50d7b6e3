package org.modelcensus.report;

import java.util.Locale;

/** How numbers read in terminal output: rounded only here, when rendered. */
final class Figures {
    private Figures() {}

    /** {@code 871,860,639}: a count rounded to a whole number, with thousands separators. */
    static String count(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    /** {@code 1 snapshot}, {@code 2,048 snapshots}: a count and its noun, plural unless the count is one. */
    static String counted(long value, String noun) {
        return count(value) + " " + noun + (value == 1 ? "" : "s");
    }

    /** {@code 57.97 %}: a share of 0-1 as a percentage with two decimals. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * share);
    }

    /** A number with the given decimals and thousands separators. */
    static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
