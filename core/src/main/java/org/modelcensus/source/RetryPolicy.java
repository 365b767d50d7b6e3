package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the Hub client retries a page after a server error, a timeout, a dropped connection or a body that is not JSON:
 * exponential backoff with jitter, a bounded number of times.
 *
 * @param attempts how many times a page is tried in all before the crawl stops (its checkpoint kept)
 * @param firstBackoff the wait before the first retry; each next one doubles, up to {@code maximumBackoff}
 * @param requestTimeout how long one request may take
 */
public record RetryPolicy(int attempts, Duration firstBackoff, Duration maximumBackoff, Duration requestTimeout) {
    public RetryPolicy {
        requireNonNull(firstBackoff, "firstBackoff is null");
        requireNonNull(maximumBackoff, "maximumBackoff is null");
        requireNonNull(requestTimeout, "requestTimeout is null");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be positive: " + attempts);
        }
        if (firstBackoff.isNegative() || maximumBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoffs must be non-negative and the maximum at least the first");
        }
    }

    /** Eight attempts, 1 s doubling to 60 s, 60 s per request. */
    public static RetryPolicy standard() {
        return new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    /**
     * The wait before retry number {@code retry} (1 for the first): the doubled backoff, capped, with up to half of it
     * added at random so that many clients do not retry in step.
     */
    public Duration backoff(int retry, double random) {
        if (retry < 1 || random < 0 || random >= 1) {
            throw new IllegalArgumentException("retry must be positive and random in [0, 1)");
        }
        long base = firstBackoff.toMillis() << Math.min(retry - 1, 30);
        long capped = Math.min(base, maximumBackoff.toMillis());
        return Duration.ofMillis(capped + (long) (capped * 0.5 * random));
    }
}
