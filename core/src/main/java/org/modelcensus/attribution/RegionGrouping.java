package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.modelcensus.ErrorCode;
import org.modelcensus.source.CuratedCsv;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.RowErrors;

/**
 * Which countries a grouping by country counts together, as {@code data/counting/region_groupings.csv} documents
 * them: {@code apart} (the default: every ISO 3166-1 code on its own), {@code cn-sar} (Hong Kong and Macao with
 * China), {@code cn-sar-tw} (Taiwan too). A choice of the reader, not a fact: the census counts headquarters by their
 * own codes unless asked.
 *
 * @param name the grouping's name, as {@code --group-regions} takes it
 * @param countedAs each regrouped country and the one it counts as
 */
public record RegionGrouping(String name, Map<CountryCode, CountryCode> countedAs) {
    /** The bundled file of groupings. */
    public static final String BUNDLED = "data/counting/region_groupings.csv";

    /** Every country on its own. */
    public static final RegionGrouping APART = new RegionGrouping("apart", Map.of());

    private static final List<String> HEADER = List.of("grouping", "country", "counted_as", "source");

    private static List<RegionGrouping> bundled;

    public RegionGrouping {
        requireNonNull(name, "name is null");
        countedAs = Map.copyOf(requireNonNull(countedAs, "countedAs is null"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("a grouping needs a name");
        }
    }

    /** Every grouping the bundled file documents, {@link #APART} first. */
    public static synchronized List<RegionGrouping> all() {
        if (bundled == null) {
            bundled = read(InputFile.resource(BUNDLED));
        }
        return bundled;
    }

    /** The bundled grouping of that name. */
    public static Optional<RegionGrouping> named(String name) {
        requireNonNull(name, "name is null");
        return all().stream().filter(grouping -> grouping.name.equals(name)).findFirst();
    }

    /** The names of the bundled groupings, comma-separated: {@code apart, cn-sar, cn-sar-tw}. */
    public static String names() {
        return all().stream().map(RegionGrouping::name).collect(Collectors.joining(", "));
    }

    public boolean apart() {
        return countedAs.isEmpty();
    }

    /** The country a country counts as under this grouping. */
    public CountryCode apply(CountryCode country) {
        return countedAs.getOrDefault(requireNonNull(country, "country is null"), country);
    }

    /** {@code HK, MO counted with CN}: what the grouping does, for output; {@code every country apart} for none. */
    public String describe() {
        if (apart()) {
            return "every country apart";
        }
        Map<CountryCode, List<String>> into = new LinkedHashMap<>();
        countedAs.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((left, right) -> left.code().compareTo(right.code())))
                .forEach(entry -> into.computeIfAbsent(entry.getValue(), ignored -> new ArrayList<>())
                        .add(entry.getKey().code()));
        return into.entrySet().stream()
                .map(entry -> String.join(", ", entry.getValue()) + " counted with "
                        + entry.getKey().code())
                .collect(Collectors.joining("; "));
    }

    /** The rows of a grouping file, as the session relation {@code region_group} holds them. */
    public List<List<String>> rows() {
        return countedAs.entrySet().stream()
                .map(entry ->
                        List.of(name, entry.getKey().code(), entry.getValue().code()))
                .sorted((left, right) -> left.get(1).compareTo(right.get(1)))
                .toList();
    }

    private static List<RegionGrouping> read(InputFile file) {
        Map<String, Map<CountryCode, CountryCode>> groupings = new LinkedHashMap<>();
        RowErrors errors = new RowErrors();
        CuratedCsv.read(file, HEADER, errors, (record, place) -> {
            String grouping = record.get(0).trim();
            Optional<CountryCode> country = CountryCode.parse(record.get(1).trim());
            Optional<CountryCode> countedAs = CountryCode.parse(record.get(2).trim());
            if (grouping.isEmpty() || grouping.equals(APART.name)) {
                errors.add(place, "grouping must be a name other than \"apart\"");
            } else if (country.isEmpty() || countedAs.isEmpty()) {
                errors.add(place, "country and counted_as must be ISO 3166-1 alpha-2 codes");
            } else if (record.get(3).isBlank()) {
                errors.add(place, "every row needs its source");
            } else if (groupings
                            .computeIfAbsent(grouping, ignored -> new LinkedHashMap<>())
                            .put(country.get(), countedAs.get())
                    != null) {
                errors.add(place, country.get() + " appears twice in grouping " + grouping);
            }
        });
        errors.throwIfAny(ErrorCode.INVALID_REGISTRY, file.name() + " is not a valid region grouping file");
        List<RegionGrouping> all = new ArrayList<>();
        all.add(APART);
        groupings.forEach((name, countedAs) -> all.add(new RegionGrouping(name, countedAs)));
        return List.copyOf(all);
    }
}
