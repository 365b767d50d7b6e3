package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One group's best model on one leaderboard date.
 *
 * @param key the group (a country code or an organisation; {@code UNKNOWN} where the mapping found none)
 * @param position 1 + the number of models of that date rated higher, of every licence
 * @param printedRank the leaderboard's own rank, where the file prints one (LMArena ranks by confidence interval)
 * @param ciPlus how far the 95 % interval reaches above the rating, where printed
 * @param ciMinus how far below
 * @param bestProprietary the best proprietary model's rating that date, where there is one
 * @param inTop10 the group's models (open ones with --open-only) among the ten best of the date
 */
public record ArenaStanding(
        LocalDate date,
        String key,
        String modelKey,
        String displayName,
        double rating,
        int position,
        Optional<Integer> printedRank,
        Optional<Double> ciPlus,
        Optional<Double> ciMinus,
        Optional<Double> bestProprietary,
        int inTop10,
        int inTop50) {
    public ArenaStanding {
        requireNonNull(date, "date is null");
        requireNonNull(key, "key is null");
        requireNonNull(modelKey, "modelKey is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(printedRank, "printedRank is null");
        requireNonNull(ciPlus, "ciPlus is null");
        requireNonNull(ciMinus, "ciMinus is null");
        requireNonNull(bestProprietary, "bestProprietary is null");
        if (position < 1 || inTop10 < 0 || inTop50 < inTop10) {
            throw new IllegalArgumentException("position or top counts out of range for " + modelKey);
        }
    }

    /** The rank to show: the printed one where there is one, else the position. */
    public int rank() {
        return printedRank.orElse(position);
    }

    /** The rating minus the best proprietary model's (negative where behind). */
    public Optional<Double> gapToBestProprietary() {
        return bestProprietary.map(best -> rating - best);
    }

    /** The lower end of the 95 % interval, where printed. */
    public Optional<Double> lower() {
        return ciMinus.map(minus -> rating - minus);
    }

    public Optional<Double> upper() {
        return ciPlus.map(plus -> rating + plus);
    }
}
