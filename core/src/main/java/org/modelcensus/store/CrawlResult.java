package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * What a crawl did.
 *
 * @param resumed whether it went on from the checkpoint of an interrupted run
 * @param skipped models the Hub listed that could not be read (the first messages in {@code skippedMessages})
 */
public record CrawlResult(
        ImportResult snapshot,
        long pages,
        long models,
        Duration waited,
        boolean resumed,
        long skipped,
        List<String> skippedMessages) {
    public CrawlResult {
        requireNonNull(snapshot, "snapshot is null");
        requireNonNull(waited, "waited is null");
        skippedMessages = List.copyOf(requireNonNull(skippedMessages, "skippedMessages is null"));
    }
}
