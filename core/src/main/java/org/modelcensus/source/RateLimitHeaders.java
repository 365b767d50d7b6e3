package org.modelcensus.source;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how long the Hub asks a client to wait after HTTP 429: the {@code t} of {@code RateLimit: "api";r=0;t=55}
 * (seconds until the window resets), else {@code Retry-After} in seconds or as an HTTP date. Whatever a server sends,
 * the wait is between 0 and {@link #MAXIMUM_WAIT}: a huge number, a negative one or a date far ahead cannot stall a
 * crawl; text that is none of these gives no wait, and the caller backs off instead.
 */
public final class RateLimitHeaders {
    /** The longest wait a server can ask for: 15 minutes (the Hub's windows are 5 minutes). */
    public static final Duration MAXIMUM_WAIT = Duration.ofMinutes(15);

    private static final Pattern RESET = Pattern.compile("(?:^|;)\\s*t\\s*=\\s*(-?\\d+)");

    private static final Pattern SECONDS = Pattern.compile("-?\\d+");

    private RateLimitHeaders() {}

    /** The wait the headers ask for, at {@code now} (for an HTTP date), capped. */
    public static Optional<Duration> wait(HttpHeaders headers, Instant now) {
        Optional<Duration> reset = headers.firstValue("RateLimit").flatMap(RateLimitHeaders::reset);
        if (reset.isPresent()) {
            return reset;
        }
        return headers.firstValue("Retry-After").flatMap(value -> retryAfter(value.trim(), now));
    }

    static Optional<Duration> reset(String value) {
        Matcher matcher = RESET.matcher(value);
        return matcher.find() ? Optional.of(seconds(matcher.group(1))) : Optional.empty();
    }

    private static Optional<Duration> retryAfter(String value, Instant now) {
        if (SECONDS.matcher(value).matches()) {
            return Optional.of(seconds(value));
        }
        try {
            Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(capped(Duration.between(now, until)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whole seconds as the header gives them, however many digits, capped. */
    private static Duration seconds(String digits) {
        if (digits.startsWith("-")) {
            return Duration.ZERO;
        }
        return digits.length() > 12 ? MAXIMUM_WAIT : capped(Duration.ofSeconds(Long.parseLong(digits)));
    }

    private static Duration capped(Duration wait) {
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAXIMUM_WAIT) > 0 ? MAXIMUM_WAIT : wait;
    }
}
