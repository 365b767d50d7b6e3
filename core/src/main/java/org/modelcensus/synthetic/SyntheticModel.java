package org.modelcensus.synthetic;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One synthetic model as a snapshot shows it.
 *
 * @param createdAt the creation time the Hub reports (possibly its placeholder)
 * @param trueCreation when the model appeared, which decides the snapshots that hold it
 */
public record SyntheticModel(
        String id,
        String author,
        Instant createdAt,
        Instant trueCreation,
        long downloads,
        long downloadsAllTime,
        long likes,
        String pipelineTag,
        String libraryName,
        List<String> tags) {
    public SyntheticModel {
        requireNonNull(id, "id is null");
        requireNonNull(author, "author is null");
        requireNonNull(createdAt, "createdAt is null");
        tags = List.copyOf(tags);
    }
}
