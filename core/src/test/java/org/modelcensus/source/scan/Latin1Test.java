package org.modelcensus.source.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte searches agree with the String methods they stand for, on every Latin-1 character and random text. */
class Latin1Test {
    @Test
    void whiteSpaceIsWhatCharacterAndStripSay() {
        for (int value = 0; value < 256; value++) {
            assertThat(Latin1.whitespace((byte) value))
                    .as("character %d", value)
                    .isEqualTo(Character.isWhitespace((char) value));
        }
    }

    @Test
    void lettersAreWhatCharacterSays() {
        for (int value = 0; value < 256; value++) {
            assertThat(Latin1.letter((byte) value)).as("character %d", value).isEqualTo(Character.isLetter((char)
                    value));
        }
    }

    @Test
    void aNeedleIsFoundWhereStringFindsIt() {
        Random random = new Random(20261204);
        String alphabet = "olamOLAM \"/\u00e9";
        for (String word : new String[] {"ollama", "a", "ll", "lama", "mm", "@generated"}) {
            Latin1.Needle needle = new Latin1.Needle(word);
            for (int round = 0; round < 3000; round++) {
                StringBuilder builder = new StringBuilder();
                int length = random.nextInt(40);
                for (int index = 0; index < length; index++) {
                    builder.append(
                            random.nextInt(8) == 0
                                    ? word
                                    : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
                }
                String text = builder.toString();
                byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
                int from = random.nextInt(bytes.length + 1);
                int to = from + random.nextInt(bytes.length - from + 1);
                int expected = text.substring(0, to).indexOf(word, from);
                assertThat(needle.in(bytes, from, to))
                        .as("%s in [%d, %d) of %s", word, from, to, text)
                        .isEqualTo(expected);
                assertThat(Latin1.indexOf(bytes, from, to, Latin1.bytes(word))).isEqualTo(expected);
            }
        }
    }

    @Test
    void searchesAgreeWithStringOnRandomText() {
        Random random = new Random(20261203);
        String alphabet = "ab/: \t\"'#-{}[]\u00e9\u00a0\u0085";
        for (int round = 0; round < 2000; round++) {
            StringBuilder builder = new StringBuilder();
            int length = random.nextInt(24);
            for (int index = 0; index < length; index++) {
                builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = builder.toString();
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            String needle = alphabet.substring(random.nextInt(4), 4 + random.nextInt(3));
            byte[] needleBytes = needle.getBytes(StandardCharsets.ISO_8859_1);
            int from = length == 0 ? 0 : random.nextInt(length + 1);

            assertThat(Latin1.indexOf(bytes, from, length, needleBytes))
                    .as("indexOf %s in %s from %d", needle, text, from)
                    .isEqualTo(text.indexOf(needle, from));
            assertThat(Latin1.indexOf(bytes, from, length, ':')).isEqualTo(text.indexOf(':', from));
            assertThat(Latin1.lastIndexOf(bytes, 0, length, '[', '{'))
                    .isEqualTo(Math.max(text.lastIndexOf('['), text.lastIndexOf('{')));
            assertThat(Latin1.startsWith(bytes, from, length, needleBytes)).isEqualTo(text.startsWith(needle, from));
            assertThat(Latin1.text(bytes, 0, Latin1.firstNonBlank(bytes, 0, length))
                            .length())
                    .isEqualTo(text.length() - text.stripLeading().length());
            assertThat(Latin1.lastNonBlankEnd(bytes, 0, length))
                    .isEqualTo(text.stripTrailing().length());
            assertThat(Latin1.blank(bytes, 0, length)).isEqualTo(text.isBlank());
            long opening = text.chars().filter(character -> character == '{').count();
            long closing = text.chars().filter(character -> character == '}').count();
            assertThat(Latin1.balance(bytes, 0, length, '{', '}')).isEqualTo((int) (opening - closing));
        }
    }

    @Test
    void caseIsIgnoredForAsciiLettersOnly() {
        byte[] text = Latin1.bytes("Model.GGUF");
        assertThat(Latin1.startsWithIgnoringCase(text, 5, text.length, Latin1.bytes(".gguf")))
                .isTrue();
        assertThat(Latin1.startsWithIgnoringCase(text, 6, text.length, Latin1.bytes(".gguf")))
                .isFalse();
        assertThat(Latin1.startsWithIgnoringCase(text, -1, text.length, Latin1.bytes("model")))
                .isFalse();
    }
}
