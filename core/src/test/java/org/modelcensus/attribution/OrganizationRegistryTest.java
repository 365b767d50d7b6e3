package org.modelcensus.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.sample.SampleData;
import org.modelcensus.source.InputFile;

class OrganizationRegistryTest {
    private static final Set<String> TYPES =
            Set.of("big-tech", "ai-lab", "academic", "nonprofit", "government", "community", "intermediary");

    @TempDir
    Path directory;

    @Test
    void theBundledRegistryFollowsItsRules() throws IOException {
        List<String> lines;
        try (var input = getClass().getClassLoader().getResourceAsStream("data/organizations.csv")) {
            lines = new String(input.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        assertThat(lines.get(0)).isEqualTo("namespace,organization,country,type,source");
        Set<String> isoCountries = Set.of(Locale.getISOCountries());
        Set<String> namespaces = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            // the registry avoids quoting, so a plain split is a second reading independent of the CSV parser
            String[] fields = line.split(",", -1);
            assertThat(fields).as(line).hasSize(5);
            assertThat(namespaces.add(fields[0].toLowerCase(Locale.ROOT)))
                    .as("unique namespace " + fields[0])
                    .isTrue();
            assertThat(fields[2].equals("INTL") || isoCountries.contains(fields[2]))
                    .as("country of " + line)
                    .isTrue();
            assertThat(TYPES).as("type of " + line).contains(fields[3]);
            assertThat(fields[4].strip()).as("source of " + line).isNotEmpty();
        }
        OrganizationRegistry registry = OrganizationRegistry.bundled();
        assertThat(registry.size()).isEqualTo(lines.size() - 1);
    }

    @Test
    void renamedNamespacesBelongToTheSameOrganisation() {
        OrganizationRegistry registry = OrganizationRegistry.bundled();

        assertThat(organization(registry, "THUDM")).isEqualTo(organization(registry, "zai-org"));
        assertThat(organization(registry, "CohereForAI")).isEqualTo(organization(registry, "CohereLabs"));
        assertThat(organization(registry, "AIDC-AI")).isEqualTo(organization(registry, "ATH-MaaS"));
        assertThat(organization(registry, "qwen"))
                .as("matched case-insensitively")
                .isEqualTo(organization(registry, "Qwen"));
        assertThat(organization(registry, "Qwen").country().code()).isEqualTo("CN");
        assertThat(organization(registry, "deepseek-ai").type()).isEqualTo(DeveloperType.AI_LAB);
        assertThat(organization(registry, "bartowski").type()).isEqualTo(DeveloperType.INTERMEDIARY);
    }

    @Test
    void coversEveryLargeNamespaceAndNinetyFivePercentOfEachBundledSnapshot() {
        Map<String, String[]> registry = SampleData.registry();
        var snapshots = new java.util.ArrayList<>(SampleData.llmfitSnapshots());
        snapshots.addAll(SampleData.forecastSnapshots());
        assertThat(snapshots).hasSizeGreaterThan(200);
        for (SampleData.Snapshot snapshot : snapshots) {
            long total = snapshot.total();
            if (total == 0) {
                continue; // the first days of the forecast-hf series count no downloads yet
            }
            long covered = 0;
            for (Map.Entry<String, Long> namespace :
                    snapshot.downloadsByNamespace().entrySet()) {
                if (registry.containsKey(namespace.getKey())) {
                    covered += namespace.getValue();
                } else {
                    assertThat(namespace.getValue())
                            .as(
                                    "%s holds %d of %d downloads of %s",
                                    namespace.getKey(), namespace.getValue(), total, snapshot.name())
                            .isLessThan(total / 1000);
                }
            }
            assertThat((double) covered / total)
                    .as("coverage of " + snapshot.name())
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void reportsEveryBrokenRuleWithItsLine() throws IOException {
        Path file = directory.resolve("registry.csv");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "namespace,organization,country,type,source",
                        "good,Good Inc,US,big-tech,https://example.org",
                        "Good,Good Inc,US,big-tech,https://example.org",
                        "bad country,X,Germany,ai-lab,https://example.org",
                        "typo,Y,DE,startup,",
                        "short,Z,DE",
                        "moved,Good Inc,FR,big-tech,https://example.org",
                        ""),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> OrganizationRegistry.load(InputFile.of(file)))
                .isInstanceOf(CensusException.class)
                .hasMessage(String.join(
                        System.lineSeparator(),
                        "registry " + file + " is invalid:",
                        "  " + file + ":3: namespace \"Good\" is listed twice (also as \"good\"); namespaces match"
                                + " case-insensitively",
                        "  " + file + ":4: namespace is \"bad country\"; expected a Hub namespace such as"
                                + " \"deepseek-ai\"",
                        "  " + file + ":4: country is \"Germany\"; expected an ISO 3166-1 alpha-2 code such as CN,"
                                + " or INTL",
                        "  " + file + ":5: type is \"startup\"; expected one of big-tech, ai-lab, academic,"
                                + " nonprofit, government, community, intermediary",
                        "  " + file + ":5: source is empty; expected a URL or a data file the facts come from",
                        "  " + file + ":6: 3 fields; expected 5 (namespace,organization,country,type,source)",
                        "  " + file + ":7: organization \"Good Inc\" is in FR here but in US on an earlier row; an"
                                + " organisation has one headquarters"))
                .extracting(error -> ((CensusException) error).code())
                .isEqualTo(ErrorCode.INVALID_REGISTRY);
    }

    @Test
    void rejectsAWrongHeader() throws IOException {
        Path file = directory.resolve("registry.csv");
        Files.writeString(file, "namespace,org,country,type,source\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> OrganizationRegistry.load(InputFile.of(file)))
                .isInstanceOf(CensusException.class)
                .hasMessage(file + ":1: header must be exactly namespace,organization,country,type,source");
    }

    private static Organization organization(OrganizationRegistry registry, String namespace) {
        return registry.lookup(namespace).orElseThrow().organization();
    }
}
