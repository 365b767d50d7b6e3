package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.measure.Adoption;
import org.modelcensus.measure.AdoptionCalculator;
import org.modelcensus.measure.AdoptionTable;

/** Prints relative adoption as a terminal table, CSV or JSON. */
public final class AdoptionWriter {
    private final ObjectMapper json;
    private final int width;

    public AdoptionWriter(ObjectMapper json) {
        this(json, Layout.DEFAULT_WIDTH);
    }

    /** A writer whose tables and text fit {@code width} columns. */
    public AdoptionWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    /** Prints the given models of a table (the top ones, or one). */
    public void write(AdoptionTable table, List<Adoption> models, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(table, models, width), width));
            case CSV -> csv(table, models, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(table, models)));
        }
    }

    static String text(AdoptionTable table, List<Adoption> models, int width) {
        StringBuilder out = new StringBuilder();
        out.append("Relative adoption - source ")
                .append(table.source())
                .append(": all-time downloads ")
                .append(table.days())
                .append(" days after creation, divided by those of the ")
                .append(AdoptionCalculator.REFERENCE_RANK)
                .append("th-ranked model of the same size class at that age (ATOM's metric)\n");
        TextTable text = new TextTable(
                "Model", "Size class", ">Rank", ">Downloads", "Reference (10th)", ">Reference downloads", ">Adoption");
        for (Adoption adoption : models) {
            text.row(
                    adoption.model(),
                    adoption.sizeClass().label(),
                    Integer.toString(adoption.rank()),
                    Figures.count(adoption.downloads()),
                    adoption.reference().orElse("-"),
                    adoption.referenceDownloads().isPresent()
                            ? Figures.count(adoption.referenceDownloads().getAsLong())
                            : "-",
                    adoption.relativeAdoption().isPresent()
                            ? Figures.decimal(adoption.relativeAdoption().getAsDouble(), 2)
                            : "-");
        }
        out.append(text.render("  ", width));
        out.append("  ")
                .append(table.models().size())
                .append(" models of the source were at least ")
                .append(table.days())
                .append(" days old by its last snapshot. Size classes by total parameters: under 3B, 3B to 30B, 30B"
                        + " and over, unknown size (counts from data/model_parameters.csv, else the store)\n");
        return out.toString();
    }

    private static void csv(AdoptionTable table, List<Adoption> models, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "source",
                    "days",
                    "model",
                    "created",
                    "parameters",
                    "sizeClass",
                    "downloads",
                    "rank",
                    "reference",
                    "referenceDownloads",
                    "relativeAdoption");
            for (Adoption adoption : models) {
                CsvOutput.record(
                        printer,
                        table.source(),
                        table.days(),
                        adoption.model(),
                        adoption.created(),
                        adoption.parameters().isPresent()
                                ? adoption.parameters().getAsLong()
                                : "",
                        adoption.sizeClass().label(),
                        adoption.downloads(),
                        adoption.rank(),
                        adoption.reference().orElse(""),
                        adoption.referenceDownloads().isPresent()
                                ? adoption.referenceDownloads().getAsLong()
                                : "",
                        adoption.relativeAdoption().isPresent()
                                ? adoption.relativeAdoption().getAsDouble()
                                : "");
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(AdoptionTable table, List<Adoption> models) {
        ObjectNode root = json.createObjectNode();
        root.put("source", table.source());
        root.put("days", table.days());
        root.put("referenceRank", AdoptionCalculator.REFERENCE_RANK);
        root.put("modelsMeasured", table.models().size());
        ArrayNode array = root.putArray("models");
        for (Adoption adoption : models) {
            ObjectNode node = array.addObject();
            node.put("model", adoption.model());
            node.put("created", adoption.created().toString());
            if (adoption.parameters().isPresent()) {
                node.put("parameters", adoption.parameters().getAsLong());
            } else {
                node.putNull("parameters");
            }
            node.put("sizeClass", adoption.sizeClass().label());
            node.put("downloads", adoption.downloads());
            node.put("rank", adoption.rank());
            node.put("reference", adoption.reference().orElse(null));
            if (adoption.referenceDownloads().isPresent()) {
                node.put("referenceDownloads", adoption.referenceDownloads().getAsLong());
            } else {
                node.putNull("referenceDownloads");
            }
            if (adoption.relativeAdoption().isPresent()) {
                node.put("relativeAdoption", adoption.relativeAdoption().getAsDouble());
            } else {
                node.putNull("relativeAdoption");
            }
        }
        return root;
    }
}
