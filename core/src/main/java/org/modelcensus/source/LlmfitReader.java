package org.modelcensus.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the model lists that llmfit scraped from the Hub API ({@code hf_models_<time>.json}): a JSON array of objects
 * with {@code name} (the Hub id), {@code hf_downloads} (downloads in the 30 days before the scrape), {@code hf_likes},
 * {@code pipeline_tag} and {@code parameters_raw}. The array is streamed element by element.
 */
public final class LlmfitReader implements SnapshotReader {
    private final ObjectMapper json;

    public LlmfitReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void read(InputFile file, Optional<LocalDate> snapshotDate, RowSink sink, RowErrors errors) {
        LocalDate date = SnapshotDates.resolve(snapshotDate, file);
        try (InputStream input = file.open();
                JsonParser parser = json.createParser(input)) {
            try {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    errors.add(
                            file.name() + ":" + parser.currentLocation().getLineNr(),
                            "expected a JSON array of models");
                    return;
                }
                long index = 0;
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    String place =
                            file.name() + ":" + parser.currentTokenLocation().getLineNr();
                    if (token == null) {
                        errors.add(place, "the file ends inside the array; expected a closing ]");
                        return;
                    }
                    index++;
                    JsonNode node = parser.readValueAsTree();
                    toModel(node, place + " (model " + index + ")", errors)
                            .ifPresent(model -> sink.accept(date, model));
                }
            } catch (JsonProcessingException e) {
                errors.add(
                        file.name() + ":" + e.getLocation().getLineNr(),
                        "malformed JSON (" + e.getOriginalMessage() + ")");
            }
        } catch (IOException e) {
            throw file.unreadable(e);
        }
    }

    private static Optional<ModelRecord> toModel(JsonNode node, String place, RowErrors errors) {
        JsonRow row = new JsonRow(node, place, errors);
        if (!node.isObject()) {
            row.reject("is " + JsonRow.describe(node) + "; expected a JSON object describing a model");
            return Optional.empty();
        }
        String id = row.text("name");
        if (id == null || id.isBlank()) {
            if (!row.failed()) {
                row.reject("no \"name\"; expected the model's Hub id such as \"Qwen/Qwen3-8B\"");
            }
            return Optional.empty();
        }
        Optional<String> problem = ModelId.problem(id, false);
        if (problem.isPresent()) {
            row.reject("\"name\" " + problem.get());
            return Optional.empty();
        }
        Optional<String> namespace = ModelId.namespaceOf(id, null);
        String pipelineTag = row.text("pipeline_tag");
        ModelRecord.Builder builder = ModelRecord.builder(id, namespace.orElseThrow())
                .downloadsLast30Days(row.downloads("hf_downloads"))
                .likes(row.count("hf_likes"))
                .parameters(row.count("parameters_raw"))
                .pipelineTag("unknown".equals(pipelineTag) ? null : pipelineTag);
        if (row.failed()) {
            return Optional.empty();
        }
        return Optional.of(builder.build());
    }
}
