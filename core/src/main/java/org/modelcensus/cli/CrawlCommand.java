package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.source.Hub;
import org.modelcensus.source.HubClient;
import org.modelcensus.source.HubListing;
import org.modelcensus.source.RetryPolicy;
import org.modelcensus.source.Sleeper;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.CrawlProgress;
import org.modelcensus.store.CrawlRequest;
import org.modelcensus.store.CrawlResult;
import org.modelcensus.store.HubCrawler;
import org.modelcensus.store.ImportResult;
import org.modelcensus.store.SnapshotImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "crawl",
        mixinStandardHelpOptions = true,
        description = {
            "Crawl the live Hub's (or ModelScope's) model listing into one snapshot.",
            "",
            "Hugging Face: GET /api/models sorted by downloads, with every field a snapshot needs, following the Link"
                    + " header's cursor until the last page. ModelScope (--hub modelscope): PUT /api/v1/models/ for"
                    + " each --owner (ModelScope lists by owner only), page by page until its TotalCount; all-time"
                    + " downloads, stored as a source of ModelScope snapshots. Honours HTTP 429 (RateLimit,"
                    + " Retry-After) and retries server"
                    + " errors, timeouts, dropped connections and bodies that are not JSON with exponential backoff."
                    + " Each page is committed with a checkpoint: if the crawl is interrupted, run the same command"
                    + " again and it resumes after the last committed page. The snapshot, dated at the crawl's start,"
                    + " appears only when the last page is in.",
            "A token is read from HF_TOKEN (ModelScope: MODELSCOPE_API_TOKEN) or --token-file and sent as"
                    + " Authorization: Bearer (ModelScope: its session cookie); it is never printed or stored. Without"
                    + " one the crawl is anonymous, with lower rate limits.",
            "",
            "Examples:",
            "  modelcensus crawl --author Qwen --author deepseek-ai",
            "  modelcensus crawl --limit 100000",
            "  modelcensus crawl --hub modelscope --owner Qwen --owner ZhipuAI",
            ""
        })
