package org.modelcensus.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one model object of ModelScope's API (an element of a listing's {@code Data.Models}, or the {@code Data} of
 * {@code GET /api/v1/models/{owner}/{name}}) into a {@link ModelRecord}: {@code Path} (the owner) and {@code Name},
 * {@code Downloads} (all-time), {@code Likes} or else {@code Stars}, {@code CreatedTime} and {@code LastUpdatedTime}
 * (seconds since 1970, or ISO-8601 text), {@code License}, {@code Tasks} (the first task's {@code Name} is the
 * pipeline tag) and {@code Tags}. Unknown fields are ignored.
 */
public final class ModelScopeModelParser {

    /** Parses a model object; problems go to {@code errors} at {@code place} and give an empty result. */
    public Optional<ModelRecord> parse(JsonNode node, String place, RowErrors errors) {
        JsonRow row = new JsonRow(node, place, errors);
        if (!node.isObject()) {
            row.reject("is " + JsonRow.describe(node) + "; expected a JSON object describing a ModelScope model");
            return Optional.empty();
        }
        String owner = row.text("Path");
        String name = row.text("Name");
        if (row.failed()) {
            return Optional.empty();
        }
        if (owner == null || name == null) {
            row.reject("no \"" + (owner == null ? "Path" : "Name") + "\"; expected the model's owner (\"Path\") and"
                    + " name (\"Name\"), as ModelScope's API gives them");
            return Optional.empty();
        }
        String id = owner + "/" + name;
        Optional<String> problem = ModelId.problem(id, false);
        if (problem.isPresent()) {
            row.reject("\"Path\"/\"Name\" " + problem.get());
            return Optional.empty();
        }
        ModelRecord.Builder builder = ModelRecord.builder(id, owner)
                .downloadsAllTime(row.downloads("Downloads"))
                .likes(row.field("Likes") != null ? row.count("Likes") : row.count("Stars"))
                .createdAt(time(row, "CreatedTime"))
                .lastModified(time(row, "LastUpdatedTime"))
                .license(row.text("License"))
                .pipelineTag(task(row))
                .tags(row.texts("Tags"));
        return row.failed() ? Optional.empty() : Optional.of(builder.build());
    }

    /** A time as seconds since 1970 (ModelScope's way) or as ISO-8601 text. */
    private static Instant time(JsonRow row, String field) {
        JsonNode value = row.field(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            try {
                return Instant.parse(value.asText());
            } catch (DateTimeParseException e) {
                // reported below
            }
        } else if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() > 0) {
            return Instant.ofEpochSecond(value.asLong());
        }
        row.reject("\"" + field + "\" is " + JsonRow.describe(value) + "; expected seconds since 1970 (such as"
                + " 1717580312) or an ISO-8601 time");
        return null;
    }

    /** The first task's name: {@code Tasks} is a list of {@code {"Name": ...}} objects, or of names. */
    private static String task(JsonRow row) {
        JsonNode tasks = row.field("Tasks");
        if (tasks == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (tasks.isArray()) {
            for (JsonNode task : tasks) {
                JsonNode name = task.isObject() ? task.get("Name") : task;
                if (name == null || !name.isTextual()) {
                    names = null;
                    break;
                }
                names.add(name.asText());
            }
        }
        if (names == null || !tasks.isArray()) {
            row.reject("\"Tasks\" is " + JsonRow.describe(tasks) + "; expected a list of {\"Name\": ...} objects");
            return null;
        }
        return names.isEmpty() ? null : names.get(0);
    }
}
