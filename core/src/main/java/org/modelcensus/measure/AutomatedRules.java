package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.modelcensus.ErrorCode;
import org.modelcensus.source.CuratedCsv;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.RowErrors;

/**
 * The documented rules that flag suspected automated downloads (CI and test pipelines), from the data alone: model ids
 * holding the texts of {@code data/counting/automated_rules.csv} (test namespaces, tiny random models; {@code ^}
 * marks the id's start), and
 * {@value #TINY_MODEL_VOLUME}: a model of fewer than {@value #TINY_PARAMETERS} parameters with at least
 * {@value #TINY_DOWNLOADS_PER_LIKE} downloads per like (plus one) and at least {@value #TINY_LEAST_DOWNLOADS} downloads
 * under the measure — no person downloads a model too small to be of use that often without liking it.
 */
public final class AutomatedRules {
    /** The bundled file of id patterns. */
    public static final String BUNDLED = "data/counting/automated_rules.csv";

    /** How many patterns the measures' SQL tests (model_flag.sql): the file may hold at most this many. */
    public static final int MAXIMUM_PATTERNS = 16;

    /** The rule on tiny models with downloads out of all proportion to their likes. */
    public static final String TINY_MODEL_VOLUME = "tiny-model-volume";

    public static final long TINY_PARAMETERS = 10_000_000;
    public static final long TINY_DOWNLOADS_PER_LIKE = 10_000;
    public static final long TINY_LEAST_DOWNLOADS = 10_000;

    private static final List<String> HEADER = List.of("rule", "contains", "reason", "source");

    /** One documented id pattern: a lower-case text a model id holds, {@code ^} marking the id's start. */
    public record Pattern(String rule, String pattern, String reason, String source) {
        public Pattern {
            requireNonNull(rule, "rule is null");
            requireNonNull(pattern, "pattern is null");
            requireNonNull(reason, "reason is null");
            requireNonNull(source, "source is null");
        }
    }

    private static List<Pattern> bundled;

    private AutomatedRules() {}

    /** The bundled patterns, in the file's order. */
    public static synchronized List<Pattern> patterns() {
        if (bundled == null) {
            bundled = read(InputFile.resource(BUNDLED));
        }
        return bundled;
    }

    /**
     * The parameters of model_flag.sql's patterns: {@value #MAXIMUM_PATTERNS} pairs of a lower-case text and its
     * rule's name, in the file's order, the unused ones a space (which no Hub id holds).
     */
    public static List<Object> likeParameters() {
        List<Object> parameters = new ArrayList<>();
        for (Pattern pattern : patterns()) {
            parameters.add(pattern.pattern());
            parameters.add(pattern.rule());
        }
        while (parameters.size() < 2 * MAXIMUM_PATTERNS) {
            parameters.add(" ");
            parameters.add("");
        }
        return parameters;
    }

    /** Every rule's name with what it flags, the patterns' rules first: for output. */
    public static List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Pattern pattern : patterns()) {
            lines.add(pattern.rule() + ": ids holding " + pattern.pattern() + " (" + pattern.reason() + ")");
        }
        lines.add(TINY_MODEL_VOLUME + ": fewer than " + TINY_PARAMETERS + " parameters, at least "
                + TINY_LEAST_DOWNLOADS + " downloads and " + TINY_DOWNLOADS_PER_LIKE + " per like (plus one)");
        return lines;
    }

    private static List<Pattern> read(InputFile file) {
        List<Pattern> patterns = new ArrayList<>();
        RowErrors errors = new RowErrors();
        CuratedCsv.read(file, HEADER, errors, (record, place) -> {
            String rule = record.get(0).trim();
            String pattern = record.get(1).trim();
            if (rule.isEmpty() || !pattern.matches("\\^?[a-z0-9._/-]+")) {
                errors.add(
                        place,
                        "a rule needs a name and a lower-case text of model ids (letters, digits, . _ / -, a leading ^"
                                + " for the id's start)");
            } else if (record.get(3).isBlank()) {
                errors.add(place, "every rule needs its source");
            } else {
                patterns.add(new Pattern(
                        rule, pattern, record.get(2).trim(), record.get(3).trim()));
            }
        });
        if (patterns.size() > MAXIMUM_PATTERNS) {
            errors.add(file.name(), patterns.size() + " patterns; at most " + MAXIMUM_PATTERNS + " are tested");
        }
        errors.throwIfAny(ErrorCode.INVALID_REGISTRY, file.name() + " is not a valid rules file");
        return List.copyOf(patterns);
    }
}
