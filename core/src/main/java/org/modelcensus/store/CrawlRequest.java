package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.modelcensus.Sha256;
import org.modelcensus.source.Hub;
import org.modelcensus.source.HubListing;

/**
 * What to crawl: a hub's model listing at {@code endpoint}, one namespace at a time ({@code authors}; ModelScope lists
 * by owner only) or (on the Hugging Face Hub) all of it sorted by downloads or filtered by text, up to {@code limit}
 * models, {@code pageSize} per request.
 *
 * @param source the label of the snapshot the crawl becomes
 * @param restart whether to discard the checkpoint of an earlier, interrupted run of the same crawl
 */
public record CrawlRequest(
        URI endpoint,
        List<String> authors,
        Optional<String> search,
        OptionalLong limit,
        int pageSize,
        String source,
        boolean restart,
        Hub hub) {
    /** A crawl of the Hugging Face Hub. */
    public CrawlRequest(
            URI endpoint,
            List<String> authors,
            Optional<String> search,
            OptionalLong limit,
            int pageSize,
            String source,
            boolean restart) {
        this(endpoint, authors, search, limit, pageSize, source, restart, Hub.HUGGINGFACE);
    }

    public CrawlRequest {
        requireNonNull(endpoint, "endpoint is null");
        authors = List.copyOf(requireNonNull(authors, "authors is null"));
        requireNonNull(search, "search is null");
        requireNonNull(limit, "limit is null");
        requireNonNull(source, "source is null");
        requireNonNull(hub, "hub is null");
        limit.ifPresent(value -> {
            if (value < 1) {
                throw new IllegalArgumentException("limit must be positive: " + value);
            }
        });
    }

    /** The number of listings walked: one per author, or one for the whole Hub. */
    public int listings() {
        return Math.max(1, authors.size());
    }

    /** The most pages a crawl without a limit walks: enough for 100 million models at 1,000 a page. */
    public static final long MAXIMUM_PAGES = 100_000;

    /** The first page of listing {@code index}. */
    public URI firstPage(int index) {
        Optional<String> author = authors.isEmpty() ? Optional.empty() : Optional.of(authors.get(index));
        return HubListing.of(hub).firstPage(endpoint, requestedPageSize(), author, search);
    }

    /** Models asked for per page: the page size, or the limit when it is smaller (--limit 10 asks for 10). */
    public int requestedPageSize() {
        return limit.isPresent() && limit.getAsLong() < pageSize ? (int) limit.getAsLong() : pageSize;
    }

    /**
     * The most pages this crawl may take before it stops as broken: twice what the limit needs, plus a few per
     * listing for short last pages; without a limit, {@link #MAXIMUM_PAGES}.
     */
    public long maximumPages() {
        if (limit.isEmpty()) {
            return MAXIMUM_PAGES;
        }
        long needed = (limit.getAsLong() + requestedPageSize() - 1) / requestedPageSize();
        return 2 * needed + 5L * listings();
    }

    /** Identifies a crawl, so that running the same command again resumes it. */
    public String key() {
        String text = String.join(
                "\n",
                endpoint.toString(),
                String.join(",", authors),
                search.orElse(""),
                limit.isPresent() ? Long.toString(limit.getAsLong()) : "",
                Integer.toString(pageSize),
                source,
                hub == Hub.HUGGINGFACE ? "" : hub.label());
        return Sha256.hex(text);
    }
}
