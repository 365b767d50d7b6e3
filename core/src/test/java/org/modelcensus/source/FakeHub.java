package org.modelcensus.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * An in-process fake of the Hub's model listing ({@code GET /api/models}) on a loopback port: pages of real model
 * objects sorted by downloads, an opaque cursor in {@code Link: <...>; rel="next"}, the {@code limit}, {@code author}
 * and {@code search} parameters, and faults injected by request number (1 for the first request).
 */
public final class FakeHub implements AutoCloseable {
    /** A fault to answer one request with. */
    public sealed interface Fault {}

    /** HTTP 429 with {@code RateLimit: "api";r=0;t=<seconds>} and {@code RateLimit-Policy}. */
    public record RateLimited(int seconds) implements Fault {}

    /** HTTP 429 with only {@code Retry-After: <seconds>}. */
    public record RetryAfter(int seconds) implements Fault {}

    /** HTTP 503. */
    public record Unavailable() implements Fault {}

    /** The page, after a delay. */
    public record Slow(long millis) implements Fault {}

    /** HTTP 200 with the first half of the page's JSON. */
    public record Truncated() implements Fault {}

    /** The connection closed in the middle of the answer (headers sent, half of the body). */
    public record Dropped() implements Fault {}

    /** The page starts this many models early, as when the listing shifts while it is walked. */
    public record Shifted(int models) implements Fault {}

    /** HTTP 302 to the same page at another address (a host name, or a path on this host). */
    public record Redirect(String location) implements Fault {}

    /** The page, with its next-page link on another host. */
    public record ForeignLink(String host) implements Fault {}

    /** The page, its body sent one byte every {@code millis} milliseconds. */
    public record Trickle(long millis) implements Fault {}

    /** HTTP 429 with these headers as given (null leaves one out). */
    public record RateLimitHeaders(String rateLimit, String retryAfter) implements Fault {}

    /** The page, with a next-page link to the very same address: a cursor that repeats. */
    public record LoopingCursor() implements Fault {}

    /** The page, with a body padded to at least this many bytes. */
    public record Huge(int bytes) implements Fault {}

    /** No answer until {@link #release()}. */
    public record Hang() implements Fault {}

    /** HTTP 401, as for a missing or wrong token. */
    public record Unauthorized() implements Fault {}

    /** HTTP 200 with a body saying the request failed, as ModelScope answers ({@code "Success": false}). */
    public record Refused(int code, String message) implements Fault {}

    /** A request as the fake saw it. */
    public record Request(int number, String query, Optional<String> authorization) {}

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<JsonNode> models;
    private final Map<Integer, Fault> faults = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch hanging = new CountDownLatch(1);
    private final ObjectMapper json = new ObjectMapper();

    private FakeHub(List<JsonNode> models) throws IOException {
        this.models = models.stream()
                .sorted(Comparator.comparingLong(
                                (JsonNode model) -> model.path("downloads").asLong())
                        .reversed()
                        .thenComparing(model -> model.get("id").asText()))
                .toList();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/api/models", this::answer);
        server.start();
    }

