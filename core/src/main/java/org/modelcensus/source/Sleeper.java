package org.modelcensus.source;

import java.time.Duration;

/** Waits; tests pass one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps for real. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
