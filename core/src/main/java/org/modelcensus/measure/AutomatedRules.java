package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelcensus.ErrorCode;
import org.modelcensus.engine.Engine;
import org.modelcensus.source.CuratedCsv;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.RowErrors;

/**
 * The documented rules that flag suspected automated downloads (CI and test pipelines), from the data alone: model ids
 * matching the patterns of {@code data/counting/automated_rules.csv} (test namespaces, tiny random models), and
 * {@value #TINY_MODEL_VOLUME}: a model of fewer than {@value #TINY_PARAMETERS} parameters with at least
 * {@value #TINY_DOWNLOADS_PER_LIKE} downloads per like (plus one) and at least {@value #TINY_LEAST_DOWNLOADS} downloads
 * under the measure — no person downloads a model too small to be of use that often without liking it.
 */
public final class AutomatedRules {
    /** The bundled file of id patterns. */
    public static final String BUNDLED = "data/counting/automated_rules.csv";

    /** The name of the session relation of patterns the measures join: rule, pattern (lower case, SQL LIKE). */
    public static final String TABLE = "automated_pattern";

    /** The rule on tiny models with downloads out of all proportion to their likes. */
    public static final String TINY_MODEL_VOLUME = "tiny-model-volume";

    public static final long TINY_PARAMETERS = 10_000_000;
    public static final long TINY_DOWNLOADS_PER_LIKE = 10_000;
    public static final long TINY_LEAST_DOWNLOADS = 10_000;

    private static final List<String> HEADER = List.of("rule", "pattern", "reason", "source");

    /** One documented id pattern. */
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

    /** Puts the patterns beside the store's tables as {@value #TABLE}. */
    public static void install(Engine engine) {
        List<List<String>> rows = new ArrayList<>();
        for (Pattern pattern : patterns()) {
            rows.add(List.of(pattern.rule(), pattern.pattern()));
        }
        engine.install(TABLE, List.of("rule", "pattern"), rows);
    }

    /** Every rule's name with what it flags, the patterns' rules first: for output. */
    public static List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Pattern pattern : patterns()) {
            lines.add(pattern.rule() + ": ids like " + pattern.pattern() + " (" + pattern.reason() + ")");
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
            if (rule.isEmpty()
                    || !pattern.equals(pattern.toLowerCase(Locale.ROOT))
                    || !pattern.contains("/") && !pattern.contains("%")) {
                errors.add(place, "a rule needs a name and a lower-case LIKE pattern of model ids");
            } else if (record.get(3).isBlank()) {
                errors.add(place, "every rule needs its source");
            } else {
                patterns.add(new Pattern(
                        rule, pattern, record.get(2).trim(), record.get(3).trim()));
            }
        });
        errors.throwIfAny(ErrorCode.INVALID_REGISTRY, file.name() + " is not a valid rules file");
        return List.copyOf(patterns);
    }
}
