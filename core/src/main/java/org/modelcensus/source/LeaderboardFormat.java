package org.modelcensus.source;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The leaderboard files {@code import} understands: dated LMArena (Chatbot Arena) standings. */
public enum LeaderboardFormat {
    /** LMArena's published Elo files gathered as one CSV: key, Model, rating, License, Organization, date (yyyyMMdd). */
    ARENA_HISTORY(
            "arena-history", "LMArena's Elo ratings 2023-05 … 2025-03 (github.com/jasontrigg0/chatbot-arena-history)"),
    /** Scrapes of LMArena's text leaderboard: date, rank, model, score, ci95, votes, organization, license. */
    LMARENA_HISTORY(
            "lmarena-history",
            "scrapes of LMArena's text leaderboard 2025 (github.com/kevinschaul/lmarena-leaderboard-history)");

    private final String label;
    private final String description;

    LeaderboardFormat(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Optional<LeaderboardFormat> fromLabel(String label) {
        return Arrays.stream(values())
                .filter(format -> format.label.equals(label))
                .findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(LeaderboardFormat::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}
