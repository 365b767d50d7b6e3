package org.modelcensus.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.modelcensus.lineage.LineageQuality;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.Concentration;
import org.modelcensus.measure.MeasureNotes;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.source.SourceCoverage;
import org.modelcensus.store.SnapshotSummary;

/** Conventions of the JSON the program prints. */
public final class JsonOutput {
    private JsonOutput() {}

    /** Pretty-printed JSON text of a node. */
    public static String write(ObjectMapper json, JsonNode node) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    /**
     * Prints a value as pretty-printed JSON and a line break, as {@link #write} renders its tree, streamed: no tree
     * and no string of the whole answer is built (a scan's answer runs to megabytes). The stream stays open.
     */
    public static void print(ObjectMapper json, Object value, PrintStream out) {
        try {
            json.writerWithDefaultPrettyPrinter()
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print JSON", e);
        }
        out.println();
    }

    /** Puts a download count: a whole number as an integer, a split credit as a decimal. */
    static void putNumber(ObjectNode node, String field, double value) {
        Object number = number(value);
        if (number instanceof Long whole) {
            node.put(field, whole);
        } else {
            node.put(field, value);
        }
    }

    /** What a measure covered: its window and snapshots, its cohort, and the notes on the data. */
    static void putSelection(ObjectNode node, MeasureSelection selection, MeasureNotes notes) {
        if (selection.windowStart().isPresent()) {
            ObjectNode window = node.putObject("window");
            window.put("from", selection.windowStart().get().toString());
            window.put("to", selection.windowEnd().toString());
            selection
                    .start()
                    .ifPresent(start -> window.put("startSnapshot", start.date().toString()));
            window.put("endSnapshot", selection.end().date().toString());
        }
        Cohort cohort = selection.cohort();
        if (cohort.restricts()) {
            ObjectNode created = node.putObject("cohort");
            created.put(
                    "createdFrom",
                    cohort.firstDay(selection.windowEnd()).map(Object::toString).orElse(null));
            created.put(
                    "createdTo",
                    cohort.lastDay(selection.windowEnd()).map(Object::toString).orElse(null));
        }
        putSourceCoverage(node, selection.end());
        ObjectNode counts = node.putObject("notes");
        counts.put("decreasesClamped", notes.decreasesClamped());
        counts.put("missingAtEnd", notes.missingAtEnd());
        counts.put("unknownCreationExcluded", notes.unknownCreationExcluded());
        counts.put("firstYearBeforeData", notes.firstYearBeforeData());
        counts.put("thirtyDayFallback", notes.thirtyDayFallback());
    }

    /** What the snapshot's source is a census of: {@code "sourceCoverage": {"census": "no", "statement": ...}}. */
    static void putSourceCoverage(ObjectNode node, SnapshotSummary snapshot) {
        SourceCoverage coverage = SourceCoverage.of(snapshot.source(), snapshot.format());
        ObjectNode covered = node.putObject("sourceCoverage");
        covered.put("census", coverage.census());
        covered.put("statement", coverage.statement());
    }

    /**
     * The sentence a result over a source that is no census of the Hub opens with; empty for a census: {@code Source
     * llmfit is no census of the Hub: ...; these are shares of its models, not of the Hub.}
     */
    static Optional<String> caveat(SnapshotSummary snapshot) {
        SourceCoverage coverage = SourceCoverage.of(snapshot.source(), snapshot.format());
        if (coverage.isCensus()) {
            return Optional.empty();
        }
        return Optional.of("Source " + snapshot.source()
                + (coverage.census().equals("no") ? " is no census of the Hub: " : " may not be a census of the Hub: ")
                + coverage.statement() + ". These are shares of its models, not of the Hub.");
    }

    /** Concentration measures as a JSON object, or JSON null when there are none. */
    static void putConcentration(ObjectNode node, String field, Optional<Concentration> concentration) {
        if (concentration.isEmpty()) {
            node.putNull(field);
            return;
        }
        node.putObject(field)
                .put("hhi", concentration.get().hhi())
                .put("gini", concentration.get().gini())
                .put("top1", concentration.get().top1())
                .put("top5", concentration.get().top5())
                .put("effectiveNumber", concentration.get().effectiveNumber());
    }

    /** The lineage quality counts as a JSON object. */
    static void putQuality(ObjectNode node, String field, LineageQuality quality) {
        ObjectNode counts = node.putObject(field);
        counts.put("dangling", quality.dangling());
        counts.put("cycles", quality.cycles());
        counts.put("selfReferences", quality.selfReferences());
        counts.put("invalidIds", quality.invalidIds());
        counts.put("invalidDeclarations", quality.invalidDeclarations());
        counts.put("disagreements", quality.disagreements());
    }

    /** The lineage quality counts as one line of text. */
    static String describe(LineageQuality quality) {
        return quality.dangling() + " dangling base models (declared but not in the snapshot), " + quality.cycles()
                + " declarations dropped to break cycles, " + quality.selfReferences() + " self-references, "
                + quality.invalidIds() + " invalid ids, " + quality.invalidDeclarations() + " malformed declarations, "
                + quality.disagreements() + " models whose tags disagree with the Hub's own lineage (the Hub's kept)";
    }

    static Object number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            return (long) value;
        }
        return value;
    }
}
