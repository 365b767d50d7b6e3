package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;
import org.modelcensus.source.InputFile;

class StudyCountryGroupsTest {
    @TempDir
    Path directory;

    @Test
    void theBundledGroupingCountsInternationalAndOnlineTogether() {
        StudyCountryGroups groups = StudyCountryGroups.bundled();

        assertThat(groups.group("International")).isEqualTo("International/Online");
        assertThat(groups.group("Online")).isEqualTo("International/Online");
        assertThat(groups.group("International/Online")).isEqualTo("International/Online");
        assertThat(groups.group("United States")).isEqualTo("USA");
        assertThat(groups.group("Germany")).as("a value not listed stays").isEqualTo("Germany");
        assertThat(groups.group("USA, China"))
                .as("several countries are not split")
                .isEqualTo("USA, China");
    }

    @Test
    void aRowWithoutItsSourceOrListedTwiceIsRefused() throws Exception {
        Path file = directory.resolve("groups.csv");
        Files.writeString(file, "value,group,source\nOnline,International/Online,\nUS,USA,a\nUS,USA,b\n");

        assertThatThrownBy(() -> StudyCountryGroups.read(InputFile.of(file)))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("every row needs its source")
                .hasMessageContaining("\"US\" appears twice");
    }
}
