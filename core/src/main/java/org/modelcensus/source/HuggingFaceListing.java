package org.modelcensus.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcensus.CensusException;

/**
 * The Hugging Face Hub's model listing: {@code GET /api/models} sorted by downloads, with every field a snapshot needs
 * asked for with {@code expand[]=}; the answer is a JSON array of models and the next page an opaque cursor in the
 * {@code Link} header. A token goes as {@code Authorization: Bearer}.
 */
public final class HuggingFaceListing implements HubListing {
    /** The fields a snapshot needs, asked for with {@code expand[]=}. */
    public static final List<String> EXPANDED_FIELDS = List.of(
            "author",
            "createdAt",
            "lastModified",
            "downloads",
            "downloadsAllTime",
            "likes",
            "pipeline_tag",
            "library_name",
            "tags",
            "cardData",
            "gated",
            "safetensors");

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    private final HubModelParser parser = new HubModelParser();

    @Override
    public Hub hub() {
        return Hub.HUGGINGFACE;
    }

    @Override
    public SnapshotFormat format() {
        return SnapshotFormat.HUB_API;
    }

    @Override
    public URI defaultEndpoint() {
        return URI.create("https://huggingface.co");
    }

    @Override
    public String tokenVariable() {
        return "HF_TOKEN";
    }

    @Override
    public int maximumPageSize() {
        return 1000;
    }

    @Override
    public URI firstPage(URI endpoint, int pageSize, Optional<String> owner, Optional<String> search) {
        requirePageSize(pageSize, maximumPageSize());
        StringBuilder query = new StringBuilder("limit=").append(pageSize).append("&sort=downloads&direction=-1");
        for (String field : EXPANDED_FIELDS) {
            query.append("&expand%5B%5D=").append(field);
        }
        owner.ifPresent(value -> query.append("&author=").append(encode(value)));
        search.ifPresent(value -> query.append("&search=").append(encode(value)));
        return URI.create(base(endpoint) + "/api/models?" + query);
    }

    @Override
    public HttpRequest.Builder request(URI page, URI target, Optional<String> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).GET();
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return request;
    }

    @Override
    public String answer() {
        return "a complete JSON array of models";
    }

    @Override
    public Optional<Page> read(JsonNode body, HttpHeaders headers, URI page) {
        if (body == null || !body.isArray()) {
            return Optional.empty();
        }
        List<JsonNode> models = new ArrayList<>(body.size());
        body.forEach(models::add);
        return Optional.of(new Page(models, next(headers, page)));
    }

    @Override
    public Optional<ModelRecord> parse(JsonNode model, String place, RowErrors errors) {
        return parser.parse(model, place, errors);
    }

    /** The next page from the {@code Link} header, resolved against the page's own address. */
    static Optional<URI> next(HttpHeaders headers, URI url) {
        for (String link : headers.allValues("Link")) {
            Matcher matcher = NEXT_LINK.matcher(link);
            if (matcher.find()) {
                return Optional.of(url.resolve(matcher.group(1)));
            }
        }
        return Optional.empty();
    }

    static void requirePageSize(int pageSize, int maximum) {
        if (pageSize < 1 || pageSize > maximum) {
            throw CensusException.invalidArgument(
                    "page-size", "--page-size is " + pageSize + "; expected 1 to " + maximum);
        }
    }

    static String base(URI endpoint) {
        return endpoint.toString().replaceAll("/+$", "");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