final class CrawlCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(
            names = "--hub",
            paramLabel = "HUB",
            defaultValue = "huggingface",
            description = "The hub to crawl: huggingface (default) or modelscope.")
    String hubLabel;

    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description = "The hub's address (default https://huggingface.co; ModelScope https://www.modelscope.cn).")
    URI endpoint;

    @Option(
            names = {"--author", "--owner"},
            paramLabel = "NAMESPACE",
            description = "Only this namespace's models; repeat for several (each is one listing). ModelScope needs"
                    + " at least one.")
    List<String> authors = new ArrayList<>();

    @Option(names = "--search", paramLabel = "TEXT", description = "Only models whose id contains this text.")
    String search;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N models (the most downloaded first).")
    Long limit;

    @Option(
            names = "--page-size",
            paramLabel = "N",
            description = "Models per request: at most and by default 1000 (ModelScope 100).")
    Integer pageSize;

    @Option(
            names = "--source",
            paramLabel = "LABEL",
            description = "The snapshot's source label (default hub-api; ModelScope modelscope-api).")
    String source;

    @Option(names = "--token-file", paramLabel = "PATH", description = "Read the Hub token from this file.")
    Path tokenFile;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "How long one request may take (default 60).")
    int timeoutSeconds;

    @Option(
            names = "--retries",
            paramLabel = "N",
            defaultValue = "8",
            description = "How many times in all a page is tried before the crawl stops with its checkpoint kept"
                    + " (default 8).")
    int attempts;

    @Option(names = "--restart", description = "Discard the checkpoint of an interrupted run of this crawl.")
    boolean restart;

    @Mixin
    CommonOptions common;

    CrawlCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws InterruptedException {
        Hub hub = ArgumentParser.forFlags().hub(hubLabel);
        HubListing listing = HubListing.of(hub);
        URI endpoint = this.endpoint == null ? listing.defaultEndpoint() : this.endpoint;
        if (timeoutSeconds < 1 || attempts < 1) {
            throw CensusException.invalidArgument(
                    timeoutSeconds < 1 ? "timeout" : "retries", "--timeout and --retries must be positive");
        }
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
            throw CensusException.invalidArgument(
                    "endpoint", "--endpoint is \"" + endpoint + "\"; expected an http or https URL");
        }
        CrawlRequest request;
        try {
            request = new CrawlRequest(
                    endpoint,
                    authors,
                    Optional.ofNullable(search),
                    limit == null ? OptionalLong.empty() : OptionalLong.of(limit),
                    pageSize == null ? listing.maximumPageSize() : pageSize,
                    source == null ? listing.format().label() : source,
                    restart,
                    hub);
        } catch (IllegalArgumentException e) {
            throw CensusException.invalidArgument("limit", "--limit must be positive");
        }
        request.firstPage(0); // checks --page-size, and ModelScope's owner and search, before anything is written
        Optional<String> token = token(listing.tokenVariable());
        RetryPolicy policy = new RetryPolicy(
                attempts, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(timeoutSeconds));
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(timeoutSeconds))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HubClient client = new HubClient(
                http,
                listing,
                endpoint,
                token,
                policy,
                Sleeper.system(),
                () -> ThreadLocalRandom.current().nextDouble(),
                context.json());
        try (CensusStore store = common.openForWriting(context)) {
            SnapshotImporter importer = new SnapshotImporter(store, context.json(), context.clock());
            CrawlResult result = new HubCrawler(store, client, importer, context.clock()).crawl(request, progress());
            if (context.interactive()) {
                context.err().print("\r\033[K");
            }
            print(result);
        }
        return 0;
    }

    private Optional<String> token(String variable) {
        if (tokenFile != null) {
            try {
                String text =
                        Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    throw CensusException.invalidArgument("token-file", "--token-file " + tokenFile + " is empty");
                }
                return Optional.of(text);
            } catch (IOException e) {
                throw new CensusException(
                        ErrorCode.UNREADABLE_FILE, "--token-file " + tokenFile + " cannot be read", e);
            }
        }
        return Optional.ofNullable(context.environment().get(variable)).filter(value -> !value.isBlank());
    }

    /** Waits at least this long are printed even when stderr is not a terminal (a log, a CI job). */
    static final Duration PRINTED_WAIT = Duration.ofSeconds(5);

    /** Progress on a terminal; elsewhere (a log file, CI) only the long waits, a line each. */
    CrawlProgress progress() {
        if (!context.interactive()) {
            return new CrawlProgress() {
                @Override
                public void page(long pages, long models, Duration waited) {}

                @Override
                public void waiting(Duration duration, String reason) {
                    if (duration.compareTo(PRINTED_WAIT) >= 0) {
                        context.err().printf("modelcensus crawl: waiting %,d s: %s%n", duration.toSeconds(), reason);
                    }
                }
            };
        }
        Instant start = context.clock().instant();
        return new CrawlProgress() {
            @Override
            public void page(long pages, long models, Duration waited) {
                double seconds = Math.max(
                        0.001,
                        Duration.between(start, context.clock().instant()).toMillis() / 1000.0);
                StringBuilder line = new StringBuilder(String.format(
                        "\r\033[K  %,d pages, %,d models, %,.0f models/s, %,d s waited for rate limits and retries",
                        pages, models, models / seconds, waited.toSeconds()));
                if (limit != null && models > 0) {
                    long left = Math.max(0, limit - models);
                    line.append(String.format(", about %,d s to go", Math.round(left / (models / seconds))));
                }
                context.err().print(line);
            }

            @Override
            public void waiting(Duration duration, String reason) {
                context.err().printf("\r\033[K  waiting %,d s: %s", duration.toSeconds(), reason);
            }
        };
    }

    private void print(CrawlResult result) {
        ImportResult.WrittenSnapshot snapshot = result.snapshot().snapshots().get(0);
        context.out()
                .printf(
                        "Crawled %,d models in %,d pages%s into snapshot %s (%s), which now holds %,d models;"
                                + " waited %,d s for rate limits and retries.%n",
                        result.models(),
                        result.pages(),
                        result.resumed() ? " (resumed from a checkpoint)" : "",
                        snapshot.date(),
                        snapshot.source(),
                        snapshot.models(),
                        result.waited().toSeconds());
        if (result.snapshot().duplicatesCollapsed() > 0) {
            context.out()
                    .printf(
                            "%,d models were listed on more than one page; the last listing was kept.%n",
                            result.snapshot().duplicatesCollapsed());
        }
        if (result.skipped() > 0) {
            context.err()
                    .printf("modelcensus crawl: %,d models could not be read and were skipped:%n", result.skipped());
            result.skippedMessages().forEach(message -> context.err().println("  " + message));
        }
    }
}
