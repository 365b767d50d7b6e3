package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

/** Which registry a result used: where it was read from, its row count and the SHA-256 of its file. */
public record RegistryVersion(String name, int rows, String sha256) {
    public RegistryVersion {
        requireNonNull(name, "name is null");
        requireNonNull(sha256, "sha256 is null");
        if (rows < 0) {
            throw new IllegalArgumentException("rows is negative: " + rows);
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 is not 64 hex digits: " + sha256);
        }
    }

    /** {@code data/organizations.csv (337 rows, sha256 1a2b3c4d5e6f)}. */
    public String describe() {
        return name + " (" + rows + " rows, sha256 " + sha256.substring(0, 12) + ")";
    }
}
