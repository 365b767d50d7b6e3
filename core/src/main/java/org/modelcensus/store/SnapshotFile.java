package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/** A file a snapshot was imported from, with the SHA-256 of its bytes as stored. */
public record SnapshotFile(String name, String sha256, long models, LocalDateTime importedAt) {
    public SnapshotFile {
        requireNonNull(name, "name is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(importedAt, "importedAt is null");
    }
}
