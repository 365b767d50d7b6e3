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
import org.modelcensus.measure.IntermediaryCandidate;
import org.modelcensus.measure.IntermediaryCheck;
import org.modelcensus.store.SnapshotSummary;

/** Prints the namespaces that look like intermediaries but are not typed so in the registry. */
public final class IntermediaryWriter {
    private final ObjectMapper json;
    private final int width;

    public IntermediaryWriter(ObjectMapper json) {
        this(json, Layout.DEFAULT_WIDTH);
    }

    /** A writer whose tables and text fit {@code width} columns. */
    public IntermediaryWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(
            SnapshotSummary snapshot,
            int minimumModels,
            List<IntermediaryCandidate> candidates,
            OutputFormat format,
            PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(snapshot, minimumModels, candidates, width), width));
            case CSV -> csv(snapshot, candidates, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(snapshot, minimumModels, candidates)));
        }
    }

    static String text(SnapshotSummary snapshot, int minimumModels, List<IntermediaryCandidate> candidates, int width) {
        StringBuilder out = new StringBuilder();
        out.append("Namespaces whose models are ")
                .append(IntermediaryCheck.THRESHOLD_PERCENT)
                .append(" % or more re-packaged derivatives (quantisations, format conversions) but not typed"
                        + " intermediary in the registry - snapshot ")
                .append(snapshot.label())
                .append(", namespaces with at least ")
                .append(minimumModels)
                .append(" models\n");
        if (candidates.isEmpty()) {
            out.append("  None: the registry's intermediary type agrees with the data.\n");
            return out.toString();
        }
        TextTable table = new TextTable("Namespace", ">Models", ">Re-packaged", ">Share", "Registry says");
        for (IntermediaryCandidate candidate : candidates) {
            table.row(
                    candidate.namespace(),
                    Figures.count(candidate.models()),
                    Figures.count(candidate.repackaged()),
                    Figures.percent(candidate.repackagedShare()),
                    registrySays(candidate));
        }
        out.append(table.render("  ", width));
        return out.toString();
    }

    private static String registrySays(IntermediaryCandidate candidate) {
        return candidate
                .registered()
                .map(organization -> organization.type().code() + " (" + organization.name() + ")")
                .orElse("not listed");
    }

    private static void csv(SnapshotSummary snapshot, List<IntermediaryCandidate> candidates, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer, "snapshot", "source", "namespace", "models", "repackaged", "share", "registryType");
            for (IntermediaryCandidate candidate : candidates) {
                CsvOutput.record(
                        printer,
                        snapshot.date(),
                        snapshot.source(),
                        candidate.namespace(),
                        candidate.models(),
                        candidate.repackaged(),
                        candidate.repackagedShare(),
                        candidate
                                .registered()
                                .map(organization -> organization.type().code())
                                .orElse(""));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(SnapshotSummary snapshot, int minimumModels, List<IntermediaryCandidate> candidates) {
        ObjectNode root = json.createObjectNode();
        root.put("snapshot", snapshot.date().toString());
        root.put("source", snapshot.source());
        root.put("threshold", IntermediaryCheck.THRESHOLD_PERCENT / 100.0);
        root.put("minimumModels", minimumModels);
        ArrayNode array = root.putArray("candidates");
        for (IntermediaryCandidate candidate : candidates) {
            ObjectNode node = array.addObject();
            node.put("namespace", candidate.namespace());
            node.put("models", candidate.models());
            node.put("repackaged", candidate.repackaged());
            node.put("share", candidate.repackagedShare());
            if (candidate.registered().isPresent()) {
                node.put("organization", candidate.registered().get().name());
                node.put("registryType", candidate.registered().get().type().code());
            } else {
                node.putNull("organization");
                node.putNull("registryType");
            }
        }
        return root;
    }
}
