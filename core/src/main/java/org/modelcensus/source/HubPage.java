package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One page of the Hub's model listing.
 *
 * @param models the page's model objects, as the Hub gave them
 * @param next the next page, from the {@code Link: <...>; rel="next"} header; empty on the last page
 * @param sha256 the SHA-256 of the page's body, for provenance
 * @param waited time spent waiting for rate limits and backoff before the page came
 */
public record HubPage(URI url, List<JsonNode> models, Optional<URI> next, String sha256, Duration waited) {
    public HubPage {
        requireNonNull(url, "url is null");
        models = List.copyOf(requireNonNull(models, "models is null"));
        requireNonNull(next, "next is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(waited, "waited is null");
    }
}
