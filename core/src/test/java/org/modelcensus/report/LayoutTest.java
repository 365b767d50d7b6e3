package org.modelcensus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutTest {
    @Test
    void theWidthIsColumnsWhenItIsANumber() {
        assertThat(Layout.width(Map.of())).isEqualTo(100);
        assertThat(Layout.width(Map.of("COLUMNS", "132"))).isEqualTo(132);
        assertThat(Layout.width(Map.of("COLUMNS", " 90 "))).isEqualTo(90);
        assertThat(Layout.width(Map.of("COLUMNS", "20"))).isEqualTo(Layout.MINIMUM_WIDTH);
        assertThat(Layout.width(Map.of("COLUMNS", "wide"))).isEqualTo(100);
        assertThat(Layout.width(Map.of("COLUMNS", "-5"))).isEqualTo(100);
    }

    @Test
    void proseWrapsAtSpacesUnderItsOwnIndentAndLosesNothing() {
        String line = "  The registry attributes 98.51 % of these downloads to an organisation; the rest is reported"
                + " as UNKNOWN, which a longer registry would shrink.";
        String fitted = Layout.fit(line + "\nshort\n", 60);
        assertThat(fitted.lines()).allSatisfy(each -> assertThat(each.length()).isLessThanOrEqualTo(60));
        assertThat(fitted.lines().skip(1).findFirst().orElseThrow()).startsWith("    ");
        assertThat(fitted.replaceAll("\\s+", " ").strip())
                .isEqualTo((line + " short").replaceAll("\\s+", " ").strip());
        assertThat(fitted).endsWith("\nshort\n");
    }

    @Test
    void aCommandWrapsBeforeAFlagWithTheShellsBackslash() {
        String line = "  Reproduce: modelcensus shares --by organization --at 2026-05-10 --source llmfit --measure"
                + " downloads30d";
        String fitted = Layout.fit(line, 80);
        assertThat(fitted)
                .isEqualTo("  Reproduce: modelcensus shares --by organization --at 2026-05-10 \\\n"
                        + "      --source llmfit --measure downloads30d");
        // a shell joins the lines back into the command
        assertThat(fitted.replaceAll(" \\\\\n\\s*", " ")).isEqualTo(line);
    }

    @Test
    void aWordNoLineCanHoldGoesWithTheWordBeforeIt() {
        String address = "http://127.0.0.1:8080/api/models?limit=50&sort=downloads&direction=-1&expand=author";
        String fitted = Layout.fit("Interrupted crawl: 3 pages and 150 models so far, from " + address, 60);
        assertThat(fitted).isEqualTo("Interrupted crawl: 3 pages and 150 models so far,\n  from " + address);
    }

    @Test
    void aTableLineIsNeverRewrapped() {
        String row = "  1  deepseek-ai/DeepSeek-R1  DeepSeek (CN)  302  1,757,133  69,855  3.82 %";
        assertThat(Layout.fit(row, 40)).isEqualTo(row);
    }

    @Test
    void aTableFitsByWrappingHeadersThenNarrowingTextColumns() {
        TextTable table = new TextTable(">#", "Root", ">Root downloads", ">Derivative downloads");
        table.row("1", "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B-and-a-long-tail", "1,757,133", "69,855")
                .detail("by relation: 302 finetune; derivatives' uploaders: US 98%, UNKNOWN 2%, INTL 0%");
        table.row("2", "Qwen/Qwen2.5-7B", "775,641", "1,047");
        String wide = table.render("  ", 200);
        assertThat(wide.lines().findFirst().orElseThrow()).contains("Root downloads", "Derivative downloads");

        String narrow = table.render("  ", 60);
        assertThat(narrow.lines()).allSatisfy(each -> assertThat(each.length()).isLessThanOrEqualTo(60));
        assertThat(narrow)
                .contains("Derivative\n")
                .contains("deepseek-ai/DeepSeek-R1-")
                .contains("  by relation: 302 finetune;", "Qwen/Qwen2.5-7B");
    }

    @Test
    void aCellBreaksAfterSlashesAndHyphensElseAtTheWidth() {
        assertThat(Layout.wrap("deepseek-ai/DeepSeek-R1", 14)).containsExactly("deepseek-ai/", "DeepSeek-R1");
        assertThat(Layout.wrap("abcdefghijklmnop", 6)).containsExactly("abcdef", "ghijkl", "mnop");
        assertThat(Layout.wrap("short", 10)).containsExactly("short");
    }
}
