package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcensus.ErrorCode;

/**
 * What a source is and is not a census of, as {@code data/source_coverage.csv} states it: by the source's label
 * (llmfit, forecast-hf, lineage-crawl), else by its format ({@code format:hub-stats}, ...). A share is of the models a
 * source holds; only a census makes it a share of the Hub.
 *
 * @param census {@code yes}, {@code no} or {@code unknown} (a file of Hub objects is a census only if it holds the
 *     whole listing)
 */
public record SourceCoverage(String census, String statement) {
    /** The bundled statements. */
    public static final String BUNDLED = "data/source_coverage.csv";

    private static final List<String> HEADER = List.of("key", "census", "statement", "source");

    private static Map<String, SourceCoverage> bundled;

    public SourceCoverage {
        requireNonNull(census, "census is null");
        requireNonNull(statement, "statement is null");
        if (!List.of("yes", "no", "unknown").contains(census)) {
            throw new IllegalArgumentException("census is yes, no or unknown: " + census);
        }
    }

    /** Whether the source is known to be a census of the Hub. */
    public boolean isCensus() {
        return census.equals("yes");
    }

    /** The statement for a source of a format: the source's own, else the format's, else an unknown one. */
    public static SourceCoverage of(String source, String format) {
        Map<String, SourceCoverage> statements = statements();
        return Optional.ofNullable(statements.get(source))
                .or(() -> Optional.ofNullable(statements.get("format:" + format)))
                .orElse(new SourceCoverage(
                        "unknown", "source " + source + " (" + format + "): what it covers is not documented"));
    }

    private static synchronized Map<String, SourceCoverage> statements() {
        if (bundled == null) {
            Map<String, SourceCoverage> read = new LinkedHashMap<>();
            RowErrors errors = new RowErrors();
            InputFile file = InputFile.resource(BUNDLED);
            CuratedCsv.read(file, HEADER, errors, (record, place) -> {
                if (!List.of("yes", "no", "unknown").contains(record.get(1))
                        || record.get(2).isBlank()) {
                    errors.add(place, "census must be yes, no or unknown, with a statement");
                } else if (record.get(3).isBlank()) {
                    errors.add(place, "every statement needs its source");
                } else {
                    read.put(record.get(0), new SourceCoverage(record.get(1), record.get(2)));
                }
            });
            errors.throwIfAny(ErrorCode.INVALID_REGISTRY, file.name() + " is not a valid coverage file");
            bundled = Map.copyOf(read);
        }
        return bundled;
    }
}
