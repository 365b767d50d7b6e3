package org.modelcensus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.cli.CliRunner;
import org.modelcensus.sample.SampleStore;
import org.modelcensus.store.CensusStore;

/** Every endpoint on port 0 over the bundled sample, against the CLI's JSON, and with bad parameters. */
class CensusServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;

    private static Path store;
    private static CensusApi api;
    private static CensusServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() {
        store = SampleStore.create(directory);
        api = new CensusApi(
                CensusStore.openForReading(store), OrganizationRegistry.bundled(), JSON, ServeLimits.defaults());
        server = CensusServer.start(api, JSON, "127.0.0.1", 0);
    }

    @AfterAll
    static void stopServer() {
        server.close();
        api.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    /** What the CLI prints with --format json on the same store (read-only, as the API holds it). */
    private static JsonNode cli(String... args) {
        return new CliRunner(directory, Map.of()).json(store, args);
    }

    @Test
    void statusListsTheSnapshots() throws Exception {
        assertThat(ok("/api/status")).isEqualTo(cli("status"));
    }

    @Test
    void sharesAnswerTheCliJsonWithBoundedRows() throws Exception {
        JsonNode api = ok("/api/shares?by=organization&view=origin&source=lineage-crawl");
        JsonNode cli = cli("shares", "--by", "organization", "--view", "origin", "--source", "lineage-crawl");

        assertThat(api.get("rows")).isEqualTo(cli.get("rows"));
        assertThat(api.get("concentration")).isEqualTo(cli.get("concentration"));
        assertThat(api.get("truncated").asBoolean()).isFalse();
        JsonNode limited = ok("/api/shares?by=organization&limit=3");
        assertThat(limited.get("rows")).hasSize(3);
        assertThat(limited.get("truncated").asBoolean()).isTrue();
        assertThat(limited.get("rowCount").asInt()).isGreaterThan(3);
    }

    @Test
    void seriesAndCrossoverAnswerTheCliJson() throws Exception {
        String flags = "by=country&measure=window&window=30d&every=week&source=forecast-hf";
        List<String> sameFlags = List.of(
                "--by",
                "country",
                "--measure",
                "window",
                "--window",
                "30d",
                "--every",
                "week",
                "--source",
                "forecast-hf");
        assertThat(ok("/api/series?" + flags)).isEqualTo(cli(CliRunner.args("series", sameFlags)));
        assertThat(ok("/api/crossover?" + flags + "&a=CN&b=US"))
                .isEqualTo(cli(CliRunner.args("crossover", sameFlags, "--a", "CN", "--b", "US")));
    }

    @Test
    void hubsAndOneHubsMeasuresAnswerTheCliJson() throws Exception {
        assertThat(ok("/api/hubs?by=organization&from=2025-05-07&to=2025-06-07"))
                .isEqualTo(cli("hubs", "--by", "organization", "--from", "2025-05-07", "--to", "2025-06-07"));
        assertThat(ok("/api/hubs")).isEqualTo(cli("hubs"));
        JsonNode modelscope = ok("/api/shares?by=organization&hub=modelscope");
        assertThat(modelscope.get("source").asText()).isEqualTo("osir-lmts-modelscope");
        assertThat(modelscope.get("rows"))
                .isEqualTo(cli("shares", "--by", "organization", "--hub", "modelscope")
                        .get("rows"));
        assertThat(ok("/api/series?by=country&hub=modelscope"))
                .isEqualTo(cli("series", "--by", "country", "--hub", "modelscope"));
        JsonNode sensitivity = ok("/api/sensitivity?by=country&hub=modelscope");
        assertThat(sensitivity).isEqualTo(cli("sensitivity", "--by", "country", "--hub", "modelscope"));
        assertThat(ok("/api/report?hub=modelscope")).isEqualTo(cli("report", "--hub", "modelscope"));
        // the worker that answered for ModelScope chooses Hugging Face's snapshots again for a query without hub
        JsonNode huggingFace = ok("/api/sensitivity?by=country");
        assertThat(huggingFace).isEqualTo(cli("sensitivity", "--by", "country"));
        assertThat(huggingFace).isNotEqualTo(sensitivity);
        assertProblem("/api/shares?by=country&hub=gitee", 400, "INVALID_ARGUMENT", "hub", "hub is \"gitee\"");
        assertProblem("/api/report?hub=gitee", 400, "INVALID_ARGUMENT", "hub", "hub is \"gitee\"");
        assertProblem("/api/hubs?by=planet", 400, "INVALID_ARGUMENT", "by", "by is \"planet\"");
        assertProblem("/api/hubs?links=true", 400, "INVALID_ARGUMENT", "links", "unknown parameter");
    }

    @Test
    void theReportAnswersWhatTheTerminalReportIsMadeOf() throws Exception {
        JsonNode api = ok("/api/report?view=origin&unknown-as=INTL");

        assertThat(api).isEqualTo(cli("report", "--view", "origin", "--unknown-as", "INTL"));
        assertThat(api.get("countries").get("view").asText()).isEqualTo("origin");
        assertThat(api.get("lineage").get("families").get("families")).isNotEmpty();
        assertThat(api.get("time")).isNotEmpty();
        assertThat(api.toString()).doesNotContain(store.toString());
        assertProblem("/api/report?by=country", 400, "INVALID_ARGUMENT", "by", "unknown parameter");
    }

    @Test
    void familiesAndLineageAnswerTheCliJsonWithAttribution() throws Exception {
        assertThat(ok("/api/families?top=3")).isEqualTo(cli("families", "--top", "3"));
        JsonNode lineage = ok("/api/lineage/unsloth/r1-1776");
        JsonNode cli = cli("lineage", "--model", "unsloth/r1-1776");

        assertThat(lineage.get("models")).isEqualTo(cli.get("models"));
        assertThat(lineage.get("attribution")
                        .get("uploader")
                        .get("organization")
                        .asText())
                .isEqualTo("Unsloth AI");
        assertThat(lineage.get("attribution").get("roots").get(0).get("id").asText())
                .isEqualTo("deepseek-ai/DeepSeek-R1");
        assertThat(lineage.get("attribution")
                        .get("roots")
                        .get(0)
                        .get("organization")
                        .get("country")
                        .asText())
                .isEqualTo("CN");
    }

    @Test
    void modelsAreFoundByPartOfTheirId() throws Exception {
        JsonNode found = ok("/api/models?search=r1-1776&limit=5");

        assertThat(found.get("models")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        found.get("models").forEach(id -> assertThat(id.asText().toLowerCase()).contains("r1-1776"));
    }

    @Test
    void badParametersAreAnswered400NamingTheParameter() throws Exception {
        assertProblem("/api/shares?by=planet", 400, "INVALID_ARGUMENT", "by", "by is \"planet\"");
        assertProblem("/api/shares", 400, "INVALID_ARGUMENT", "by", "parameter \"by\" is missing");
        assertProblem("/api/shares?by=country&color=red", 400, "INVALID_ARGUMENT", "color", "unknown parameter");
        assertProblem("/api/shares?by=country&at=yesterday", 400, "INVALID_ARGUMENT", "at", "expected a date");
        assertProblem("/api/shares?by=country&limit=0", 400, "INVALID_ARGUMENT", "limit", "from 1 to 10000");
        assertProblem("/api/shares?by=country&measure=likes", 400, "INVALID_ARGUMENT", "measure", "measure is");
        assertProblem("/api/shares?by=country&at=2025-01-01&to=2025-02-01", 400, "INVALID_ARGUMENT", "to", "give one");
        assertProblem("/api/shares?by=country&by=type", 400, "INVALID_ARGUMENT", "by", "given 2 times");
        assertProblem("/api/series?by=country&every=hour", 400, "INVALID_ARGUMENT", "every", "every is \"hour\"");
        assertProblem("/api/series?by=country&window=many", 400, "INVALID_ARGUMENT", "window", "number of days");
        assertProblem(
                "/api/series?by=country&source=forecast-hf&every=day&from=2000-01-01&to=2025-02-18",
                400,
                "INVALID_ARGUMENT",
                "every",
                "points; at most 5000");
        assertProblem("/api/crossover?by=country&a=CN", 400, "INVALID_ARGUMENT", "b", "parameter \"b\" is missing");
        assertProblem("/api/crossover?by=country&a=cn&b=US", 400, "INVALID_ARGUMENT", "a", "a is \"cn\", a group");
        assertProblem("/api/families?top=1000", 400, "INVALID_ARGUMENT", "top", "from 1 to 100");
        assertProblem("/api/shares?by=country&created-within=-3d", 400, "INVALID_ARGUMENT", "created-within", "days");
        assertProblem("/api/shares?by=country&at=2020-01-01", 400, "SNAPSHOT_NOT_FOUND", null, "no snapshot");
        assertProblem("/api/lineage/nobody/nothing", 404, "MODEL_NOT_FOUND", null, "in no snapshot");
        assertProblem("/api/models?search=", 400, "INVALID_ARGUMENT", "search", "missing");
    }

    @Test
    void onlyGetIsAnswered() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/status"))
                            .method(method, HttpRequest.BodyPublishers.ofString(method.equals("TRACE") ? "" : "{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).as(method).contains("GET, HEAD");
            assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        }
    }

    @Test
    void headAnswersLikeGetWithoutTheBody() throws Exception {
        for (String path : List.of("/", "/api/status", "/api/shares?by=country", "/dashboard.js")) {
            HttpResponse<String> get = get(path);
            HttpResponse<String> head = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                            .method("HEAD", HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(head.statusCode()).as(path).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.headers().firstValue("Content-Type"))
                    .as(path)
                    .isEqualTo(get.headers().firstValue("Content-Type"));
            // a large answer is sent in chunks, without a length; HEAD says what GET says
            assertThat(head.headers().firstValue("Content-Length"))
                    .as(path)
                    .isEqualTo(get.headers().firstValue("Content-Length"));
            get.headers()
                    .firstValue("Content-Length")
                    .ifPresent(length -> assertThat(length)
                            .isEqualTo(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length)));
        }
    }

    @Test
    void everyErrorIsJsonEvenWhereJettyAnswersItself() throws Exception {
        assertProblem("/no/such/page", 404, "NOT_FOUND", null, "no such page: /no/such/page");
        assertProblem("/api/lineage/nobody/nothing", 404, "MODEL_NOT_FOUND", null, "is in no snapshot");
        assertProblem("/api/status?x=" + "a".repeat(20_000), 414, "URI_TOO_LONG", null, "URI is too long");
        HttpResponse<String> large = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/status"))
                        .header("X-Large", "b".repeat(20_000))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(large.statusCode()).isEqualTo(431);
        assertThat(large.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(JSON.readTree(large.body()).get("code").asText()).isEqualTo("HEADERS_TOO_LARGE");
    }

    @Test
    void answersCarrySecurityHeadersAndNumbersAreAsciiDigitsOnly() throws Exception {
        for (String path : List.of("/", "/api/status", "/no/such/page")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("default-src 'none'", "script-src 'self'")
                            .doesNotContain("unsafe-eval"));
        }
        for (String number : List.of("%D9%A3", "+3", "%203", "3.0", "0x10", "１")) {
            assertProblem("/api/shares?by=country&limit=" + number, 400, "INVALID_ARGUMENT", "limit", "limit is");
        }
        assertProblem("/api/series?by=country&window=%D9%A3d", 400, "INVALID_ARGUMENT", "window", "number of days");
    }

    @Test
    void servesTheDashboardAndItsChartLibrary() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/assets/echarts.min.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>ModelCensus dashboard</title>", "/dashboard.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("echarts");
    }

    @Test
    void aCachedAnswerIsNeverGivenToADifferentQuery() throws Exception {
        ok("/api/shares?by=country&source=lineage-crawl&view=origin");

        HttpResponse<String> lookalike = get("/api/shares?by=country&source=lineage-crawl,%20view=origin");

        assertThat(lookalike.statusCode()).isEqualTo(400);
        assertThat(lookalike.body()).contains("no snapshot of source").doesNotContain(directory.toString());
    }

    @Test
    void answersRepeatTheSameBytesFromTheCache() throws Exception {
        String first = get("/api/series?by=type&source=llmfit").body();
        String second = get("/api/series?by=type&source=llmfit").body();

        assertThat(second).isEqualTo(first);
        // the same query is answered with the very bytes cached, not measured again
        Map<String, List<String>> query = Map.of("by", List.of("type"), "source", List.of("llmfit"));
        assertThat(api.series(query)).isSameAs(api.series(query));
    }

    private static void assertProblem(String path, int status, String code, String field, String message)
            throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("code").asText()).as(path).isEqualTo(code);
        assertThat(body.get("message").asText()).as(path).contains(message).doesNotContain("Exception");
        if (field == null) {
            assertThat(body.get("field").isNull()).as(path).isTrue();
        } else {
            assertThat(body.get("field").asText()).as(path).isEqualTo(field);
        }
    }
}
