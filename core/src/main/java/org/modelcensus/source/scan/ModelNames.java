package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.modelcensus.ErrorCode;
import org.modelcensus.source.CuratedCsv;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.ModelId;
import org.modelcensus.source.RowErrors;

/**
 * The names under which code refers to open models, from the curated files of {@code data/scan/}: model families by
 * name prefix ({@code families.csv}: {@code qwen2.5:7b}, {@code llama-3.1-8b-instant} and Hub repository names),
 * vendor and router names of open-weights models ({@code vendor_models.csv}: {@code deepseek-chat} is DeepSeek-V3),
 * the Hub's oldest ids without an owner ({@code legacy_ids.csv}: {@code gpt2}) and the names of proprietary models,
 * which are never references ({@code proprietary.csv}). Names match regardless of case.
 */
public final class ModelNames {
    private static final String DIRECTORY = "data/scan/";

    /** A model family: its name and the Hub namespace of its developer, which the registry attributes. */
    public record Family(String name, String namespace) {
        public Family {
            requireNonNull(name, "name is null");
            requireNonNull(namespace, "namespace is null");
        }
    }

    private final NameTrie<Family> families;
    private final NameTrie<ModelId> vendorModels;
    private final NameTrie<ModelId> legacyIds;
    private final Pattern proprietary;
    /** Every listed name, for the test most words fail: one walk, no allocation. */
    private final NameTrie<Boolean> any;

    private ModelNames(
            Map<String, Family> families,
            Map<String, ModelId> vendorModels,
            Map<String, ModelId> legacyIds,
            Pattern proprietary) {
        this.families = NameTrie.of(families);
        this.vendorModels = NameTrie.of(vendorModels);
        this.legacyIds = NameTrie.of(legacyIds);
        this.proprietary = proprietary;
        this.any = new NameTrie<>();
        for (var names : List.of(families.keySet(), vendorModels.keySet(), legacyIds.keySet())) {
            names.forEach(name -> any.put(name, Boolean.TRUE));
        }
    }

    /**
     * Whether {@code text[start, end)} is, or starts with, a listed name (a family prefix, a vendor name, a legacy
     * id): false for most words, at no allocation, so that scanning spends nothing more on them.
     */
    public boolean mayName(CharSequence text, int start, int end) {
        return any.startsOrIs(text, start, end);
    }

    /** The names of the bundled files. */
    public static ModelNames bundled() {
        RowErrors errors = new RowErrors();
        Map<String, Family> families = new HashMap<>();
        read("families.csv", List.of("prefix", "family", "namespace", "source"), errors, (record, place) -> {
            String prefix = record.get(0).strip().toLowerCase(Locale.ROOT);
            if (prefix.isEmpty()
                    || record.get(1).isBlank()
                    || ModelId.parse(record.get(2) + "/x").isEmpty()) {
                errors.add(place, "expected a prefix, a family name and a Hub namespace");
            } else if (families.put(
                            prefix,
                            new Family(record.get(1).strip(), record.get(2).strip()))
                    != null) {
                errors.add(place, "prefix \"" + prefix + "\" is listed twice");
            }
        });
        Map<String, ModelId> vendorModels = ids("vendor_models.csv", errors);
        Map<String, ModelId> legacyIds = ids("legacy_ids.csv", errors);
        List<String> patterns = new ArrayList<>();
        read("proprietary.csv", List.of("pattern", "developer", "source"), errors, (record, place) -> {
            try {
                Pattern.compile(record.get(0));
                patterns.add("(?:" + record.get(0) + ")");
            } catch (PatternSyntaxException e) {
                errors.add(
                        place, "pattern \"" + record.get(0) + "\" is not a regular expression: " + e.getDescription());
            }
        });
        errors.throwIfAny(ErrorCode.INVALID_REGISTRY, "the scan's mapping files under " + DIRECTORY + " are invalid:");
        return new ModelNames(
                Map.copyOf(families),
                vendorModels,
                legacyIds,
                Pattern.compile(String.join("|", patterns), Pattern.CASE_INSENSITIVE));
    }

    private static Map<String, ModelId> ids(String file, RowErrors errors) {
        Map<String, ModelId> ids = new HashMap<>();
        read(file, List.of("name", "model", "source"), errors, (record, place) -> {
            Optional<ModelId> model = ModelId.parse(record.get(1).strip());
            if (model.isEmpty() || record.get(0).isBlank()) {
                errors.add(place, "expected a name and a Hub id owner/name");
            } else if (ids.put(record.get(0).strip().toLowerCase(Locale.ROOT), model.get()) != null) {
                errors.add(place, "name \"" + record.get(0) + "\" is listed twice");
            }
        });
        return Map.copyOf(ids);
    }

    private static void read(String file, List<String> header, RowErrors errors, CuratedCsv.RowHandler handler) {
        CuratedCsv.read(InputFile.resource(DIRECTORY + file), header, errors, handler);
    }

    /**
     * The family a name belongs to: the longest listed prefix that the name starts with and that ends where a word of
     * the name ends ({@code qwen2.5-coder}, {@code llama3}, but not {@code llamafile} or {@code yield}).
     */
    public Optional<Family> family(String name) {
        return families.prefix(name, 0, name.length());
    }

    /** The Hub model a vendor or router serves under this name, for the names listed. */
    public Optional<ModelId> vendorModel(String name) {
        return vendorModels.exact(name, 0, name.length());
    }

    /** The owner-qualified id of one of the Hub's oldest models, named without its owner ({@code gpt2}). */
    public Optional<ModelId> legacyId(String name) {
        return legacyIds.exact(name, 0, name.length());
    }

    /** Whether the name is a proprietary model's (gpt-4o, claude-3-5-sonnet, qwen-max): never a reference. */
    public boolean proprietary(String name) {
        return proprietary.matcher(name).matches();
    }
}
