package org.modelcensus.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * ModelScope's model listing: {@code PUT /api/v1/models/} with a JSON body {@code {"Path": owner, "PageNumber": n,
 * "PageSize": m}} (the listing is of one owner: ModelScope lists no other way), answered with {@code {"Code": 200,
 * "Success": true, "Data": {"Models": [...], "TotalCount": N}}}. Pages are numbered: a page's address, which
 * identifies it in a crawl's checkpoint, is {@code /api/v1/models/?Path=owner&PageNumber=n&PageSize=m}, and the next
 * page is asked for while the pages so far hold fewer models than {@code TotalCount} (without one, while pages are
 * full). A token goes as the {@code m_session_id} cookie, as ModelScope's own SDK sends it.
 */
public final class ModelScopeListing implements HubListing {
    private static final String LISTING_PATH = "/api/v1/models/";

    private final ModelScopeModelParser parser = new ModelScopeModelParser();

    @Override
    public Hub hub() {
        return Hub.MODELSCOPE;
    }

    @Override
    public SnapshotFormat format() {
        return SnapshotFormat.MODELSCOPE_API;
    }

    @Override
    public URI defaultEndpoint() {
        return URI.create("https://www.modelscope.cn");
    }

    @Override
    public String tokenVariable() {
        return "MODELSCOPE_API_TOKEN";
    }

    @Override
    public int maximumPageSize() {
        return 100;
    }

    @Override
    public URI firstPage(URI endpoint, int pageSize, Optional<String> owner, Optional<String> search) {
        HuggingFaceListing.requirePageSize(pageSize, maximumPageSize());
        if (owner.isEmpty()) {
            throw CensusException.invalidArgument(
                    "owner", "ModelScope lists models by owner only; give --owner NAME (repeat for several)");
        }
        if (search.isPresent()) {
            throw CensusException.invalidArgument(
                    "search", "ModelScope's listing cannot filter by text; leave out --search with --hub modelscope");
        }
        return page(endpoint, owner.get(), 1, pageSize);
    }

    private static URI page(URI endpoint, String owner, int number, int size) {
        return URI.create(HuggingFaceListing.base(endpoint) + LISTING_PATH + "?Path=" + HuggingFaceListing.encode(owner)
                + "&PageNumber=" + number + "&PageSize=" + size);
    }

    @Override
    public HttpRequest.Builder request(URI page, URI target, Optional<String> token) {
        Map<String, String> parameters = parameters(page);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("Path", parameters.getOrDefault("Path", ""));
        body.put("PageNumber", number(parameters, "PageNumber", page));
        body.put("PageSize", number(parameters, "PageSize", page));
        URI address = URI.create(target.getScheme() + "://" + target.getRawAuthority() + target.getRawPath());
        HttpRequest.Builder request = HttpRequest.newBuilder(address)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        token.ifPresent(value -> request.header("Cookie", "m_session_id=" + value));
        return request;
    }

    @Override
    public String answer() {
        return "a complete ModelScope listing (a JSON object with Data.Models)";
    }

    @Override
    public Optional<Page> read(JsonNode body, HttpHeaders headers, URI page) {
        if (body == null || !body.isObject()) {
            return Optional.empty();
        }
        refusal(body).ifPresent(message -> {
            throw new CensusException(
                    ErrorCode.HUB_REFUSED, page + ": ModelScope refused the listing (" + message + ")");
        });
        JsonNode models = body.path("Data").path("Models");
        if (!models.isArray()) {
            return Optional.empty();
        }
        List<JsonNode> list = new ArrayList<>(models.size());
        models.forEach(list::add);
        Map<String, String> parameters = parameters(page);
        int number = number(parameters, "PageNumber", page);
        int size = number(parameters, "PageSize", page);
        JsonNode total = body.path("Data").path("TotalCount");
        boolean more = !list.isEmpty()
                && (total.canConvertToLong() ? (long) number * size < total.asLong() : list.size() >= size);
        Optional<URI> next = more
                ? Optional.of(page(base(page), parameters.getOrDefault("Path", ""), number + 1, size))
                : Optional.empty();
        return Optional.of(new Page(list, next));
    }

    @Override
    public Optional<ModelRecord> parse(JsonNode model, String place, RowErrors errors) {
        return parser.parse(model, place, errors);
    }

    /**
     * The message of an answer that says it failed ({@code "Success": false}, or a {@code Code} other than 200),
     * if it does.
     */
    static Optional<String> refusal(JsonNode answer) {
        JsonNode success = answer.get("Success");
        JsonNode code = answer.get("Code");
        boolean failed = (success != null && success.isBoolean() && !success.asBoolean())
                || (code != null && !code.isNull() && !"200".equals(code.asText()));
        if (!failed) {
            return Optional.empty();
        }
        String message = answer.path("Message").asText("");
        return Optional.of(
                (code == null ? "" : "Code " + code.asText()) + (message.isBlank() ? "" : ": " + message.strip()));
    }

    private static URI base(URI page) {
        String text = page.toString();
        return URI.create(text.substring(0, text.indexOf(LISTING_PATH)));
    }

    private static int number(Map<String, String> parameters, String name, URI page) {
        try {
            return Integer.parseInt(parameters.getOrDefault(name, ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a ModelScope listing page: " + page, e);
        }
    }

    private static Map<String, String> parameters(URI page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = page.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(
                            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }
}
