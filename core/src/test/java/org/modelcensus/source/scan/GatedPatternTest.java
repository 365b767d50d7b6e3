package org.modelcensus.source.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A gate must never change an answer: every gated expression of the finder gives what its plain expression gives on
 * every line of the labelled fixture projects, as written and in lower case.
 */
class GatedPatternTest {
    @Test
    void everyGateOfTheFinderKeepsEveryMatchOfTheFixtures() throws Exception {
        List<GatedPattern> gated = new ArrayList<>();
        for (Field field : ReferenceFinder.class.getDeclaredFields()) {
            if (field.getType() == GatedPattern.class && Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                gated.add((GatedPattern) field.get(null));
            }
        }
        assertThat(gated).hasSizeGreaterThanOrEqualTo(10);
        List<String> lines = fixtureLines();
        assertThat(lines).hasSizeGreaterThan(5_000);

        long matches = 0;
        long tried = 0;
        for (GatedPattern pattern : gated) {
            for (String line : lines) {
                for (String text : texts(line)) {
                    boolean plain = pattern.pattern().matcher(text).find();
                    assertThat(pattern.find(text))
                            .as("%s on %s", pattern.pattern(), text)
                            .isEqualTo(plain);
                    matches += plain ? 1 : 0;
                    tried++;
                }
            }
        }
        assertThat(matches).as("the fixtures exercise the expressions").isGreaterThan(500);
        assertThat(tried).isGreaterThan(200_000);
    }

    @Test
    void aGateNeedsAWord() {
        assertThatThrownBy(() -> GatedPattern.of("model")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * What the finder tries an expression on for a line: the text before each word (Context.before, in lower case) and
     * the line itself, as written and in lower case.
     */
    private static List<String> texts(String line) {
        List<String> texts = new ArrayList<>(List.of(line, line.toLowerCase(Locale.ROOT)));
        for (int index = 1; index < line.length(); index++) {
            if (Character.isLetterOrDigit(line.charAt(index)) && !Character.isLetterOrDigit(line.charAt(index - 1))) {
                texts.add(line.substring(0, index).toLowerCase(Locale.ROOT));
            }
        }
        return texts;
    }

    private static List<String> fixtureLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/scan/projects"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String line : text.split("\n")) {
                    // the finder looks at most 120 characters before a name (Context.before)
                    lines.add(line.substring(0, Math.min(line.length(), 120)));
                }
            }
        }
        return lines;
    }
}
