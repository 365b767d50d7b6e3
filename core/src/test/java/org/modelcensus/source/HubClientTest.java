package org.modelcensus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

class HubClientTest {
    private static final String TOKEN = "hf_secretTOKEN123";

    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private final FakeHub hub = FakeHub.serving(FakeHub.sampleModels());

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private HubClient client(int attempts) {
        return new HubClient(
                HttpClient.newHttpClient(),
                hub.endpoint(),
                Optional.of(TOKEN),
                new RetryPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMillis(500)),
                waits::add,
                () -> 0.0,
                new ObjectMapper());
    }

    private URI first(int pageSize) {
        return new HuggingFaceListing().firstPage(hub.endpoint(), pageSize, Optional.empty(), Optional.empty());
    }

    @Test
    void asksForEveryFieldSortedByDownloadsAndFollowsTheLinkHeader() throws InterruptedException {
        HubClient client = client(3);
        List<String> ids = new ArrayList<>();
        Optional<URI> next = Optional.of(first(100));
        int pages = 0;
        while (next.isPresent()) {
            HubPage page = client.fetch(next.get(), (duration, reason) -> {});
            page.models().forEach(model -> ids.add(model.get("id").asText()));
            next = page.next();
            pages++;
            assertThat(page.sha256()).hasSize(64);
        }

        assertThat(pages).isEqualTo(4);
        assertThat(ids)
                .isEqualTo(hub.models().stream()
                        .map(model -> model.get("id").asText())
                        .toList());
        String query = hub.requests().get(0).query();
        assertThat(query).contains("limit=100", "sort=downloads", "direction=-1");
        for (String field : HuggingFaceListing.EXPANDED_FIELDS) {
            assertThat(query).contains("expand%5B%5D=" + field);
        }
        assertThat(hub.requests())
                .allSatisfy(request -> assertThat(request.authorization()).contains("Bearer " + TOKEN));
        assertThat(waits).isEmpty();
    }

    @Test
    void waitsAsTheRateLimitHeadersSayAndRetriesTheSamePage() throws InterruptedException {
        hub.fault(1, new FakeHub.RateLimited(55)).fault(2, new FakeHub.RetryAfter(7));
        List<String> reasons = new ArrayList<>();

        HubPage page = client(3).fetch(first(50), (duration, reason) -> reasons.add(reason));

        assertThat(waits).containsExactly(Duration.ofSeconds(55), Duration.ofSeconds(7));
        assertThat(reasons).containsExactly("rate limit (HTTP 429)", "rate limit (HTTP 429)");
        assertThat(page.models()).hasSize(50);
        assertThat(page.waited()).isEqualTo(Duration.ofSeconds(62));
        assertThat(hub.requests()).extracting(FakeHub::offsetOf).containsExactly(0, 0, 0);
    }

    @Test
    void retriesServerErrorsTimeoutsBadBodiesAndDroppedConnectionsWithBackoff() throws InterruptedException {
        hub.fault(1, new FakeHub.Unavailable())
                .fault(2, new FakeHub.Slow(2_000))
                .fault(3, new FakeHub.Truncated())
                .fault(4, new FakeHub.Dropped());
        List<String> reasons = new ArrayList<>();

        HubPage page = client(5).fetch(first(50), (duration, reason) -> reasons.add(reason));

        assertThat(page.models())
                .extracting(model -> model.get("id").asText())
                .isEqualTo(hub.models().subList(0, 50).stream()
                        .map(model -> model.get("id").asText())
                        .toList());
        // 1 s doubling, no jitter (the random source gives 0)
        assertThat(waits)
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(reasons.get(0)).isEqualTo("HTTP 503");
        assertThat(reasons.get(1)).isEqualTo("no complete answer within 0.5 s");
        assertThat(reasons.get(2)).isEqualTo("the body is not a complete JSON array of models");
        assertThat(reasons.get(3)).startsWith("the connection failed");
    }

    @Test
    void aBodyTrickledAByteAtATimeIsATimeoutNotAHang() throws InterruptedException {
        hub.fault(1, new FakeHub.Trickle(100));
        List<String> reasons = new ArrayList<>();
        long start = System.nanoTime();

        HubPage page = client(3).fetch(first(50), (duration, reason) -> reasons.add(reason));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(reasons).containsExactly("no complete answer within 0.5 s");
        assertThat(page.models()).hasSize(50);
    }

    @Test
    void oddRateLimitValuesGiveBoundedWaits() throws InterruptedException {
        hub.fault(1, new FakeHub.RateLimitHeaders("\"api\";r=0;t=99999999999999999999", null))
                .fault(2, new FakeHub.RateLimitHeaders(null, "-5"))
                .fault(3, new FakeHub.RateLimitHeaders(null, "Wed, 21 Oct 2015 07:28:00 GMT"))
                .fault(4, new FakeHub.RateLimitHeaders(null, "Fri, 31 Dec 9999 23:59:59 GMT"))
                .fault(5, new FakeHub.RateLimitHeaders(null, "soon"))
                .fault(6, new FakeHub.RateLimitHeaders("\"api\";r=0;t=120", "9"));

        HubPage page = client(3).fetch(first(50), (duration, reason) -> {});

        assertThat(page.models()).hasSize(50);
        assertThat(waits)
                .containsExactly(
                        RateLimitHeaders.MAXIMUM_WAIT, // a number too large for any clock
                        Duration.ZERO, // a negative one
                        Duration.ZERO, // a date in the past
                        RateLimitHeaders.MAXIMUM_WAIT, // a date far ahead
                        Duration.ofSeconds(1), // text: the client backs off as for any failure
                        Duration.ofSeconds(120)); // the Hub's own header wins over Retry-After
    }

    @Test
    void aBodyLargerThanTheBoundStopsThePageWithoutRetrying() {
        hub.fault(1, new FakeHub.Huge(2 << 20));
        HubClient small = new HubClient(
                HttpClient.newHttpClient(),
                new HuggingFaceListing(),
                hub.endpoint(),
                Optional.empty(),
                new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(10)),
                waits::add,
                () -> 0.0,
                new ObjectMapper(),
                1 << 20);

        assertThatThrownBy(() -> small.fetch(first(50), (duration, reason) -> {}))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("the answer is larger than 1 MiB; stopped reading it");
        assertThat(hub.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void givesUpAfterTheAttemptsAllowedWithoutPrintingTheToken() {
        for (int request = 1; request <= 3; request++) {
            hub.fault(request, new FakeHub.Unavailable());
        }

        assertThatThrownBy(() -> client(3).fetch(first(50), (duration, reason) -> {}))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("the Hub did not answer usefully (HTTP 503, 3 times); the crawl's checkpoint is"
                        + " kept: run the same command again to resume")
                .hasMessageNotContaining(TOKEN)
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.HUB_UNAVAILABLE);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void followsRedirectsOnTheEndpointsHostWithTheToken() throws InterruptedException {
        URI first = first(50);
        hub.fault(1, new FakeHub.Redirect(first.getRawPath() + "?" + first.getRawQuery() + "&moved=1"));

        HubPage page = client(2).fetch(first, (duration, reason) -> {});

        assertThat(page.models()).hasSize(50);
        assertThat(hub.requests()).hasSize(2);
        assertThat(hub.requests().get(1).query()).contains("moved=1");
        assertThat(hub.requests().get(1).authorization()).contains("Bearer " + TOKEN);
    }

    @Test
    void refusesToTakeTheTokenToAnotherHost() {
        hub.fault(1, new FakeHub.Redirect("http://localhost:" + hub.endpoint().getPort() + "/api/models"));
        hub.fault(2, new FakeHub.ForeignLink("localhost"));

        assertThatThrownBy(() -> client(2).fetch(first(50), (duration, reason) -> {}))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("the Hub's redirect http://localhost:")
                .hasMessageContaining("refusing to follow it")
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.HUB_REFUSED);
        assertThatThrownBy(() -> client(2).fetch(first(50), (duration, reason) -> {}))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("the Hub's next page http://localhost:");
        assertThat(hub.requests())
                .hasSize(2)
                .allSatisfy(request -> assertThat(request.query()).doesNotContain("localhost"));
        assertThatThrownBy(() -> new HubClient(
                        HttpClient.newHttpClient(),
                        URI.create("http://example.org"),
                        Optional.of(TOKEN),
                        RetryPolicy.standard(),
                        waits::add,
                        () -> 0.0,
                        new ObjectMapper()))
                .isInstanceOf(CensusException.class)
                .hasMessage("refusing to send the token over plain http to example.org; use an https endpoint");
    }

    @Test
    void backoffDoublesIsCappedAndAddsJitter() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(5));

        assertThat(policy.backoff(1, 0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3, 0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoff(10, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void readsTheRateLimitHeaderOfTheHub() {
        assertThat(RateLimitHeaders.reset("\"api\";r=0;t=55")).contains(Duration.ofSeconds(55));
        assertThat(RateLimitHeaders.reset("\"api\";r=12;t=3")).contains(Duration.ofSeconds(3));
        assertThat(RateLimitHeaders.reset("\"api\";r=12")).isEmpty();
    }

    @Test
    void filtersByAuthorAndSearch() throws InterruptedException {
        HubPage page = client(2)
                .fetch(
                        new HuggingFaceListing()
                                .firstPage(hub.endpoint(), 100, Optional.of("unsloth"), Optional.of("R1")),
                        (duration, reason) -> {});

        assertThat(page.models())
                .isNotEmpty()
                .allSatisfy(model -> assertThat(model.get("id").asText())
                        .startsWith("unsloth/")
                        .contains("R1"));
        assertThat(hub.requests().get(0).query()).contains("author=unsloth", "search=R1");
        List<JsonNode> expected = hub.models().stream()
                .filter(model -> model.get("id").asText().startsWith("unsloth/")
                        && model.get("id").asText().contains("R1"))
                .toList();
        assertThat(page.models()).hasSameSizeAs(expected);
    }
}
