package org.modelcensus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PaletteTest {
    private final Palette palette = Palette.bundled();

    @Test
    void theHashIsFnv1aAsPublished() {
        // test vectors of the 32-bit FNV-1a hash (Fowler, Noll, Vo)
        assertThat(Palette.hash("")).isEqualTo(0x811C9DC5);
        assertThat(Palette.hash("a")).isEqualTo(0xE40C292C);
        assertThat(Palette.hash("foobar")).isEqualTo(0xBF9CF968);
    }

    @Test
    void namedGroupsKeepTheirColourAndTheLeadingCountriesDiffer() {
        assertThat(palette.colour("CN")).isEqualTo("#D55E00");
        assertThat(palette.colour("US")).isEqualTo("#0072B2");
        Set<String> leading = List.of("CN", "US", "INTL", "FR", "DE", "GB", "JP", "KR", "UNKNOWN", "other").stream()
                .map(palette::colour)
                .collect(Collectors.toSet());
        assertThat(leading).hasSize(10);
    }

    @Test
    void anyOtherKeyTakesAStableColourOfTheCycle() {
        String colour = palette.colour("some-unlisted-organisation");
        assertThat(colour).matches("#[0-9A-F]{6}").isEqualTo(palette.colour("some-unlisted-organisation"));
        assertThat(palette.awtColour("CN").getRGB() & 0xFFFFFF).isEqualTo(0xD55E00);
        assertThat(palette.colours(List.of("US", "CN")))
                .containsExactly(java.util.Map.entry("US", "#0072B2"), java.util.Map.entry("CN", "#D55E00"));
    }
}