    public static FakeHub serving(List<JsonNode> models) {
        try {
            return new FakeHub(models);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Real model objects from the bundled crawls of the DeepSeek-R1 and DeepSeek-V3 trees (380 models). */
    public static List<JsonNode> sampleModels() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (String crawl : List.of("DeepSeek-R1_finetunes_20250422_180448", "DeepSeek-V3_finetunes_20250422_220003")) {
            String resource = "data/sample/lineage/" + crawl + ".jsonl.gz";
            try (InputStream raw = FakeHub.class.getClassLoader().getResourceAsStream(resource);
                    BufferedReader lines = new BufferedReader(
                            new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                ObjectMapper json = new ObjectMapper();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    JsonNode model = json.readTree(line);
                    byId.put(model.get("id").asText(), model);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(byId.values());
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<JsonNode> models() {
        return models;
    }

    public FakeHub fault(int request, Fault fault) {
        faults.put(request, fault);
        return this;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Waits until a request hangs. */
    public boolean awaitHanging(long seconds) throws InterruptedException {
        return hanging.await(seconds, TimeUnit.SECONDS);
    }

    /** Lets hanging requests go on. */
    public void release() {
        released.countDown();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query =
                Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        int number;
        synchronized (requests) {
            number = requests.size() + 1;
            requests.add(new Request(
                    number,
                    query,
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))));
        }
        Map<String, String> parameters = parameters(query);
        Fault fault = faults.get(number);
        try {
            if (fault instanceof Hang) {
                hanging.countDown();
                released.await();
                exchange.close();
                return;
            }
            if (fault instanceof RateLimited limited) {
                exchange.getResponseHeaders().add("RateLimit", "\"api\";r=0;t=" + limited.seconds());
                exchange.getResponseHeaders().add("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300");
                send(exchange, 429, "{\"error\":\"rate limited\"}");
                return;
            }
            if (fault instanceof RetryAfter after) {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(after.seconds()));
                send(exchange, 429, "{\"error\":\"rate limited\"}");
                return;
            }
            if (fault instanceof RateLimitHeaders headers) {
                Optional.ofNullable(headers.rateLimit())
                        .ifPresent(value -> exchange.getResponseHeaders().add("RateLimit", value));
                Optional.ofNullable(headers.retryAfter())
                        .ifPresent(value -> exchange.getResponseHeaders().add("Retry-After", value));
                send(exchange, 429, "{\"error\":\"rate limited\"}");
                return;
            }
            if (fault instanceof Redirect redirect) {
                exchange.getResponseHeaders().add("Location", redirect.location());
                send(exchange, 302, "");
                return;
            }
            if (fault instanceof Unavailable) {
                send(exchange, 503, "Service Unavailable");
                return;
            }
            if (fault instanceof Slow slow) {
                Thread.sleep(slow.millis());
            }
            int limit = Integer.parseInt(parameters.getOrDefault("limit", "1000"));
            int offset = parameters.containsKey("cursor") ? decode(parameters.get("cursor")) : 0;
            if (fault instanceof Shifted shifted) {
                offset = Math.max(0, offset - shifted.models());
            }
            List<JsonNode> listed = models.stream()
                    .filter(model -> !parameters.containsKey("author")
                            || model.get("id").asText().startsWith(parameters.get("author") + "/"))
                    .filter(model -> !parameters.containsKey("search")
                            || model.get("id").asText().contains(parameters.get("search")))
                    .toList();
            int end = Math.min(listed.size(), offset + limit);
            ArrayNode page = json.createArrayNode();
            listed.subList(Math.min(offset, end), end).forEach(page::add);
            if (fault instanceof LoopingCursor) {
                exchange.getResponseHeaders()
                        .add("Link", "<" + endpoint() + exchange.getRequestURI() + ">; rel=\"next\"");
            } else if (end < listed.size()) {
                String base = fault instanceof ForeignLink foreign
                        ? "http://" + foreign.host() + ":" + server.getAddress().getPort()
                        : endpoint().toString();
                String next = base + "/api/models?"
                        + query.replaceAll("(^|&)cursor=[^&]*", "").replaceAll("^&", "") + "&cursor=" + encode(end);
                exchange.getResponseHeaders().add("Link", "<" + next + ">; rel=\"next\"");
            }
            String body = page.toString();
            if (fault instanceof Truncated) {
                body = body.substring(0, body.length() / 2);
            }
            if (fault instanceof Huge huge) {
                body = body + " ".repeat(Math.max(0, huge.bytes() - body.length()));
            }
            if (fault instanceof Trickle trickle) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                OutputStream out = exchange.getResponseBody();
                for (int index = 0; index < bytes.length && index < 600; index++) { // at most a minute of it
                    out.write(bytes[index]);
                    out.flush();
                    Thread.sleep(trickle.millis());
                }
                exchange.close();
                return;
            }
            if (fault instanceof Dropped) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes, 0, bytes.length / 2);
                exchange.getResponseBody().flush();
                exchange.close();
                return;
            }
            send(exchange, 200, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away, as a killed crawl does
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        return Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).substring(1));
    }

    /** The cursor offset of a request, 0 for a first page. */
    public static int offsetOf(Request request) {
        Map<String, String> parameters = parameters(request.query());
        return parameters.containsKey("cursor") ? decode(parameters.get("cursor")) : 0;
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
