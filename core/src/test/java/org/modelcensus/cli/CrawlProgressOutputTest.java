package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelcensus.store.CrawlProgress;

class CrawlProgressOutputTest {
    @Test
    void withoutATerminalEveryLongWaitIsALineAndNothingElseIsPrinted() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(
                Map.of(),
                Path.of("."),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(),
                new ObjectMapper(),
                false);
        CrawlProgress progress = new CrawlCommand(context).progress();

        progress.page(1, 1_000, Duration.ZERO);
        progress.waiting(Duration.ofSeconds(2), "HTTP 503");
        progress.waiting(Duration.ofSeconds(55), "rate limit (HTTP 429)");
        progress.waiting(CrawlCommand.PRINTED_WAIT, "HTTP 503");

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("modelcensus crawl: waiting 55 s: rate limit (HTTP 429)\n"
                        + "modelcensus crawl: waiting 5 s: HTTP 503\n");
    }
}
