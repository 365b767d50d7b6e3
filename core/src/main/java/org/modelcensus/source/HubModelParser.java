package org.modelcensus.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Turns one model object as the Hub API's {@code /api/models} returns it into a {@link ModelRecord}. Unknown fields
 * are ignored; a missing {@code author} is taken from the namespace part of the id.
 */
public final class HubModelParser {

    /** Parses a model object; problems go to {@code errors} at {@code place} and give an empty result. */
    public Optional<ModelRecord> parse(JsonNode node, String place, RowErrors errors) {
        JsonRow row = new JsonRow(node, place, errors);
        if (!node.isObject()) {
            row.reject("is " + JsonRow.describe(node) + "; expected a JSON object describing a model");
            return Optional.empty();
        }
        String id = row.text("id");
        if (id == null) {
            id = row.text("modelId");
        }
        String author = row.text("author");
        if (id == null || id.isBlank()) {
            if (!row.failed()) {
                row.reject("no \"id\" (or \"modelId\"); expected the model's Hub id such as \"Qwen/Qwen3-8B\"");
            }
            return Optional.empty();
        }
        Optional<String> namespace = ModelId.namespaceOf(id, author);
        if (namespace.isEmpty()) {
            row.reject("\"id\" is " + JsonRow.quote(id) + " and there is no \"author\"; expected an id of the form"
                    + " \"owner/name\"");
            return Optional.empty();
        }
        Optional<String> problem = ModelId.problem(id, true)
                .or(() -> ModelId.problem(namespace.get(), true).map(what -> "(its owner) " + what));
        if (problem.isPresent()) {
            row.reject("\"id\" " + problem.get());
            return Optional.empty();
        }
        ModelRecord.Builder builder = ModelRecord.builder(id, namespace.get())
                .createdAt(row.instant("createdAt"))
                .lastModified(row.instant("lastModified"))
                .downloadsLast30Days(row.downloads("downloads"))
                .downloadsAllTime(row.downloads("downloadsAllTime"))
                .likes(row.count("likes"))
                .pipelineTag(row.text("pipeline_tag"))
                .libraryName(row.text("library_name"))
                .tags(row.texts("tags"))
                .parameters(row.count("safetensors.total"))
                .gated(gated(row))
                .license(license(row))
                .baseModelRelation(relation(row));
        JsonNode baseModel = row.field("cardData.base_model");
        if (baseModel != null) {
            builder.baseModelDeclaration(baseModel.toString());
        }
        if (row.failed()) {
            return Optional.empty();
        }
        return Optional.of(builder.build());
    }

    private static String gated(JsonRow row) {
        JsonNode value = row.field("gated");
        if (value == null) {
            return null;
        }
        if (value.isBoolean() || value.isTextual()) {
            return value.asText();
        }
        row.reject("\"gated\" is " + JsonRow.describe(value) + "; expected false, \"auto\" or \"manual\"");
        return null;
    }

    /** The licence from the card, or from a {@code license:} tag; the card may give a list (first one wins). */
    private static String license(JsonRow row) {
        JsonNode value = row.field("cardData.license");
        if (value != null && value.isTextual()) {
            return value.asText();
        }
        if (value != null && value.isArray() && value.size() > 0 && value.get(0).isTextual()) {
            return value.get(0).asText();
        }
        JsonNode tags = row.field("tags");
        if (tags != null && tags.isArray()) {
            for (JsonNode tag : tags) {
                if (tag.isTextual() && tag.asText().startsWith("license:")) {
                    return tag.asText().substring("license:".length());
                }
            }
        }
        return null;
    }

    /** The card's relation to its base model; odd shapes are left to the lineage stage's quality counts. */
    private static String relation(JsonRow row) {
        JsonNode value = row.field("cardData.base_model_relation");
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
