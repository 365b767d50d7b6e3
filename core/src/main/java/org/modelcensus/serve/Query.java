package org.modelcensus.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.modelcensus.CensusException;
import org.modelcensus.measure.ArgumentParser;

/**
 * The query parameters of one request, checked against the names an endpoint accepts (named like the CLI's flags).
 * An unknown or repeated parameter is a 400 naming it.
 */
final class Query {
    private static final ArgumentParser ARGUMENTS = ArgumentParser.forParameters();
    private static final ObjectMapper KEYS = new ObjectMapper();

    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    static Query of(Map<String, List<String>> parameters, Set<String> accepted) {
        requireNonNull(parameters, "parameters is null");
        Map<String, String> values = new TreeMap<>();
        parameters.forEach((name, given) -> {
            if (!accepted.contains(name)) {
                throw CensusException.invalidArgument(
                        name,
                        "unknown parameter \"" + name + "\"; this endpoint takes "
                                + accepted.stream().sorted().collect(Collectors.joining(", ")));
            }
            if (given.size() != 1) {
                throw CensusException.invalidArgument(
                        name, "parameter \"" + name + "\" is given " + given.size() + " times; expected once");
            }
            values.put(name, given.get(0));
        });
        return new Query(values);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
    }

    String required(String name) {
        return text(name)
                .orElseThrow(() -> CensusException.invalidArgument(name, "parameter \"" + name + "\" is missing"));
    }

    Optional<LocalDate> date(String name) {
        return text(name).map(value -> ARGUMENTS.date(name, value));
    }

    int positive(String name, int fallback, int maximum) {
        return text(name).map(value -> ARGUMENTS.positive(name, value, maximum)).orElse(fallback);
    }

    /** The parameters in a fixed order, as an unambiguous cache key (JSON: names and values are quoted). */
    String canonical() {
        try {
            return KEYS.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a cache key", e);
        }
    }

    static ArgumentParser arguments() {
        return ARGUMENTS;
    }
}
