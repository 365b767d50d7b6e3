package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcensus.ErrorCode;
import org.modelcensus.source.CuratedCsv;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.RowErrors;

/**
 * How the values of the study's attribution columns are grouped into the groups it published, as {@code
 * data/study/eoi_country_groups.csv} documents them (International and Online as International/Online; the spellings
 * of USA and China). A value the file does not list stays as it is.
 *
 * @param groups each listed value and the group it is counted in
 */
public record StudyCountryGroups(Map<String, String> groups) {
    /** The bundled grouping file. */
    public static final String BUNDLED = "data/study/eoi_country_groups.csv";

    private static final List<String> HEADER = List.of("value", "group", "source");

    private static StudyCountryGroups bundled;

    public StudyCountryGroups {
        groups = Map.copyOf(requireNonNull(groups, "groups is null"));
    }

    /** The bundled grouping. */
    public static synchronized StudyCountryGroups bundled() {
        if (bundled == null) {
            bundled = read(InputFile.resource(BUNDLED));
        }
        return bundled;
    }

    /** The group a value of an attribution column is counted in. */
    public String group(String value) {
        requireNonNull(value, "value is null");
        return groups.getOrDefault(value, value);
    }

    static StudyCountryGroups read(InputFile file) {
        Map<String, String> groups = new LinkedHashMap<>();
        RowErrors errors = new RowErrors();
        CuratedCsv.read(file, HEADER, errors, (record, place) -> {
            String value = record.get(0).trim();
            String group = record.get(1).trim();
            if (value.isEmpty() || group.isEmpty()) {
                errors.add(place, "value and group must not be empty");
            } else if (record.get(2).isBlank()) {
                errors.add(place, "every row needs its source");
            } else if (groups.put(value, group) != null) {
                errors.add(place, "\"" + value + "\" appears twice");
            }
        });
        errors.throwIfAny(ErrorCode.INVALID_REGISTRY, file.name() + " is not a valid grouping of the study's values");
        return new StudyCountryGroups(groups);
    }
}
