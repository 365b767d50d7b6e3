package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * Reads BAAI's OSIR-LMTS crawls of organisations' model pages on two hubs: JSON Lines, one model page per line, a file
 * per hub and date ({@code huggingface_2025-07-07.jsonl}, {@code modelscope_2025-07-07.jsonl}). Every row has {@code
 * repo} (the namespace), {@code model_name}, {@code likes} and {@code date_crawl}; a Hugging Face row has {@code
 * downloads_last_month} (the page's 30-day count), a ModelScope row {@code total_downloads} (all-time). A file is of one
 * hub: the one its name starts with, else the one its first row's download field says. The snapshot date is the one
 * given, else the file name's, else each row's {@code date_crawl}.
 */
public final class OsirLmtsReader implements SnapshotReader {
    private static final String THIRTY_DAYS = "downloads_last_month";
    private static final String ALL_TIME = "total_downloads";

    private final ObjectMapper json;

    public OsirLmtsReader(ObjectMapper json) {
        this.json = requireNonNull(json, "json is null");
    }

    /** The hub a file is of: its name's prefix, else its first row's download field; else an error naming the file. */
    public Hub hub(InputFile file) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        for (Hub hub : Hub.values()) {
            if (name.startsWith(hub.label())) {
                return hub;
            }
        }
        Hub[] found = {null};
        JsonObjects.read(file, json, new RowErrors(), (place, node) -> {
            found[0] = node.has(ALL_TIME) ? Hub.MODELSCOPE : node.has(THIRTY_DAYS) ? Hub.HUGGINGFACE : null;
            return false;
        });
        if (found[0] == null) {
            throw new CensusException(
                    ErrorCode.MALFORMED_ROWS,
                    file.name() + ": cannot tell which hub this OSIR-LMTS file is of: its name starts with neither"
                            + " huggingface nor modelscope, and its first row has neither \"" + THIRTY_DAYS
                            + "\" (Hugging Face) nor \"" + ALL_TIME + "\" (ModelScope)");
        }
        return found[0];
    }

    @Override
    public void read(InputFile file, Optional<LocalDate> snapshotDate, RowSink sink, RowErrors errors) {
        Hub hub = hub(file);
        Optional<LocalDate> date = snapshotDate.or(() -> SnapshotDates.fromFileName(file.fileName()));
        JsonObjects.read(file, json, errors, (place, node) -> {
            JsonRow row = new JsonRow(node, place, errors);
            if (!node.isObject()) {
                row.reject("is " + JsonRow.describe(node) + "; expected a JSON object describing a model page");
                return true;
            }
            Optional<LocalDate> day = date.or(() -> crawlDate(row));
            Optional<ModelRecord> model = toModel(row, node, hub);
            if (day.isEmpty() && !row.failed()) {
                row.reject("no snapshot date: the file name holds none and \"date_crawl\" is missing; give"
                        + " --snapshot-date YYYY-MM-DD");
            }
            if (!row.failed()) {
                sink.accept(day.orElseThrow(), model.orElseThrow());
            }
            return true;
        });
    }

    private static Optional<LocalDate> crawlDate(JsonRow row) {
        String text = row.text("date_crawl");
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            row.reject("\"date_crawl\" is \"" + text + "\"; expected a date YYYY-MM-DD");
            return Optional.empty();
        }
    }

    private static Optional<ModelRecord> toModel(JsonRow row, JsonNode node, Hub hub) {
        String namespace = row.text("repo");
        String name = row.text("model_name");
        if (row.failed()) {
            return Optional.empty();
        }
        if (namespace == null || name == null) {
            row.reject("no \"" + (namespace == null ? "repo" : "model_name") + "\"; expected the model's namespace"
                    + " (\"repo\") and name (\"model_name\")");
            return Optional.empty();
        }
        String id = namespace + "/" + name;
        Optional<String> problem = ModelId.problem(id, false);
        if (problem.isPresent()) {
            row.reject("\"repo\"/\"model_name\" " + problem.get());
            return Optional.empty();
        }
        String expected = hub == Hub.MODELSCOPE ? ALL_TIME : THIRTY_DAYS;
        String other = hub == Hub.MODELSCOPE ? THIRTY_DAYS : ALL_TIME;
        if (!node.has(expected)) {
            row.reject(
                    node.has(other)
                            ? "has \"" + other + "\", a count of the other hub, in a " + hub.title()
                                    + " file; expected \"" + expected + "\""
                            : "no \"" + expected + "\"; expected the " + hub.title() + " page's download count");
            return Optional.empty();
        }
        ModelRecord.Builder builder = ModelRecord.builder(id, namespace).likes(row.count("likes"));
        if (hub == Hub.MODELSCOPE) {
            builder.downloadsAllTime(row.downloads(ALL_TIME));
        } else {
            builder.downloadsLast30Days(row.downloads(THIRTY_DAYS));
        }
        return row.failed() ? Optional.empty() : Optional.of(builder.build());
    }
}
