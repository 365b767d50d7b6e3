package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.modelcensus.store.SnapshotFile;

/**
 * The whole census report as one JSON document, made of the same parts the single commands print with {@code
 * --format json}: {@code report --format json} prints it and the server answers it at {@code /api/report}.
 */
public final class ReportJsonWriter {
    private final ObjectMapper json;

    public ReportJsonWriter(ObjectMapper json) {
        this.json = requireNonNull(json, "json is null");
    }

    public ObjectNode toJson(CensusReport report) {
        requireNonNull(report, "report is null");
        ShareTableWriter shares = new ShareTableWriter(json);
        ObjectNode root = json.createObjectNode();
        root.set("countries", shares.toJson(report.countries()));
        root.set("organizations", shares.toJson(report.organizations()));
        root.set("types", shares.toJson(report.types()));
        root.put("reproduce", "modelcensus report " + report.reportFlags());
        ArrayNode time = root.putArray("time");
        SeriesWriter series = new SeriesWriter(json);
        CrossoverWriter crossover = new CrossoverWriter(json);
        for (TimeSection section : report.time()) {
            ObjectNode node = time.addObject();
            node.set("uploader", series.toJson(section.uploader()));
            section.origin()
                    .ifPresentOrElse(origin -> node.set("origin", series.toJson(origin)), () -> node.putNull("origin"));
            node.set("crossover", crossover.toJson(section.uploader(), section.a(), section.b(), section.crossings()));
        }
        ArrayNode headlines = root.putArray("headlines");
        report.headlines().forEach(headline -> headlines.add(shares.toJson(headline)));
        report.lineage()
                .ifPresentOrElse(
                        section -> {
                            ObjectNode node = root.putObject("lineage");
                            node.set("uploaderCountries", shares.toJson(section.uploaderCountries()));
                            node.set("originCountries", shares.toJson(section.originCountries()));
                            node.set("families", new FamilyTableWriter(json).toJson(section.families()));
                            node.set(
                                    "intermediaries",
                                    new IntermediaryWriter(json)
                                            .toJson(
                                                    section.uploaderCountries().snapshot(),
                                                    section.intermediaryMinimumModels(),
                                                    section.intermediaries()));
                        },
                        () -> root.putNull("lineage"));
        report.arena()
                .ifPresentOrElse(
                        section -> {
                            ArenaWriter arena = new ArenaWriter(json, Layout.UNLIMITED);
                            ObjectNode node = root.putObject("arena");
                            node.set("standings", arena.toJson(section.standings()));
                            node.set(
                                    "crossover",
                                    arena.toJson(
                                            section.standings(),
                                            section.a(),
                                            section.b(),
                                            section.crossings(),
                                            List.of()));
                            node.set("adoption", arena.toJson(section.adoption()));
                        },
                        () -> root.putNull("arena"));
        report.robustness()
                .ifPresentOrElse(
                        robustness -> root.set(
                                "robustness", new SensitivityWriter(json, Layout.UNLIMITED).toJson(robustness)),
                        () -> root.putNull("robustness"));
        report.hubs()
                .ifPresentOrElse(
                        table -> root.set("hubs", new HubsWriter(json).toJson(table)), () -> root.putNull("hubs"));
        ArrayNode omitted = root.putArray("omitted");
        report.omitted()
                .forEach(omission -> omitted.addObject()
                        .put("section", omission.section())
                        .put("reason", omission.reason())
                        .put("remedy", omission.remedy()));
        ObjectNode data = root.putObject("data");
        data.put("source", report.sourceDescription());
        JsonOutput.putSourceCoverage(data, report.countries().snapshot());
        ArrayNode files = data.putArray("files");
        for (SnapshotFile file : report.files()) {
            files.addObject()
                    .put("name", file.name())
                    .put("sha256", file.sha256())
                    .put("models", file.models());
        }
        data.put("registry", report.countries().registry().describe());
        data.put("snapshotsInStore", report.snapshotsInStore());
        return root;
    }
}
