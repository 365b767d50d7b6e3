package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the base models a model declares: the tags {@code base_model:<relation>:<id>} and {@code base_model:<id>},
 * and the card's {@code base_model} (a string or a list) with its {@code base_model_relation}. A base model named
 * only without a relation gets {@link Relation#UNKNOWN}. Malformed declarations are counted, never fatal.
 */
final class DeclarationParser {
    private static final String TAG_PREFIX = "base_model:";

    private final ObjectMapper json;

    /** References already normalised: most models of a snapshot name the same few base models. */
    private final Map<String, Optional<String>> normalized = new HashMap<>();

    DeclarationParser(ObjectMapper json) {
        this.json = requireNonNull(json, "json is null");
    }

    /** The parents {@code modelId} declares, each once, in the order first declared. */
    List<LineageLink> parents(
            String modelId,
            List<String> tags,
            Optional<String> cardBaseModel,
            Optional<String> cardRelation,
            QualityCounter quality) {
        Map<String, Relation> typed = new LinkedHashMap<>();
        Set<String> untyped = new LinkedHashSet<>();
        for (String tag : tags) {
            if (!tag.startsWith(TAG_PREFIX)) {
                continue;
            }
            String rest = tag.substring(TAG_PREFIX.length());
            int colon = rest.indexOf(':');
            Optional<Relation> relation = colon > 0 ? Relation.declared(rest.substring(0, colon)) : Optional.empty();
            if (relation.isPresent()) {
                reference(rest.substring(colon + 1), quality).ifPresent(id -> typed.putIfAbsent(id, relation.get()));
            } else {
                reference(rest, quality).ifPresent(untyped::add);
            }
        }
        Set<String> fromCard = cardParents(cardBaseModel, quality);
        Optional<Relation> cardRelationValue = cardRelation.flatMap(text -> {
            Optional<Relation> relation = Relation.declared(text.strip());
            if (relation.isEmpty()) {
                quality.invalidDeclarations++;
            }
            return relation;
        });
        Set<String> all = new LinkedHashSet<>(typed.keySet());
        all.addAll(untyped);
        all.addAll(fromCard);
        List<LineageLink> parents = new ArrayList<>(all.size());
        boolean selfReference = false;
        for (String parent : all) {
            if (parent.equals(modelId)) {
                selfReference = true;
                continue;
            }
            Relation relation = typed.get(parent);
            if (relation == null) {
                relation = fromCard.contains(parent) ? cardRelationValue.orElse(Relation.UNKNOWN) : Relation.UNKNOWN;
            }
            parents.add(new LineageLink(parent, relation));
        }
        if (selfReference) {
            quality.selfReferences++;
        }
        return parents;
    }

    private Set<String> cardParents(Optional<String> cardBaseModel, QualityCounter quality) {
        Set<String> parents = new LinkedHashSet<>();
        if (cardBaseModel.isEmpty()) {
            return parents;
        }
        String raw = cardBaseModel.get();
        if (raw.length() > 2 && raw.charAt(0) == '"' && raw.charAt(raw.length() - 1) == '"' && raw.indexOf('\\') < 0) {
            reference(raw.substring(1, raw.length() - 1), quality).ifPresent(parents::add); // the common case
            return parents;
        }
        JsonNode value;
        try {
            value = json.readTree(raw);
        } catch (JsonProcessingException e) {
            quality.invalidDeclarations++;
            return parents;
        }
        if (value.isTextual()) {
            reference(value.asText(), quality).ifPresent(parents::add);
        } else if (value.isArray() && !value.isEmpty()) {
            boolean malformed = false;
            for (JsonNode element : value) {
                if (element.isTextual()) {
                    reference(element.asText(), quality).ifPresent(parents::add);
                } else {
                    malformed = true;
                }
            }
            if (malformed) {
                quality.invalidDeclarations++;
            }
        } else if (!value.isNull()) {
            quality.invalidDeclarations++; // a number, an object, a boolean or an empty list
        }
        return parents;
    }

    private Optional<String> reference(String text, QualityCounter quality) {
        Optional<String> id = normalized.computeIfAbsent(text, ModelReference::normalize);
        if (id.isEmpty()) {
            quality.invalidIds++;
        }
        return id;
    }
}
