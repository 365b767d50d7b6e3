package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.Sha256;

/**
 * A client of a hub's model listing (the Hugging Face Hub's {@code GET /api/models}, ModelScope's {@code PUT
 * /api/v1/models/}: see {@link HubListing}): fetches pages, follows each page's next page, honours rate limits (HTTP
 * 429 with {@code RateLimit} or {@code Retry-After}), and retries server errors,
 * timeouts, dropped connections and bodies that are not JSON with exponential backoff and jitter. The token, when
 * there is one, is sent as the listing says, to the endpoint's host only, and never appears in a message.
 */
public final class HubClient {
    /** The most rate-limit waits one page may need before the client gives up. */
    static final int MAXIMUM_RATE_LIMIT_WAITS = 50;

    /** The largest page body read: 256 MiB (a page of 1,000 models is a few MiB). */
    public static final long MAXIMUM_BODY_BYTES = 256L << 20;

    /** The most redirects one request may follow, all on the endpoint's own host. */
    static final int MAXIMUM_REDIRECTS = 5;

    private final HttpClient http;
    private final HubListing listing;
    private final URI endpoint;
    private final Optional<String> token;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final ObjectMapper json;
    private final long maximumBodyBytes;

    /** Told each time the client waits, and why, so that progress can show it. */
    @FunctionalInterface
    public interface WaitListener {
        void waiting(Duration duration, String reason);
    }

    /**
     * @param http a client that does not follow redirects itself: this client follows them, on the endpoint's host only
     * @param endpoint the Hub; the token is sent to its host only, and pages elsewhere are refused
     */
    public HubClient(
            HttpClient http,
            HubListing listing,
            URI endpoint,
            Optional<String> token,
            RetryPolicy policy,
            Sleeper sleeper,
            DoubleSupplier random,
            ObjectMapper json) {
        this(http, listing, endpoint, token, policy, sleeper, random, json, MAXIMUM_BODY_BYTES);
    }

    /** A client of the Hugging Face Hub's listing. */
    public HubClient(
            HttpClient http,
            URI endpoint,
            Optional<String> token,
            RetryPolicy policy,
            Sleeper sleeper,
            DoubleSupplier random,
            ObjectMapper json) {
        this(http, new HuggingFaceListing(), endpoint, token, policy, sleeper, random, json, MAXIMUM_BODY_BYTES);
    }

    /** As above, with another bound on a page's body (for tests). */
    HubClient(
            HttpClient http,
            HubListing listing,
            URI endpoint,
            Optional<String> token,
            RetryPolicy policy,
            Sleeper sleeper,
            DoubleSupplier random,
            ObjectMapper json,
            long maximumBodyBytes) {
        this.maximumBodyBytes = maximumBodyBytes;
        this.http = requireNonNull(http, "http is null");
        this.listing = requireNonNull(listing, "listing is null");
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
        this.token = requireNonNull(token, "token is null").filter(value -> !value.isBlank());
        if (this.token.isPresent() && "http".equals(endpoint.getScheme()) && !loopback(endpoint)) {
            throw CensusException.invalidArgument(
                    "endpoint",
                    "refusing to send the token over plain http to " + endpoint.getHost() + "; use an https endpoint");
        }
        this.policy = requireNonNull(policy, "policy is null");
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
        this.random = requireNonNull(random, "random is null");
        this.json = requireNonNull(json, "json is null");
    }

    /** The listing this client walks. */
    public HubListing listing() {
        return listing;
    }

