package org.modelcensus.serve;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How much the server does at once and how long a request may wait.
 *
 * @param workers read connections answering uncached requests in parallel
 * @param cacheBytes the most bytes of answers kept (keys and overhead included)
 * @param deadline how long a request waits for its answer before it is refused as busy (HTTP 503)
 * @param queueWait how long a request waits for an idle worker before it is refused as busy
 */
public record ServeLimits(int workers, long cacheBytes, Duration deadline, Duration queueWait) {
    public ServeLimits {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be positive: " + workers);
        }
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("cacheBytes is negative: " + cacheBytes);
        }
        requireNonNull(deadline, "deadline is null");
        requireNonNull(queueWait, "queueWait is null");
        if (deadline.isNegative() || deadline.isZero() || queueWait.isNegative()) {
            throw new IllegalArgumentException("deadline must be positive and queueWait not negative");
        }
    }

    /** Two workers (the machine's cores, at most 4), 64 MiB of answers, a 30 s deadline, 2 s for a worker. */
    public static ServeLimits defaults() {
        return new ServeLimits(
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
                64L << 20,
                Duration.ofSeconds(30),
                Duration.ofSeconds(2));
    }
}
