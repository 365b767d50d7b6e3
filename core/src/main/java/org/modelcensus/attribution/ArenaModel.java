package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;

/**
 * A leaderboard model mapped to the census: its organisation (hence country and type), its licence class and, where
 * one exists, its Hub repository, with how that was found.
 *
 * @param license the licence as the leaderboard printed it
 * @param licenseName the licence normalised ({@code data/arena/licenses.csv}); empty where the leaderboard names none
 * @param arenaOrganization the organisation as the leaderboard printed it
 * @param hubId the Hub repository, where one was found with enough confidence
 * @param match how the Hub repository was found (or why there is none)
 * @param confidence how sure the match is, 0 … 1 (1 for the mapping file and the leaderboard's links)
 * @param evidence the mapping file's source, the link, or the fuzzy candidate and its score
 */
public record ArenaModel(
        String key,
        String displayName,
        String license,
        String licenseName,
        Weights weights,
        String arenaOrganization,
        Optional<Organization> organization,
        Optional<String> hubId,
        HubMatch match,
        double confidence,
        String evidence) {
    public ArenaModel {
        requireNonNull(key, "key is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(license, "license is null");
        requireNonNull(licenseName, "licenseName is null");
        requireNonNull(weights, "weights is null");
        requireNonNull(arenaOrganization, "arenaOrganization is null");
        requireNonNull(organization, "organization is null");
        requireNonNull(hubId, "hubId is null");
        requireNonNull(match, "match is null");
        requireNonNull(evidence, "evidence is null");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence is outside 0 … 1: " + confidence);
        }
        if (hubId.isPresent() != match.found()) {
            throw new IllegalArgumentException(match + " and a Hub id " + hubId + " disagree");
        }
    }

    /** Whether the weights of a model are published, from its licence. */
    public enum Weights {
        OPEN("open"),
        PROPRIETARY("proprietary"),
        UNKNOWN("unknown");

        private final String label;

        Weights(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Optional<Weights> fromLabel(String label) {
            return Arrays.stream(values())
                    .filter(weights -> weights.label.equals(label))
                    .findFirst();
        }
    }

    /** Where a model's Hub repository came from, in the order they are tried. */
    public enum HubMatch {
        /** A row of {@code data/arena/models.csv}. */
        MAPPING_FILE("mapping-file", true),
        /** The leaderboard table's own link to the Hub. */
        LEADERBOARD_LINK("leaderboard-link", true),
        /** The closest Hub id of the organisation's namespaces in the store, close enough. */
        FUZZY("fuzzy", true),
        /** The mapping file says the model has no Hub repository of its own. */
        NOT_ON_HUB("not-on-hub", false),
        /** The closest candidate was not close enough: reported, not used. */
        LOW_CONFIDENCE("low-confidence", false),
        /** No candidate at all. */
        UNMATCHED("unmatched", false);

        private final String label;
        private final boolean found;

        HubMatch(String label, boolean found) {
            this.label = label;
            this.found = found;
        }

        public String label() {
            return label;
        }

        public boolean found() {
            return found;
        }
    }
}
