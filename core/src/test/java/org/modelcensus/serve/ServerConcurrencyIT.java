package org.modelcensus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.sample.SampleStore;
import org.modelcensus.store.CensusStore;

/**
 * The server under load: uncached work runs on a pool of read connections, so heavy requests neither block cached
 * answers nor the status; when every worker is busy or an answer misses its deadline the request is refused with 503
 * and JSON at once, and the work goes on so that the retry finds it cached. Bounds are generous: they catch a server
 * that serialises or hangs, not a slow machine.
 */
class ServerConcurrencyIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path directory;

    private static Path store;

    @BeforeAll
    static void createStore() {
        store = SampleStore.create(directory);
    }

    /** A daily origin-view series over forecast-hf's 232 days: seconds of work; each start date is its own answer. */
    private static String heavy(int variant) {
        return "/api/series?by=country&view=origin&source=forecast-hf&measure=window&every=day&from=2024-08-"
                + String.format("%02d", 1 + variant);
    }

    @Test
    void cachedAnswersAndTheStatusDoNotWaitForHeavyWork() throws Exception {
        ServeLimits limits = new ServeLimits(2, 64L << 20, Duration.ofSeconds(120), Duration.ofSeconds(120));
        try (CensusApi api =
                        new CensusApi(CensusStore.openForReading(store), OrganizationRegistry.bundled(), JSON, limits);
                CensusServer server = CensusServer.start(api, JSON, "127.0.0.1", 0)) {
            assertThat(get(server, "/api/shares?by=country").statusCode()).isEqualTo(200); // now cached
            List<CompletableFuture<HttpResponse<String>>> clients = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                clients.add(HTTP.sendAsync(request(server, heavy(client)), HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(300);

            long cachedMillis = timed(server, "/api/shares?by=country");
            long statusMillis = timed(server, "/api/status");
            boolean heavyStillRunning = clients.stream().anyMatch(client -> !client.isDone());

            assertThat(heavyStillRunning)
                    .as("the heavy requests were still running")
                    .isTrue();
            assertThat(cachedMillis).as("a cached answer during heavy work, ms").isLessThan(1_000);
            assertThat(statusMillis).as("the status during heavy work, ms").isLessThan(1_000);
            for (CompletableFuture<HttpResponse<String>> client : clients) {
                HttpResponse<String> response = client.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(JSON.readTree(response.body()).get("points").size()).isGreaterThan(100);
            }
        }
    }

    @Test
    void overCapacityOrPastTheDeadlineIsA503AndTheRetryFindsTheAnswer() throws Exception {
        ServeLimits limits = new ServeLimits(1, 64L << 20, Duration.ofMillis(300), Duration.ofMillis(100));
        try (CensusApi api =
                        new CensusApi(CensusStore.openForReading(store), OrganizationRegistry.bundled(), JSON, limits);
                CensusServer server = CensusServer.start(api, JSON, "127.0.0.1", 0)) {
            long start = System.nanoTime();
            HttpResponse<String> late = get(server, heavy(0));
            long lateMillis = (System.nanoTime() - start) / 1_000_000;
            HttpResponse<String> refused = get(server, heavy(1));

            assertThat(late.statusCode()).isEqualTo(503);
            assertThat(lateMillis)
                    .as("refused at its deadline, not when the work ends")
                    .isLessThan(5_000);
            JsonNode problem = JSON.readTree(late.body());
            assertThat(problem.get("code").asText()).isEqualTo("SERVER_BUSY");
            assertThat(problem.get("message").asText()).contains("not ready within");
            assertThat(late.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(refused.body()).get("message").asText()).contains("busy");
            assertThat(get(server, "/api/status").statusCode()).isEqualTo(200);

            HttpResponse<String> retried = late;
            for (int attempt = 0; attempt < 240 && retried.statusCode() == 503; attempt++) {
                Thread.sleep(500);
                retried = get(server, heavy(0));
            }
            assertThat(retried.statusCode())
                    .as("the retry finds the answer computed meanwhile")
                    .isEqualTo(200);
        }
    }

    private static long timed(CensusServer server, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get(server, path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static HttpResponse<String> get(CensusServer server, String path) throws Exception {
        return HTTP.send(request(server, path), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(CensusServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(300))
                .build();
    }
}
