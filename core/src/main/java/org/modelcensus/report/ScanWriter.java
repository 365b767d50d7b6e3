package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.measure.Concentration;
import org.modelcensus.measure.Dependence;
import org.modelcensus.source.scan.FoundReference;
import org.modelcensus.source.scan.Scope;

/**
 * Prints a code scan's dependence: per project the model families with their evidence, across projects the share of
 * projects that depend on each country's models (both views), as a terminal table, CSV (one row per reference) or
 * JSON.
 */
public final class ScanWriter {
    /** Evidence lines printed per family in the terminal; JSON and CSV carry all. */
    private static final int EVIDENCE = 3;

    private final ObjectMapper json;
    private final int width;

    public ScanWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(Dependence dependence, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(dependence), width));
            case CSV -> csv(dependence, out);
            case JSON -> JsonOutput.print(json, toJson(dependence), out);
        }
    }

    private String text(Dependence dependence) {
        StringBuilder out = new StringBuilder();
        String counted = countedScopes(dependence);
        for (Dependence.Project project : dependence.projects()) {
            long countedReferences = project.references().stream()
                    .filter(Dependence.Reference::counted)
                    .count();
            out.append(project.path())
                    .append(": ")
                    .append(Figures.counted(project.files(), "file"))
                    .append(" (")
                    .append(megabytes(project.bytes()))
                    .append("), ")
                    .append(Figures.counted(project.references().size(), "reference"))
                    .append(", ")
                    .append(countedReferences)
                    .append(" in ")
                    .append(counted)
                    .append('\n');
            if (project.families().isEmpty()) {
                out.append("  No open model found.\n");
            } else {
                TextTable table = new TextTable("Family or model", "Developer", "Country", "By scope");
                for (Dependence.FamilyUse family : project.families()) {
                    table.row(
                            family.family(),
                            family.developer().orElse("(not in the registry)"),
                            family.country(),
                            family.references().entrySet().stream()
                                    .map(entry -> entry.getKey() + " " + entry.getValue())
                                    .collect(Collectors.joining(", ")));
                    table.detail(evidence(family));
                }
                out.append(table.render("  ", width));
            }
            if (!project.countries().isEmpty()) {
                out.append("  Depends on (")
                        .append(counted)
                        .append("): ")
                        .append(countries(project.countries()))
                        .append("; by roots: ")
                        .append(countries(project.rootCountries()))
                        .append('\n');
            }
            if (!project.skipped().isEmpty()) {
                out.append("  Skipped: ")
                        .append(project.skipped().entrySet().stream()
                                .map(entry -> entry.getValue() + " " + entry.getKey())
                                .collect(Collectors.joining("; ")))
                        .append('\n');
            }
            out.append('\n');
        }
        Dependence.Summary summary = dependence.summary();
        out.append("Projects that depend on at least one model of each country (")
                .append(counted)
                .append(")\n");
        out.append("  ")
                .append(Figures.counted(summary.projects(), "project"))
                .append(" scanned, ")
                .append(summary.projectsWithModels())
                .append(" with open models; ")
                .append(Figures.counted(summary.counted(), "counted reference"))
                .append(" of ")
                .append(summary.references())
                .append(", ")
                .append(summary.unresolved())
                .append(" not attributed\n");
        TextTable table = new TextTable("Country", ">Projects", ">Share", ">Models", ">By roots", ">Share (roots)");
        Map<String, Dependence.CountryRow> origin =
                summary.origin().stream().collect(Collectors.toMap(Dependence.CountryRow::country, row -> row));
        List<String> keys = new ArrayList<>();
        summary.uploader().forEach(row -> keys.add(row.country()));
        summary.origin().forEach(row -> {
            if (!keys.contains(row.country())) {
                keys.add(row.country());
            }
        });
        Map<String, Dependence.CountryRow> uploader =
                summary.uploader().stream().collect(Collectors.toMap(Dependence.CountryRow::country, row -> row));
        for (String key : keys) {
            Dependence.CountryRow byUploader = uploader.get(key);
            Dependence.CountryRow byRoots = origin.get(key);
            Dependence.CountryRow any = byUploader != null ? byUploader : byRoots;
            table.row(
                    key + " " + any.label(),
                    byUploader == null ? "0" : Long.toString(byUploader.projects()),
                    byUploader == null ? "0.0 %" : Figures.percent(byUploader.share()),
                    byUploader == null ? "0" : Long.toString(byUploader.models()),
                    byRoots == null ? "0" : Long.toString(byRoots.projects()),
                    byRoots == null ? "0.0 %" : Figures.percent(byRoots.share()));
        }
        if (keys.isEmpty()) {
            out.append("  No project names an open model in the counted scopes.\n");
        } else {
            out.append(table.render("  ", width));
        }
        summary.uploaderConcentration()
                .ifPresent(concentration -> out.append("  Concentration of dependencies among countries: ")
                        .append(concentration(concentration))
                        .append(summary.originConcentration()
                                .map(roots -> "; by roots " + concentration(roots))
                                .orElse(""))
                        .append('\n'));
        out.append("  Share: of all projects scanned. Models: distinct (project, model) dependencies. By roots: the\n"
                        + "  base model's developer (")
                .append(
                        dependence.store().isPresent()
                                ? "lineage of " + dependence.store().get()
                                : "an intermediary's repository by its family; --store adds the Hub's lineage")
                .append(").\n");
        out.append("  Registry: ")
                .append(dependence.registry().name())
                .append(" (")
                .append(dependence.registry().rows())
                .append(" namespaces). A scan sees code and configuration, not runtime settings or private"
                        + " deployments.\n");
        return out.toString();
    }

    private static String evidence(Dependence.FamilyUse family) {
        List<String> lines = new ArrayList<>();
        for (Dependence.Reference reference : family.evidence()
                .subList(0, Math.min(EVIDENCE, family.evidence().size()))) {
            FoundReference found = reference.found();
            lines.add(found.file() + ":" + found.line() + " " + found.raw() + " ("
                    + found.scope().label() + ", " + found.confidence().label() + ")");
        }
        if (family.evidence().size() > lines.size()) {
            lines.add("and " + (family.evidence().size() - lines.size()) + " more");
        }
        return String.join("; ", lines);
    }

    private static String countedScopes(Dependence dependence) {
        return dependence.counted().stream().sorted().map(Scope::label).collect(Collectors.joining(", "));
    }

    private static String countries(Map<String, Long> countries) {
        return countries.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String concentration(Concentration concentration) {
        return "HHI " + Figures.decimal(concentration.hhi(), 0) + ", top country "
                + Figures.percent(concentration.top1());
    }

    private static String megabytes(long bytes) {
        return Figures.decimal(bytes / 1_000_000.0, 1) + " MB";
    }

    private static void csv(Dependence dependence, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "project",
                    "file",
                    "line",
                    "raw",
                    "model",
                    "kind",
                    "scope",
                    "counted",
                    "developer",
                    "country",
                    "root_country",
                    "confidence");
            for (Dependence.Project project : dependence.projects()) {
                for (Dependence.Reference reference : project.references()) {
                    FoundReference found = reference.found();
                    CsvOutput.record(
                            printer,
                            project.path(),
                            found.file(),
                            found.line(),
                            found.raw(),
                            found.model(),
                            found.kind().label(),
                            found.scope().label(),
                            reference.counted(),
                            reference.developer().orElse(""),
                            reference.country(),
                            String.join("+", reference.rootCountries()),
                            found.confidence().label());
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON of a scan. */
    record ScanJson(List<ProjectJson> projects, SummaryJson summary) {}

    record ProjectJson(
            String path,
            long files,
            long bytes,
            Map<String, Long> skipped,
            List<ReferenceJson> references,
            List<FamilyJson> families,
            Map<String, Map<String, Long>> countries) {}

    record ReferenceJson(
            String file,
            int line,
            String raw,
            String model,
            String family,
            String kind,
            String scope,
            boolean counted,
            String developer,
            String country,
            String rootCountry,
            List<String> rootCountries,
            String roots,
            String confidence) {}

    record FamilyJson(String family, String developer, String country, Map<String, Long> references) {}

    record CountryJson(String country, String label, long projects, double share, long models) {}

    record ConcentrationJson(double hhi, double top1, double effectiveNumber) {}

    record SummaryJson(
            List<String> countedScopes,
            long projects,
            long projectsWithModels,
            long references,
            long counted,
            long unresolved,
            Map<String, List<CountryJson>> countries,
            Map<String, ConcentrationJson> concentration,
            String registry,
            String registrySha256,
            String store) {}

    private static ScanJson toJson(Dependence dependence) {
        List<ProjectJson> projects = new ArrayList<>();
        for (Dependence.Project project : dependence.projects()) {
            List<ReferenceJson> references = new ArrayList<>();
            for (Dependence.Reference reference : project.references()) {
                FoundReference found = reference.found();
                references.add(new ReferenceJson(
                        found.file(),
                        found.line(),
                        found.raw(),
                        found.model(),
                        found.family().map(family -> family.name()).orElse(null),
                        found.kind().label(),
                        found.scope().label(),
                        reference.counted(),
                        reference.developer().orElse(null),
                        reference.country(),
                        String.join("+", reference.rootCountries()),
                        reference.rootCountries(),
                        reference.roots(),
                        found.confidence().label()));
            }
            List<FamilyJson> families = project.families().stream()
                    .map(family -> new FamilyJson(
                            family.family(), family.developer().orElse(null), family.country(), family.references()))
                    .toList();
            projects.add(new ProjectJson(
                    project.path(),
                    project.files(),
                    project.bytes(),
                    project.skipped(),
                    references,
                    families,
                    new TreeMap<>(Map.of("uploader", project.countries(), "origin", project.rootCountries()))));
        }
        Dependence.Summary summary = dependence.summary();
        Map<String, ConcentrationJson> concentration = new TreeMap<>();
        summary.uploaderConcentration().ifPresent(value -> concentration.put("uploader", concentrationJson(value)));
        summary.originConcentration().ifPresent(value -> concentration.put("origin", concentrationJson(value)));
        return new ScanJson(
                projects,
                new SummaryJson(
                        dependence.counted().stream().sorted().map(Scope::label).toList(),
                        summary.projects(),
                        summary.projectsWithModels(),
                        summary.references(),
                        summary.counted(),
                        summary.unresolved(),
                        new TreeMap<>(Map.of(
                                "uploader", countryJson(summary.uploader()), "origin", countryJson(summary.origin()))),
                        concentration,
                        dependence.registry().name(),
                        dependence.registry().sha256(),
                        dependence.store().orElse(null)));
    }

    private static List<CountryJson> countryJson(List<Dependence.CountryRow> rows) {
        return rows.stream()
                .map(row -> new CountryJson(row.country(), row.label(), row.projects(), row.share(), row.models()))
                .toList();
    }

    private static ConcentrationJson concentrationJson(Concentration concentration) {
        return new ConcentrationJson(concentration.hhi(), concentration.top1(), concentration.effectiveNumber());
    }
}
