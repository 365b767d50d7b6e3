package org.modelcensus.store;

import java.time.Duration;

/** Told how a crawl goes, so that the command line can show progress. */
public interface CrawlProgress {
    /**
     * A page is committed.
     *
     * @param pages pages committed so far, including those of an earlier run
     * @param models models committed so far
     * @param waited time waited for rate limits and retries so far
     */
    void page(long pages, long models, Duration waited);

    /** The client waits before asking again. */
    void waiting(Duration duration, String reason);

    /** Reports nothing. */
    static CrawlProgress silent() {
        return new CrawlProgress() {
            @Override
            public void page(long pages, long models, Duration waited) {}

            @Override
            public void waiting(Duration duration, String reason) {}
        };
    }
}
