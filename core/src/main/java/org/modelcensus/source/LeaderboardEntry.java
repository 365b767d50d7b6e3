package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One model's standing on one date of the LMArena leaderboard, as the file prints it.
 *
 * @param line the line of the file it was read from, for messages
 * @param modelKey LMArena's model key (e.g. {@code qwen2.5-72b-instruct})
 * @param rank the rank the leaderboard printed, where it prints one (LMArena ranks by confidence interval)
 * @param ciPlus how far above the rating the 95 % interval reaches, where printed
 * @param ciMinus how far below it
 * @param license the licence as printed
 * @param organization the organisation as printed
 */
public record LeaderboardEntry(
        long line,
        LocalDate date,
        String modelKey,
        String displayName,
        double rating,
        Optional<Integer> rank,
        Optional<Double> ciPlus,
        Optional<Double> ciMinus,
        Optional<Long> votes,
        String license,
        String organization) {
    public LeaderboardEntry {
        requireNonNull(date, "date is null");
        requireNonNull(modelKey, "modelKey is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(rank, "rank is null");
        requireNonNull(ciPlus, "ciPlus is null");
        requireNonNull(ciMinus, "ciMinus is null");
        requireNonNull(votes, "votes is null");
        requireNonNull(license, "license is null");
        requireNonNull(organization, "organization is null");
        if (modelKey.isBlank()) {
            throw new IllegalArgumentException("the model key is empty");
        }
        if (!Double.isFinite(rating) || rating <= 0) {
            throw new IllegalArgumentException("the rating is not a positive number: " + rating);
        }
        if (ciPlus.isPresent() != ciMinus.isPresent()) {
            throw new IllegalArgumentException("a confidence interval needs both bounds");
        }
    }
}
