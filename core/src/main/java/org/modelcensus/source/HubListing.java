package org.modelcensus.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;

/**
 * What differs between the model listings of the hubs a crawl can walk: how a page is addressed and asked for, how an
 * answer is read into models and a next page, how a token is sent, and how a model object becomes a {@link
 * ModelRecord}. {@link HubClient} does the rest (retries, rate limits, redirects, bounds) the same for every hub.
 */
public sealed interface HubListing permits HuggingFaceListing, ModelScopeListing {
    /** The models of one page and the address of the next, as an answer gave them. */
    record Page(List<JsonNode> models, Optional<URI> next) {
        public Page {
            models = List.copyOf(models);
            java.util.Objects.requireNonNull(next, "next is null");
        }
    }

    /** The listing of a hub. */
    static HubListing of(Hub hub) {
        return switch (hub) {
            case HUGGINGFACE -> new HuggingFaceListing();
            case MODELSCOPE -> new ModelScopeListing();
        };
    }

    Hub hub();

    /** The format of the snapshots a crawl of this listing writes. */
    SnapshotFormat format();

    /** The hub's public address, the default {@code --endpoint}. */
    URI defaultEndpoint();

    /** The environment variable a token is read from. */
    String tokenVariable();

    /** The most models one page may ask for. */
    int maximumPageSize();

    /**
     * The address of a listing's first page; the address identifies the page in a crawl's checkpoint.
     *
     * @param owner only this namespace's models; required where the hub lists by owner only
     * @param search only models whose id contains this text, where the hub can filter so
     */
    URI firstPage(URI endpoint, int pageSize, Optional<String> owner, Optional<String> search);

    /**
     * The request for a page, sent to {@code target}: the page's own address, or where a redirect of it leads.
     *
     * @param token sent as the hub expects, when there is one
     */
    HttpRequest.Builder request(URI page, URI target, Optional<String> token);

    /** What an answer of a page is, for messages: "a complete JSON array of models". */
    String answer();

    /**
     * Reads an answer of HTTP 200: empty when it is not a listing (a truncated or garbled body, worth retrying).
     *
     * @throws org.modelcensus.CensusException when the hub answers with a refusal in the body
     */
    Optional<Page> read(JsonNode body, HttpHeaders headers, URI page);

    /** Parses one model object of a page; problems go to {@code errors} at {@code place}. */
    Optional<ModelRecord> parse(JsonNode model, String place, RowErrors errors);
}
