package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.source.scan.CodeScanner;
import org.modelcensus.source.scan.DirectoryTree;
import org.modelcensus.source.scan.ModelNames;
import org.modelcensus.source.scan.ProjectScan;
import org.modelcensus.source.scan.Scope;

/**
 * The scanner against real repositories' files labelled by hand ({@code scan/labels.csv}, see {@code
 * scan/ATTRIBUTION.md}): precision and recall on active code and configuration, and the country of what it found.
 * A found reference matches a label on the same file and line whose text contains it or is contained in it.
 */
class DependenceOnLabelledProjectsTest {
    private static final Path ROOT = Path.of("src/test/resources/scan");

    /** One hand label. */
    record Label(String project, String file, int line, String raw, String scope, String country, String rootCountry) {}

    private static List<Label> labels;
    private static Dependence dependence;

    @BeforeAll
    static void scanTheLabelledProjects() throws IOException {
        labels = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("labels.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                labels.add(new Label(
                        record.get("project"),
                        record.get("file"),
                        Integer.parseInt(record.get("line")),
                        record.get("raw"),
                        record.get("scope"),
                        record.get("country"),
                        record.get("root_country")));
            }
        }
        OrganizationRegistry registry = OrganizationRegistry.bundled();
        CodeScanner scanner = new CodeScanner(
                ModelNames.bundled(),
                namespace -> registry.lookup(namespace).isPresent(),
                CodeScanner.DEFAULT_MAXIMUM_FILE_SIZE,
                2);
        List<ProjectScan> scans = new ArrayList<>();
        try (Stream<Path> projects = Files.list(ROOT.resolve("projects"))) {
            for (Path project : projects.sorted().toList()) {
                scans.add(scanner.scan(
                        new DirectoryTree(project, project.getFileName().toString())));
            }
        }
        dependence = new DependenceCalculator(registry)
                .measure(scans, EnumSet.of(Scope.CODE, Scope.CONFIG), Map.of(), Optional.empty());
    }

    private static boolean matches(Label label, String project, Dependence.Reference reference) {
        var found = reference.found();
        return label.project().equals(project)
                && label.file().equals(found.file())
                && label.line() == found.line()
                && (label.raw().contains(found.raw()) || found.raw().contains(label.raw()));
    }

    private static boolean active(String scope) {
        return scope.equals("code") || scope.equals("config");
    }

    @Test
    void findsAtLeastNinetyFivePercentOfTheActiveReferencesAndLittleElse() {
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        Set<Label> matched = new HashSet<>();
        long truePositives = 0;
        long found = 0;
        for (Dependence.Project project : dependence.projects()) {
            for (Dependence.Reference reference : project.references()) {
                if (!reference.found().scope().active()) {
                    continue;
                }
                found++;
                Optional<Label> label = labels.stream()
                        .filter(candidate -> matches(candidate, project.path(), reference))
                        .findFirst();
                if (label.isPresent() && active(label.get().scope())) {
                    truePositives++;
                    matched.add(label.get());
                } else {
                    spurious.add(project.path() + "/" + reference.found().file() + ":"
                            + reference.found().line()
                            + " " + reference.found().raw() + " ("
                            + reference.found().scope().label() + ")"
                            + label.map(value -> " labelled " + value.scope()).orElse(""));
                }
            }
        }
        List<Label> activeLabels =
                labels.stream().filter(label -> active(label.scope())).toList();
        for (Label label : activeLabels) {
            if (!matched.contains(label)) {
                missed.add(label.project() + "/" + label.file() + ":" + label.line() + " " + label.raw() + " ("
                        + label.scope() + ")");
            }
        }
        double precision = (double) truePositives / found;
        double recall = (double) matched.size() / activeLabels.size();
        System.out.printf(
                "scan fixtures: %d active labels, %d found, precision %.3f, recall %.3f%nspurious:%n  %s%nmissed:%n  %s%n",
                activeLabels.size(),
                found,
                precision,
                recall,
                String.join("\n  ", spurious),
                String.join("\n  ", missed));
        assertThat(activeLabels).hasSizeGreaterThanOrEqualTo(150);
        assertThat(precision).as("precision; spurious: %s", spurious).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void attributesAtLeastNinetyEightPercentOfTheFoundReferencesToTheRightCountry() {
        long compared = 0;
        long right = 0;
        List<String> wrong = new ArrayList<>();
        for (Dependence.Project project : dependence.projects()) {
            for (Dependence.Reference reference : project.references()) {
                for (Label label : labels) {
                    if (matches(label, project.path(), reference)
                            && !label.country().isEmpty()) {
                        compared++;
                        if (label.country().equals(reference.country())) {
                            right++;
                        } else {
                            wrong.add(project.path() + "/" + reference.found().file() + ":"
                                    + reference.found().line()
                                    + " " + reference.found().raw() + " labelled " + label.country() + ", found "
                                    + reference.country());
                        }
                        break;
                    }
                }
            }
        }
        System.out.printf("scan countries: %d compared, %d right%n  %s%n", compared, right, String.join("\n  ", wrong));
        assertThat(compared).isGreaterThanOrEqualTo(150);
        assertThat((double) right / compared).as("wrong: %s", wrong).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void theShareOfProjectsDependingOnEachCountryFollowsFromTheLabelsCountedByHand() {
        Map<String, Set<String>> projectsByCountry = new HashMap<>();
        for (Label label : labels) {
            if (active(label.scope()) && !label.country().isEmpty()) {
                projectsByCountry
                        .computeIfAbsent(label.country(), key -> new TreeSet<>())
                        .add(label.project());
            }
        }
        long projects = dependence.summary().projects();
        for (Dependence.CountryRow row : dependence.summary().uploader()) {
            if (row.country().equals(Dependence.UNKNOWN)) {
                continue;
            }
            Set<String> expected = projectsByCountry.getOrDefault(row.country(), Set.of());
            assertThat(row.projects())
                    .as("projects depending on %s (labels: %s)", row.country(), expected)
                    .isEqualTo(expected.size());
            assertThat(row.share()).isEqualTo((double) expected.size() / projects);
        }
        assertThat(dependence.summary().uploader().stream()
                        .filter(row -> !row.country().equals(Dependence.UNKNOWN))
                        .map(Dependence.CountryRow::country))
                .containsExactlyInAnyOrderElementsOf(projectsByCountry.keySet());
    }
}
