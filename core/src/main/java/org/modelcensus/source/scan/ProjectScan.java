package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What scanning one project found: the references in file and line order, and what was read and skipped.
 *
 * @param files the files scanned
 * @param bytes their size together
 * @param skipped how many files (or directories) were skipped, by reason
 */
public record ProjectScan(
        String name, long files, long bytes, Map<String, Long> skipped, List<FoundReference> references) {
    public ProjectScan {
        requireNonNull(name, "name is null");
        skipped = Map.copyOf(requireNonNull(skipped, "skipped is null"));
        references = List.copyOf(requireNonNull(references, "references is null"));
        if (files < 0 || bytes < 0) {
            throw new IllegalArgumentException("files and bytes must be non-negative");
        }
    }
}
