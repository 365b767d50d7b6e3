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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the base models a model declares: the tags {@code base_model:<relation>:<id>} and {@code base_model:<id>},
 * and the card's {@code base_model} (a string or a list) with its {@code base_model_relation}. A base model named
 * only without a relation gets {@link Relation#UNKNOWN}. Where the declaration is the Hub's own lineage ({@code
 * baseModels} of a hub-stats dump), it alone gives the parents. Malformed declarations are counted, never fatal.
 */
final class DeclarationParser {
    private static final String TAG_PREFIX = "base_model:";

    private final ObjectMapper json;

    /** References already normalised: most models of a snapshot name the same few base models. */
    private final Map<String, Optional<String>> normalized = new HashMap<>();

    DeclarationParser(ObjectMapper json) {
        this.json = requireNonNull(json, "json is null");
    }

    /**
     * The parents {@code modelId} declares, each once, in the order first declared.
     *
     * @param declaration the card's {@code base_model}, or the Hub's own lineage where {@code hubLineage}
     * @param relation the declaration's relation
     * @param hubLineage whether the declaration is the Hub's {@code baseModels}: it wins over the tags, and a model
     *     whose tags name other parents or relations counts as a disagreement
     */
    List<LineageLink> parents(
            String modelId,
            List<String> tags,
            Optional<String> declaration,
            Optional<String> relation,
            boolean hubLineage,
            QualityCounter quality) {
        Map<String, Relation> typed = new LinkedHashMap<>();
        Set<String> untyped = new LinkedHashSet<>();
        for (String tag : tags) {
            if (!tag.startsWith(TAG_PREFIX)) {
                continue;
            }
            String rest = tag.substring(TAG_PREFIX.length());
            int colon = rest.indexOf(':');
            Optional<Relation> declared = colon > 0 ? Relation.declared(rest.substring(0, colon)) : Optional.empty();
            if (declared.isPresent()) {
                reference(rest.substring(colon + 1), quality).ifPresent(id -> typed.putIfAbsent(id, declared.get()));
            } else {
                reference(rest, quality).ifPresent(untyped::add);
            }
        }
        Set<String> fromCard = cardParents(declaration, quality);
        Optional<Relation> cardRelationValue = relation.flatMap(text -> {
            Optional<Relation> value = Relation.declared(text.strip());
            if (value.isEmpty()) {
                quality.invalidDeclarations++;
            }
            return value;
        });
        if (hubLineage) {
            if (disagree(typed, untyped, fromCard, cardRelationValue.orElse(Relation.UNKNOWN))) {
                quality.disagreements++;
            }
            typed.clear();
            untyped.clear();
        }
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
            Relation parentRelation = typed.get(parent);
            if (parentRelation == null) {
                parentRelation =
                        fromCard.contains(parent) ? cardRelationValue.orElse(Relation.UNKNOWN) : Relation.UNKNOWN;
            }
            parents.add(new LineageLink(parent, parentRelation));
        }
        if (selfReference) {
            quality.selfReferences++;
        }
        return parents;
    }

    /**
     * Whether tags that name base models disagree with the Hub's own lineage: other parents (ids compared regardless
     * of case), or a typed tag whose relation is not the Hub's. Tags that name none do not disagree.
     */
    private static boolean disagree(
            Map<String, Relation> typed, Set<String> untyped, Set<String> hub, Relation hubRelation) {
        Set<String> tagged = new LinkedHashSet<>();
        typed.keySet().forEach(id -> tagged.add(id.toLowerCase(Locale.ROOT)));
        untyped.forEach(id -> tagged.add(id.toLowerCase(Locale.ROOT)));
        if (tagged.isEmpty()) {
            return false;
        }
        Set<String> declared = new LinkedHashSet<>();
        hub.forEach(id -> declared.add(id.toLowerCase(Locale.ROOT)));
        return !tagged.equals(declared)
                || typed.values().stream()
                        .anyMatch(relation -> hubRelation != Relation.UNKNOWN && relation != hubRelation);
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
