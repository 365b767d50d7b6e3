package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.lineage.Relation;
import org.modelcensus.measure.Family;
import org.modelcensus.measure.FamilyTable;
import org.modelcensus.measure.ShareRow;

/** Prints model families as a terminal table, CSV or JSON. */
public final class FamilyTableWriter {
    /** How many uploader countries a table cell names. */
    private static final int COUNTRIES_SHOWN = 3;

    private final ObjectMapper json;
    private final int width;

    public FamilyTableWriter(ObjectMapper json) {
        this(json, Layout.DEFAULT_WIDTH);
    }

    /** A writer whose tables and text fit {@code width} columns. */
    public FamilyTableWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(FamilyTable table, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(table, width), width));
            case CSV -> csv(table, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(table)));
        }
    }

    static String text(FamilyTable table, int width) {
        StringBuilder out = new StringBuilder();
        out.append("Model families - snapshot ")
                .append(table.snapshot().label())
                .append(", ")
                .append(table.measure().description())
                .append(" (")
                .append(table.measure().label())
                .append("); a derivative of several roots is split equally among them\n");
        if (table.families().isEmpty()) {
            out.append("  No model of this snapshot declares a base model, so there are no families.\n");
            return out.toString();
        }
        TextTable text = new TextTable(
                ">#",
                "Root",
                "Organisation",
                ">Derivatives",
                ">Root downloads",
                ">Derivative downloads",
                ">Derivatives' share");
        int rank = 0;
        for (Family family : table.families()) {
            rank++;
            text.row(
                            Integer.toString(rank),
                            family.root(),
                            family.organization()
                                    .map(organization -> organization.name() + " (" + organization.country() + ")")
                                    .orElse(ShareRow.UNKNOWN),
                            Figures.count(family.derivatives()),
                            Figures.count(family.rootDownloads()),
                            Figures.count(family.derivativeDownloads()),
                            Figures.percent(family.derivativeShare()))
                    .detail((family.rootInSnapshot() ? "" : "the root is not in the snapshot; ") + "by relation: "
                            + relations(family) + "; derivatives' uploaders: "
                            + countries(family.uploaderCountries()));
        }
        out.append(text.render("  ", width));
        out.append("  ")
                .append(table.familiesWithDerivatives())
                .append(" roots have derivatives in this snapshot. Lineage: ")
                .append(JsonOutput.describe(table.quality()))
                .append('\n');
        return out.toString();
    }

    private static String relations(Family family) {
        return family.derivativesByRelation().entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().label())
                .collect(Collectors.joining(", "));
    }

    private static String countries(List<ShareRow> countries) {
        String shown = countries.stream()
                .limit(COUNTRIES_SHOWN)
                .map(row -> row.key() + " " + Figures.decimal(100 * row.share(), 0) + "%")
                .collect(Collectors.joining(", "));
        return countries.size() > COUNTRIES_SHOWN ? shown + ", ..." : shown;
    }

    private static void csv(FamilyTable table, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "snapshot",
                    "source",
                    "measure",
                    "root",
                    "organization",
                    "country",
                    "derivatives",
                    "finetune",
                    "adapter",
                    "quantized",
                    "merge",
                    "unknown",
                    "rootDownloads",
                    "derivativeDownloads",
                    "derivativeShare");
            for (Family family : table.families()) {
                CsvOutput.record(
                        printer,
                        table.snapshot().date(),
                        table.snapshot().source(),
                        table.measure().label(),
                        family.root(),
                        family.organization()
                                .map(organization -> organization.name())
                                .orElse(""),
                        family.organization()
                                .map(organization -> organization.country().code())
                                .orElse(ShareRow.UNKNOWN),
                        family.derivatives(),
                        count(family, Relation.FINETUNE),
                        count(family, Relation.ADAPTER),
                        count(family, Relation.QUANTIZED),
                        count(family, Relation.MERGE),
                        count(family, Relation.UNKNOWN),
                        JsonOutput.number(family.rootDownloads()),
                        JsonOutput.number(family.derivativeDownloads()),
                        family.derivativeShare());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Family family, Relation relation) {
        return family.derivativesByRelation().getOrDefault(relation, 0L);
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(FamilyTable table) {
        ObjectNode root = json.createObjectNode();
        root.put("snapshot", table.snapshot().date().toString());
        root.put("source", table.snapshot().source());
        root.put("measure", table.measure().label());
        root.put("familiesWithDerivatives", table.familiesWithDerivatives());
        ArrayNode families = root.putArray("families");
        for (Family family : table.families()) {
            ObjectNode node = families.addObject();
            node.put("root", family.root());
            node.put("rootNamespace", family.rootNamespace());
            node.put("rootInSnapshot", family.rootInSnapshot());
            if (family.organization().isPresent()) {
                node.put("organization", family.organization().get().name());
                node.put("country", family.organization().get().country().code());
                node.put("type", family.organization().get().type().code());
            } else {
                node.putNull("organization");
                node.put("country", ShareRow.UNKNOWN);
                node.put("type", ShareRow.UNKNOWN);
            }
            ObjectNode derivatives = node.putObject("derivatives");
            derivatives.put("total", family.derivatives());
            for (Relation relation : Relation.values()) {
                derivatives.put(relation.label(), count(family, relation));
            }
            JsonOutput.putNumber(node, "rootDownloads", family.rootDownloads());
            JsonOutput.putNumber(node, "derivativeDownloads", family.derivativeDownloads());
            node.put("derivativeShare", family.derivativeShare());
            ArrayNode countries = node.putArray("uploaderCountries");
            for (ShareRow country : family.uploaderCountries()) {
                ObjectNode countryNode = countries.addObject();
                countryNode.put("key", country.key());
                JsonOutput.putNumber(countryNode, "downloads", country.downloads());
                countryNode.put("share", country.share());
            }
        }
        JsonOutput.putQuality(root, "quality", table.quality());
        return root;
    }
}
