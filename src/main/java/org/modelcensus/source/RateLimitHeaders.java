package org.modelcensus.source;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how long the Hub asks a client to wait after HTTP 429: the {@code t} of {@code RateLimit: "api";r=0;t=55}
 * (seconds until the window resets), else {@code Retry-After} in seconds.
 */
public final class RateLimitHeaders {
    private static final Pattern RESET = Pattern.compile("(?:^|;)\\s*t\\s*=\\s*(\\d+)");

    private RateLimitHeaders() {}

    public static Optional<Duration> wait(HttpHeaders headers) {
        Optional<Duration> reset = headers.firstValue("RateLimit").flatMap(RateLimitHeaders::reset);
        if (reset.isPresent()) {
            return reset;
        }
        return headers.firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date; the caller backs off instead
            }
        });
    }

    static Optional<Duration> reset(String value) {
        Matcher matcher = RESET.matcher(value);
        return matcher.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }
}