    /** Fetches one page, waiting and retrying as the Hub and the retry policy say. */
    public HubPage fetch(URI url, WaitListener listener) throws InterruptedException {
        requireSameHost(url, "page");
        Duration waited = Duration.ZERO;
        int failures = 0;
        int rateLimitWaits = 0;
        String lastProblem = "";
        while (true) {
            Duration wait;
            try {
                HttpResponse<String> response = send(url);
                int status = response.statusCode();
                if (status == 200) {
                    Optional<HubListing.Page> page =
                            parse(response.body()).flatMap(body -> listing.read(body, response.headers(), url));
                    if (page.isPresent()) {
                        Optional<URI> next = page.get().next();
                        next.ifPresent(link -> requireSameHost(link, "next page"));
                        return new HubPage(url, page.get().models(), next, Sha256.hex(response.body()), waited);
                    }
                    lastProblem = "the body is not " + listing.answer();
                } else if (status == 429) {
                    if (++rateLimitWaits > MAXIMUM_RATE_LIMIT_WAITS) {
                        throw unavailable(url, "still rate-limited after " + MAXIMUM_RATE_LIMIT_WAITS + " waits");
                    }
                    wait = RateLimitHeaders.wait(response.headers(), Instant.now())
                            .orElseGet(() -> policy.backoff(1, random.getAsDouble()));
                    listener.waiting(wait, "rate limit (HTTP 429)");
                    sleeper.sleep(wait);
                    waited = waited.plus(wait);
                    continue;
                } else if (status == 401 || status == 403) {
                    throw new CensusException(
                            ErrorCode.HUB_REFUSED,
                            redact(url + ": " + hubName() + " refused the request (HTTP " + status + "); "
                                    + (token.isPresent()
                                            ? "check the token in " + listing.tokenVariable() + " or --token-file"
                                            : "it may need a token: set " + listing.tokenVariable()
                                                    + " or give --token-file")));
                } else if (status >= 500) {
                    lastProblem = "HTTP " + status;
                } else {
                    throw new CensusException(
                            ErrorCode.HUB_REFUSED,
                            redact(url + ": " + hubName() + " answered HTTP " + status
                                    + "; check --endpoint and the filters"));
                }
            } catch (BoundedBody.TooLarge e) {
                throw unavailable(url, e.getMessage()); // retrying would read it all again
            } catch (HttpTimeoutException e) {
                lastProblem = "no complete answer within " + seconds(policy.requestTimeout());
            } catch (IOException e) {
                lastProblem = "the connection failed (" + redact(String.valueOf(e.getMessage())) + ")";
            }
            failures++;
            if (failures >= policy.attempts()) {
                throw unavailable(url, lastProblem + ", " + failures + " times");
            }
            wait = policy.backoff(failures, random.getAsDouble());
            listener.waiting(wait, lastProblem);
            sleeper.sleep(wait);
            waited = waited.plus(wait);
        }
    }

    /**
     * Sends a request, following redirects that stay on the endpoint's host. The request timeout covers the whole
     * answer, body included (a body trickled a byte at a time is a timeout, not a hang), and the body is bounded.
     */
    private HttpResponse<String> send(URI url) throws IOException, InterruptedException {
        URI target = url;
        for (int redirect = 0; ; redirect++) {
            HttpResponse<String> response = within(url, target);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status < 300 || status >= 400 || location.isEmpty()) {
                return response;
            }
            if (redirect == MAXIMUM_REDIRECTS) {
                throw new CensusException(
                        ErrorCode.HUB_REFUSED, redact(url + ": more than " + MAXIMUM_REDIRECTS + " redirects"));
            }
            target = target.resolve(location.get());
            requireSameHost(target, "redirect");
        }
    }

    /** The token goes to the endpoint's host only: a page, link or redirect elsewhere is refused. */
    private void requireSameHost(URI url, String what) {
        boolean same = endpoint.getScheme().equalsIgnoreCase(String.valueOf(url.getScheme()))
                && endpoint.getHost().equalsIgnoreCase(String.valueOf(url.getHost()))
                && endpoint.getPort() == url.getPort();
        if (!same) {
            throw new CensusException(
                    ErrorCode.HUB_REFUSED,
                    redact(hubName() + "'s " + what + " " + url + " is not on " + endpoint
                            + "; refusing to follow it (give that host as --endpoint if it is " + hubName()
                            + ")"));
        }
    }

    private static boolean loopback(URI url) {
        String host = String.valueOf(url.getHost());
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }

    private HttpResponse<String> within(URI page, URI target) throws IOException, InterruptedException {
        BoundedBody body = new BoundedBody(maximumBodyBytes);
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request(page, target), info -> body);
        HttpResponse<byte[]> response;
        try {
            response = answer.get(policy.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + seconds(policy.requestTimeout()));
        } catch (ExecutionException e) {
            if (body.overflow().isPresent()) {
                throw body.overflow().get();
            }
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            throw new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
        }
        return new DecodedResponse(response, new String(response.body(), StandardCharsets.UTF_8));
    }

    /** A response whose body was read as bytes, as text. */
    private record DecodedResponse(HttpResponse<byte[]> raw, String body) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return raw.statusCode();
        }

        @Override
        public HttpRequest request() {
            return raw.request();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return raw.headers();
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return raw.sslSession();
        }

        @Override
        public URI uri() {
            return raw.uri();
        }

        @Override
        public HttpClient.Version version() {
            return raw.version();
        }
    }

    private HttpRequest request(URI page, URI target) {
        return listing.request(page, target, token)
                .timeout(policy.requestTimeout())
                .header("Accept", "application/json")
                .build();
    }

    private Optional<JsonNode> parse(String body) {
        try {
            return Optional.ofNullable(json.readTree(body));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private CensusException unavailable(URI url, String problem) {
        return new CensusException(
                ErrorCode.HUB_UNAVAILABLE,
                redact(url + ": " + hubName() + " did not answer usefully (" + problem
                        + "); the crawl's checkpoint is kept: run the same command again to resume"));
    }

    private String hubName() {
        return listing.hub().inProse();
    }

    /** A message with the token, should it appear anywhere, replaced. */
    String redact(String message) {
        return token.map(value -> message.replace(value, "[token]")).orElse(message);
    }
}
