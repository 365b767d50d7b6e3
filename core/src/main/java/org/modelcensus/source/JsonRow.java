package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to the fields of one JSON row. A field of the wrong type is reported to {@link RowErrors} with the
 * row's place and read as absent, so that all problems of a row are found in one pass.
 */
final class JsonRow {
    private final JsonNode node;
    private final String place;
    private final RowErrors errors;
    private boolean failed;

    JsonRow(JsonNode node, String place, RowErrors errors) {
        this.node = requireNonNull(node, "node is null");
        this.place = requireNonNull(place, "place is null");
        this.errors = requireNonNull(errors, "errors is null");
    }

    /** Whether any field of this row was reported as invalid. */
    boolean failed() {
        return failed;
    }

    void reject(String message) {
        failed = true;
        errors.add(place, message);
    }

    /** A field by dotted path ({@code "cardData.base_model"}); missing or JSON null gives null. */
    JsonNode field(String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(part);
        }
        return current == null || current.isNull() ? null : current;
    }

    String text(String path) {
        JsonNode value = field(path);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            reject(quote(path) + " is " + describe(value) + "; expected a string");
            return null;
        }
        return value.asText();
    }

    /** A count such as downloads or likes: a non-negative integer; an integral float such as 12.0 is accepted. */
    Long count(String path) {
        JsonNode value = field(path);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return nonNegative(path, value, value.longValue());
        }
        if (value.isFloatingPointNumber()) {
            double number = value.doubleValue();
            if (number == Math.rint(number) && Math.abs(number) < 0x1p62) {
                return nonNegative(path, value, (long) number);
            }
        }
        reject(quote(path) + " is " + describe(value) + "; expected a non-negative integer");
        return null;
    }

    /** A download count: a count of at most {@link ModelRecord#MAXIMUM_DOWNLOADS}. */
    Long downloads(String path) {
        Long count = count(path);
        if (count != null && count > ModelRecord.MAXIMUM_DOWNLOADS) {
            reject(quote(path) + " is " + count + "; expected a download count of at most 1,000,000,000,000");
            return null;
        }
        return count;
    }

    private Long nonNegative(String path, JsonNode value, long number) {
        if (number < 0) {
            reject(quote(path) + " is " + describe(value) + "; expected a non-negative integer");
            return null;
        }
        return number;
    }

    /** An ISO-8601 instant such as {@code 2025-01-20T03:46:07.000Z}. */
    Instant instant(String path) {
        String text = text(path);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            reject(quote(path) + " is " + quote(text) + "; expected an ISO-8601 time such as 2025-01-20T03:46:07Z");
            return null;
        }
    }

    List<String> texts(String path) {
        JsonNode value = field(path);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            reject(quote(path) + " is " + describe(value) + "; expected an array of strings");
            return List.of();
        }
        List<String> result = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                reject(quote(path) + " holds " + describe(element) + "; expected an array of strings");
                return List.of();
            }
            result.add(element.asText());
        }
        return result;
    }

    static String quote(String text) {
        return '"' + text + '"';
    }

    /** A short rendering of a JSON value for messages. */
    static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
