package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Two consecutive points of a series whose sets of models differ a lot (a changing panel): the source's model count
 * moved by {@value #PERCENT} % or more, so shares may move because models came or went rather than because the same
 * models were downloaded differently ({@code series --explain} says how much).
 *
 * @param modelsFrom the models of the earlier point's snapshot
 * @param modelsTo the models of the later point's snapshot
 * @param entered the models counted with downloads at the later point that the earlier snapshot lacks
 * @param enteredShare their part of the later point's downloads, 0-1
 */
public record PanelChange(
        LocalDate from, LocalDate to, long modelsFrom, long modelsTo, long entered, double enteredShare) {
    /** How far the model count must move, in percent of the earlier count, for a panel to count as changing. */
    public static final int PERCENT = 10;

    public PanelChange {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
    }

    /** Whether two snapshots' model counts are far enough apart to check the panel. */
    static boolean changes(long modelsFrom, long modelsTo) {
        return Math.abs(modelsTo - modelsFrom) * 100 >= PERCENT * Math.max(modelsFrom, 1);
    }

    /** {@code 2026-04-29 to 2026-05-06: models 987 -> 1,519; models that entered carry 23.4 % of the downloads}. */
    public String describe() {
        return from + " to " + to + ": the source's models went from " + String.format("%,d", modelsFrom) + " to "
                + String.format("%,d", modelsTo) + "; " + String.format("%,d", entered)
                + " models that entered carry " + String.format("%.1f %%", 100 * enteredShare)
                + " of the later point's downloads";
    }
}
