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

/** The hub client walking ModelScope's listing, against the fake built from ModelScope's documented shapes. */
class ModelScopeClientTest {
    private static final String TOKEN = "ms-secretTOKEN456";

    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private final FakeModelScope modelScope = FakeModelScope.serving(FakeModelScope.sampleModels());
    private final ModelScopeListing listing = new ModelScopeListing();

    @AfterEach
    void stop() {
        modelScope.close();
    }

    private HubClient client(int attempts) {
        return new HubClient(
                HttpClient.newHttpClient(),
                listing,
                modelScope.endpoint(),
                Optional.of(TOKEN),
                new RetryPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMillis(500)),
                waits::add,
                () -> 0.0,
                new ObjectMapper());
    }

    private List<String> walk(HubClient client, String owner, int pageSize) throws InterruptedException {
        List<String> names = new ArrayList<>();
        Optional<URI> next =
                Optional.of(listing.firstPage(modelScope.endpoint(), pageSize, Optional.of(owner), Optional.empty()));
        for (int pages = 0; next.isPresent() && pages < 100; pages++) {
            HubPage page = client.fetch(next.get(), (duration, reason) -> {});
            page.models().forEach(model -> names.add(model.get("Name").asText()));
            next = page.next();
        }
        return names;
    }

    @Test
    void putsTheOwnerAndPageNumberAndWalksUntilTheTotalCount() throws InterruptedException {
        List<String> names = walk(client(3), "ZhipuAI", 50);

        List<JsonNode> expected = modelScope.models("ZhipuAI");
        assertThat(expected).hasSize(113);
        assertThat(names)
                .isEqualTo(expected.stream()
                        .map(model -> model.get("Name").asText())
                        .toList());
        assertThat(modelScope.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("PUT");
            assertThat(request.body().get("Path").asText()).isEqualTo("ZhipuAI");
            assertThat(request.body().get("PageSize").asInt()).isEqualTo(50);
            assertThat(request.cookie()).contains("m_session_id=" + TOKEN);
        });
        assertThat(modelScope.requests().stream()
                        .map(request -> request.body().get("PageNumber").asInt()))
                .containsExactly(1, 2, 3);
        assertThat(waits).isEmpty();
    }

    @Test
    void aFullLastPageEndsTheListingWithoutAnEmptyExtraRequest() throws InterruptedException {
        List<String> names = walk(client(3), "tencent-community", 5);

        assertThat(names).hasSize(5);
        assertThat(modelScope.requests()).hasSize(1);
    }

    @Test
    void retriesRateLimitsServerErrorsTruncatedBodiesAndDroppedConnections() throws InterruptedException {
        modelScope
                .fault(1, new FakeHub.RetryAfter(9))
                .fault(2, new FakeHub.Unavailable())
                .fault(3, new FakeHub.Truncated())
                .fault(4, new FakeHub.Dropped());
        List<String> reasons = new ArrayList<>();

        HubPage page = client(5)
                .fetch(
                        listing.firstPage(modelScope.endpoint(), 20, Optional.of("Qwen"), Optional.empty()),
                        (duration, reason) -> reasons.add(reason));

        assertThat(page.models()).hasSize(20);
        assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(9));
        assertThat(reasons)
                .hasSize(4)
                .containsSubsequence(
                        "rate limit (HTTP 429)",
                        "HTTP 503",
                        "the body is not a complete ModelScope listing (a JSON object with Data.Models)");
        assertThat(page.next().orElseThrow().getQuery()).contains("PageNumber=2");
    }

    @Test
    void aRefusalInTheBodyStopsAtOnceWithModelScopesMessage() {
        modelScope.fault(1, new FakeHub.Refused(10010205, "owner not found"));

        assertThatThrownBy(() -> walk(client(5), "no-such-owner", 10))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("ModelScope refused the listing (Code 10010205: owner not found)")
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.HUB_REFUSED);
        assertThat(modelScope.requests()).hasSize(1);
    }

    @Test
    void aRefusedTokenIsNamedByModelScopesVariableAndNeverShown() {
        modelScope.fault(1, new FakeHub.Unauthorized());

        assertThatThrownBy(() -> walk(client(5), "Qwen", 10))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("ModelScope refused the request (HTTP 401); check the token in"
                        + " MODELSCOPE_API_TOKEN or --token-file")
                .hasMessageNotContaining("HF_TOKEN")
                .hasMessageNotContaining(TOKEN);
        assertThat(modelScope.requests()).hasSize(1);
    }

    @Test
    void serverErrorsThatDoNotEndStopWithTheCheckpointKeptAndNoToken() {
        for (int request = 1; request <= 3; request++) {
            modelScope.fault(request, new FakeHub.Unavailable());
        }

        assertThatThrownBy(() -> walk(client(3), "Qwen", 10))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("ModelScope did not answer usefully (HTTP 503, 3 times)")
                .hasMessageContaining("checkpoint is kept")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void theListingNeedsAnOwnerAndCannotSearch() {
        assertThatThrownBy(() -> listing.firstPage(modelScope.endpoint(), 10, Optional.empty(), Optional.empty()))
                .hasMessageContaining("give --owner NAME");
        assertThatThrownBy(
                        () -> listing.firstPage(modelScope.endpoint(), 10, Optional.of("Qwen"), Optional.of("Coder")))
                .hasMessageContaining("leave out --search");
        assertThatThrownBy(() -> listing.firstPage(modelScope.endpoint(), 101, Optional.of("Qwen"), Optional.empty()))
                .hasMessageContaining("--page-size is 101; expected 1 to 100");
    }
}
