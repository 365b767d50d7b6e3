package org.modelcensus.measure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The attribution columns of the study's dataset ("Economies of Open Intelligence", mmpr/open_model_evolution_data),
 * in each variant it published: the plain country of a model's author ({@code org_country}) or of the model it derives
 * from ({@code derived_org_country}); the {@code _single} variants, which keep one country where a developer has
 * several; and the merged groups ({@code merged_*_groups_single}), which already hold the study's groups such as
 * International/Online. A derived column gives a model that derives from none the uploader column of its variant.
 */
public enum StudyAttribution {
    ORG_COUNTRY("org_country", false),
    DERIVED_ORG_COUNTRY("derived_org_country", true),
    ORG_COUNTRY_SINGLE("org_country_single", false),
    DERIVED_ORG_COUNTRY_SINGLE("derived_org_country_single", true),
    MERGED_COUNTRY_GROUPS_SINGLE("merged_country_groups_single", false),
    MERGED_DERIVED_COUNTRY_GROUPS_SINGLE("merged_derived_country_groups_single", true);

    private final String column;
    private final boolean derived;

    StudyAttribution(String column, boolean derived) {
        this.column = column;
        this.derived = derived;
    }

    /** The column's name in the study's file. */
    public String column() {
        return column;
    }

    /** Whether the column attributes a derivative to the model it derives from. */
    public boolean derived() {
        return derived;
    }

    /** {@code uploader} or {@code derived}: the view the column gives, as the output names it. */
    public String view() {
        return derived ? "derived" : "uploader";
    }

    /** The attribution of that column name. */
    public static Optional<StudyAttribution> of(String column) {
        return Arrays.stream(values())
                .filter(attribution -> attribution.column.equals(column))
                .findFirst();
    }

    /** Every column name, comma-separated, for messages. */
    public static String columns() {
        return Arrays.stream(values()).map(StudyAttribution::column).collect(Collectors.joining(", "));
    }

    /**
     * The views printed when no column is chosen: the first column of each view the file has, in the order above
     * (the plain columns, then the single ones, then the merged groups).
     */
    public static List<StudyAttribution> defaults(List<String> columns) {
        return Stream.of(false, true)
                .flatMap(derived -> Arrays.stream(values())
                        .filter(attribution -> attribution.derived == derived && columns.contains(attribution.column))
                        .limit(1))
                .toList();
    }
}
