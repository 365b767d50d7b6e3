package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One model as a snapshot saw it: its Hub id, who published it, when, and how often it was downloaded.
 *
 * @param id the Hub id as the source spells it, normally {@code owner/name}
 * @param namespace the Hub namespace that published the model (the owner part of the id, or the author)
 * @param createdAt when the repository was created; empty when unknown, including the Hub's placeholder date
 * @param createdAtPlaceholder whether the source gave the Hub's placeholder creation date (see {@link #PLACEHOLDER})
 * @param downloadsLast30Days downloads in the 30 days before the snapshot; empty where the source has none
 * @param downloadsAllTime downloads since the model was created; empty where the source has none
 * @param parameters total parameter count, where known
 * @param baseModelDeclaration the raw JSON of {@code cardData.base_model}, kept for the lineage stage
 * @param baseModelRelation {@code cardData.base_model_relation}, where given
 */
public record ModelRecord(
        String id,
        String namespace,
        Optional<Instant> createdAt,
        boolean createdAtPlaceholder,
        Optional<Instant> lastModified,
        OptionalLong downloadsLast30Days,
        OptionalLong downloadsAllTime,
        OptionalLong likes,
        Optional<String> pipelineTag,
        Optional<String> libraryName,
        Optional<String> license,
        Optional<String> gated,
        OptionalLong parameters,
        List<String> tags,
        Optional<String> baseModelDeclaration,
        Optional<String> baseModelRelation) {

    /**
     * The creation date the Hub gives every repository created before it stored creation dates; it means "unknown".
     */
    public static final Instant PLACEHOLDER = Instant.parse("2022-03-02T23:29:04.000Z");

    /**
     * The largest download count a model may have: a trillion. No model comes near it (the most downloaded have
     * billions), and it keeps the sum of any snapshot of up to 9 million models exact in 64-bit integers.
     */
    public static final long MAXIMUM_DOWNLOADS = 1_000_000_000_000L;

    public ModelRecord {
        requireNonNull(id, "id is null");
        requireNonNull(namespace, "namespace is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        if (namespace.isBlank()) {
            throw new IllegalArgumentException("namespace is blank");
        }
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(lastModified, "lastModified is null");
        requireDownloads(downloadsLast30Days, "downloadsLast30Days");
        requireDownloads(downloadsAllTime, "downloadsAllTime");
        requireNonNegative(likes, "likes");
        requireNonNegative(parameters, "parameters");
        requireNonNull(pipelineTag, "pipelineTag is null");
        requireNonNull(libraryName, "libraryName is null");
        requireNonNull(license, "license is null");
        requireNonNull(gated, "gated is null");
        tags = List.copyOf(requireNonNull(tags, "tags is null"));
        requireNonNull(baseModelDeclaration, "baseModelDeclaration is null");
        requireNonNull(baseModelRelation, "baseModelRelation is null");
        if (createdAtPlaceholder && createdAt.isPresent()) {
            throw new IllegalArgumentException("a placeholder creation date must be stored as unknown");
        }
    }

    /** Whether the model names a base model, in its tags or its card: whether it takes part in lineage. */
    public boolean declaresBaseModel() {
        return baseModelDeclaration.isPresent() || tags.stream().anyMatch(tag -> tag.startsWith("base_model:"));
    }

    private static void requireDownloads(OptionalLong value, String name) {
        requireNonNegative(value, name);
        if (value.isPresent() && value.getAsLong() > MAXIMUM_DOWNLOADS) {
            throw new IllegalArgumentException(name + " is above " + MAXIMUM_DOWNLOADS + ": " + value.getAsLong());
        }
    }

    private static void requireNonNegative(OptionalLong value, String name) {
        requireNonNull(value, name + " is null");
        if (value.isPresent() && value.getAsLong() < 0) {
            throw new IllegalArgumentException(name + " is negative: " + value.getAsLong());
        }
    }

    public static Builder builder(String id, String namespace) {
        return new Builder(id, namespace);
    }

    /** Builds a record field by field; fields left unset are unknown. */
    public static final class Builder {
        private final String id;
        private final String namespace;
        private Instant createdAt;
        private boolean createdAtPlaceholder;
        private Instant lastModified;
        private Long downloadsLast30Days;
        private Long downloadsAllTime;
        private Long likes;
        private String pipelineTag;
        private String libraryName;
        private String license;
        private String gated;
        private Long parameters;
        private List<String> tags = List.of();
        private String baseModelDeclaration;
        private String baseModelRelation;

        private Builder(String id, String namespace) {
            this.id = id;
            this.namespace = namespace;
        }

        /** Sets the creation time; the Hub's placeholder is recorded as unknown. */
        public Builder createdAt(Instant value) {
            if (PLACEHOLDER.equals(value)) {
                createdAt = null;
                createdAtPlaceholder = true;
            } else {
                createdAt = value;
                createdAtPlaceholder = false;
            }
            return this;
        }

        public Builder lastModified(Instant value) {
            lastModified = value;
            return this;
        }

        public Builder downloadsLast30Days(Long value) {
            downloadsLast30Days = value;
            return this;
        }

        public Builder downloadsAllTime(Long value) {
            downloadsAllTime = value;
            return this;
        }

        public Builder likes(Long value) {
            likes = value;
            return this;
        }

        public Builder pipelineTag(String value) {
            pipelineTag = value;
            return this;
        }

        public Builder libraryName(String value) {
            libraryName = value;
            return this;
        }

        public Builder license(String value) {
            license = value;
            return this;
        }

        public Builder gated(String value) {
            gated = value;
            return this;
        }

        public Builder parameters(Long value) {
            parameters = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder baseModelDeclaration(String value) {
            baseModelDeclaration = value;
            return this;
        }

        public Builder baseModelRelation(String value) {
            baseModelRelation = value;
            return this;
        }

        public ModelRecord build() {
            return new ModelRecord(
                    id,
                    namespace,
                    Optional.ofNullable(createdAt),
                    createdAtPlaceholder,
                    Optional.ofNullable(lastModified),
                    optional(downloadsLast30Days),
                    optional(downloadsAllTime),
                    optional(likes),
                    Optional.ofNullable(pipelineTag),
                    Optional.ofNullable(libraryName),
                    Optional.ofNullable(license),
                    Optional.ofNullable(gated),
                    optional(parameters),
                    tags,
                    Optional.ofNullable(baseModelDeclaration),
                    Optional.ofNullable(baseModelRelation));
        }

        private static OptionalLong optional(Long value) {
            return value == null ? OptionalLong.empty() : OptionalLong.of(value);
        }
    }
}
