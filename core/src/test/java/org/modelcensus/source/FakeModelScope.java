package org.modelcensus.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * An in-process fake of ModelScope's model listing on a loopback port, built from the documented shapes: {@code PUT
 * /api/v1/models/} with {@code {"Path", "PageNumber", "PageSize"}} answers {@code {"Code": 200, "Success": true,
 * "Data": {"Models": [...], "TotalCount": N}}} with one owner's models, most downloaded first. The faults of {@link
 * FakeHub} that make sense here are injected by request number (1 for the first request); {@link FakeHub.Shifted}
 * shifts this and every later page, as models added at the top of a listing numbered by page do.
 */
public final class FakeModelScope implements AutoCloseable {
    /** A request as the fake saw it. */
    public record Request(int number, String method, JsonNode body, Optional<String> cookie) {}

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<JsonNode> models;
    private final Map<Integer, FakeHub.Fault> faults = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicInteger shift = new java.util.concurrent.atomic.AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch hanging = new CountDownLatch(1);
    private final ObjectMapper json = new ObjectMapper();

    private FakeModelScope(List<JsonNode> models) throws IOException {
        this.models = models.stream()
                .sorted(Comparator.comparingLong(
                                (JsonNode model) -> model.path("Downloads").asLong())
                        .reversed()
                        .thenComparing(model -> model.get("Name").asText()))
                .toList();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/api/v1/models/", this::answer);
        server.start();
    }

    public static FakeModelScope serving(List<JsonNode> models) {
        try {
            return new FakeModelScope(models);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ModelScope pages of the bundled OSIR-LMTS crawl of 2025-07-07 (2,635 real models of 19 owners), as
     * ModelScope's API describes them: the crawl's namespace, name, all-time downloads and likes, with a creation
     * time, licence, task and tags made up from the name (the crawl has none).
     */
    public static List<JsonNode> sampleModels() {
        String resource = "data/sample/osir-lmts/modelscope_2025-07-07.jsonl.gz";
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> models = new ArrayList<>();
        try (InputStream raw = FakeModelScope.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = json.readTree(line);
                String name = row.get("model_name").asText();
                long created = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond() + 3_600L * (name.length() * 97);
                ObjectNode model = json.createObjectNode()
                        .put("Id", models.size() + 1)
                        .put("Path", row.get("repo").asText())
                        .put("Name", name)
                        .put("ChineseName", "")
                        .put("Downloads", row.get("total_downloads").asLong())
                        .put("Stars", row.get("likes").asLong())
                        .put("Likes", row.get("likes").asLong())
                        .put("CreatedTime", created)
                        .put("LastUpdatedTime", created + 86_400)
                        .put("License", "Apache License 2.0");
                model.putArray("Tasks")
                        .addObject()
                        .put(
                                "Name",
                                name.toLowerCase(java.util.Locale.ROOT).contains("vl")
                                        ? "visual-question-answering"
                                        : "text-generation");
                model.putArray("Tags").add("pytorch");
                models.add(model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(models);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The models of one owner, in the listing's order. */
    public List<JsonNode> models(String owner) {
        return models.stream()
                .filter(model -> model.get("Path").asText().equals(owner))
                .toList();
    }

    public FakeModelScope fault(int request, FakeHub.Fault fault) {
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

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(1 << 16);
            body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
        } catch (IOException e) {
            body = json.createObjectNode();
        }
        int number;
        synchronized (requests) {
            number = requests.size() + 1;
            requests.add(new Request(
                    number,
                    exchange.getRequestMethod(),
                    body,
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Cookie"))));
        }
        FakeHub.Fault fault = faults.get(number);
        try {
            if (!"PUT".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "{\"Code\":405,\"Success\":false,\"Message\":\"method not allowed\"}");
                return;
            }
            if (fault instanceof FakeHub.Hang) {
                hanging.countDown();
                released.await();
                exchange.close();
                return;
            }
            if (fault instanceof FakeHub.RetryAfter after) {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(after.seconds()));
                send(exchange, 429, "{\"Code\":429,\"Success\":false,\"Message\":\"too many requests\"}");
                return;
            }
            if (fault instanceof FakeHub.Unauthorized) {
                send(exchange, 401, "{\"Code\":401,\"Success\":false,\"Message\":\"not logged in\"}");
                return;
            }
            if (fault instanceof FakeHub.Unavailable) {
                send(exchange, 503, "Service Unavailable");
                return;
            }
            if (fault instanceof FakeHub.Refused refused) {
                ObjectNode answer = json.createObjectNode()
                        .put("Code", refused.code())
                        .put("Success", false)
                        .put("Message", refused.message());
                answer.putNull("Data");
                send(exchange, 200, answer.toString());
                return;
            }
            if (fault instanceof FakeHub.Slow slow) {
                Thread.sleep(slow.millis());
            }
            String owner = body.path("Path").asText("");
            int page = body.path("PageNumber").asInt(1);
            int size = body.path("PageSize").asInt(10);
            List<JsonNode> listed = models(owner);
            int offset = Math.max(0, (page - 1) * size);
            if (fault instanceof FakeHub.Shifted shifted) {
                shift.addAndGet(shifted.models());
            }
            offset = Math.max(0, offset - shift.get());
            int end = Math.min(listed.size(), offset + size);
            ObjectNode answer = json.createObjectNode().put("Code", 200).put("Success", true);
            answer.put("Message", "success").put("RequestId", "fake-" + number);
            ObjectNode data = answer.putObject("Data");
            ArrayNode listing = data.putArray("Models");
            listed.subList(Math.min(offset, end), end).forEach(listing::add);
            data.put("TotalCount", listed.size());
            String text = answer.toString();
            if (fault instanceof FakeHub.Truncated) {
                text = text.substring(0, text.length() / 2);
            }
            if (fault instanceof FakeHub.Dropped) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes, 0, bytes.length / 2);
                exchange.getResponseBody().flush();
                exchange.close();
                return;
            }
            send(exchange, 200, text);
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

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
