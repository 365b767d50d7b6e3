package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A crawl of the Hub that stopped before its end: where it stands, kept so that running the same command resumes it.
 *
 * @param listing the first page of its listing
 * @param pages pages committed so far
 * @param models models committed so far
 */
public record InterruptedCrawl(
        String listing, String source, LocalDate snapshotDate, LocalDateTime startedAt, long pages, long models) {
    public InterruptedCrawl {
        requireNonNull(listing, "listing is null");
        requireNonNull(source, "source is null");
        requireNonNull(snapshotDate, "snapshotDate is null");
        requireNonNull(startedAt, "startedAt is null");
        if (pages < 0 || models < 0) {
            throw new IllegalArgumentException("pages and models must be non-negative");
        }
    }
}
