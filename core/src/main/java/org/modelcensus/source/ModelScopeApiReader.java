package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

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
 * Reads saved answers of ModelScope's API ({@code modelscope-api}): listing pages ({@code PUT /api/v1/models/}, whose
 * {@code Data.Models} holds the models), single models ({@code GET /api/v1/models/{owner}/{name}}, whose {@code Data}
 * is the model), either without its envelope (as ModelScope's SDK returns {@code Data}), or arrays of model objects.
 * A file holds any number of them one after another, compact (one per line) or pretty-printed; the elements of a
 * top-level array are read one at a time, so a file of many models is never held whole. An answer that says it failed
 * ({@code "Success": false}) is a row error with its message. The snapshot date is the one given, else the file name's.
 */
public final class ModelScopeApiReader implements SnapshotReader {
    private final ObjectMapper json;
    private final ModelScopeModelParser parser = new ModelScopeModelParser();

    public ModelScopeApiReader(ObjectMapper json) {
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void read(InputFile file, Optional<LocalDate> snapshotDate, RowSink sink, RowErrors errors) {
        LocalDate date = SnapshotDates.resolve(snapshotDate, file);
        try (InputStream input = file.open();
                JsonParser parser = json.getFactory().createParser(input)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String place = file.name() + ":" + parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.START_ARRAY) {
                    for (JsonToken element = parser.nextToken();
                            element != JsonToken.END_ARRAY && element != null;
                            element = parser.nextToken()) {
                        String at = file.name() + ":"
                                + parser.currentTokenLocation().getLineNr();
                        answer(json.readTree(parser), at, date, sink, errors);
                    }
                } else {
                    answer(json.readTree(parser), place, date, sink, errors);
                }
            }
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            errors.add(
                    file.name() + line,
                    "malformed JSON (" + e.getOriginalMessage() + "); the rest of the file" + " cannot be read");
        } catch (IOException e) {
            throw file.unreadable(e);
        }
    }

    /** One saved answer, or one model object: each model to the sink. */
    private void answer(JsonNode value, String place, LocalDate date, RowSink sink, RowErrors errors) {
        JsonNode data = value;
        if (value.isObject() && value.has("Data")) {
            Optional<String> refusal = ModelScopeListing.refusal(value);
            if (refusal.isPresent()) {
                errors.add(place, "the saved answer says the request failed (" + refusal.get() + ")");
                return;
            }
            data = value.get("Data");
        }
        if (data.isObject() && data.has("Models")) {
            JsonNode models = data.get("Models");
            if (!models.isArray()) {
                errors.add(place, "\"Models\" is " + JsonRow.describe(models) + "; expected an array of models");
                return;
            }
            int index = 0;
            for (JsonNode model : models) {
                index++;
                model(model, place + " (model " + index + ")", date, sink, errors);
            }
        } else if (data.isArray()) {
            int index = 0;
            for (JsonNode model : data) {
                index++;
                model(model, place + " (model " + index + ")", date, sink, errors);
            }
        } else {
            model(data, place, date, sink, errors);
        }
    }

    private void model(JsonNode node, String place, LocalDate date, RowSink sink, RowErrors errors) {
        parser.parse(node, place, errors).ifPresent(model -> sink.accept(date, model));
    }
}
