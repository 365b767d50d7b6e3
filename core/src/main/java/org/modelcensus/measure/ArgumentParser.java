package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.RegionGrouping;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.source.Hub;

/**
 * Turns the text of a command-line flag or a query parameter into a measure's argument, with one wording for both:
 * {@code --measure is "likes"; expected one of ...} on the command line, {@code measure is "likes"; ...} for the
 * server. Every problem is a {@link CensusException} naming the argument.
 */
public final class ArgumentParser {
    /** Up to nine ASCII digits: a number that fits an int, written the one way a URL or flag should write it. */
    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]{1,9}");

    private final String prefix;

    private ArgumentParser(String prefix) {
        this.prefix = prefix;
    }

    /** Names arguments as flags: {@code --measure}. */
    public static ArgumentParser forFlags() {
        return new ArgumentParser("--");
    }

    /** Names arguments as query parameters: {@code measure}. */
    public static ArgumentParser forParameters() {
        return new ArgumentParser("");
    }

    public Measure measure(String value) {
        return Measure.fromLabel(requireNonNull(value, "value is null"))
                .orElseThrow(() -> invalid("measure", value, "one of " + Measure.labels()));
    }

    public GroupBy by(String value) {
        return GroupBy.fromLabel(requireNonNull(value, "value is null"))
                .orElseThrow(() -> invalid("by", value, "one of " + GroupBy.labels()));
    }

    public Hub hub(String value) {
        return Hub.of(requireNonNull(value, "value is null"))
                .orElseThrow(() -> invalid("hub", value, "one of " + Hub.labels()));
    }

    public Every every(String value) {
        return Every.fromLabel(requireNonNull(value, "value is null"))
                .orElseThrow(() -> invalid("every", value, "one of " + Every.labels()));
    }

    public AttributionView view(String value) {
        return AttributionView.fromLabel(requireNonNull(value, "value is null"))
                .orElseThrow(() -> invalid("view", value, "uploader or origin"));
    }

    /** {@code UNKNOWN} (the default), {@code INTL}, {@code EXCLUDE} or {@code PROPORTIONAL} (any case). */
    public UnknownNamespaces unknownAs(Optional<String> value) {
        if (value.isEmpty()) {
            return UnknownNamespaces.REPORT;
        }
        for (UnknownNamespaces choice : UnknownNamespaces.values()) {
            if (choice.flagValue().equalsIgnoreCase(value.get())) {
                return choice;
            }
        }
        throw invalid("unknown-as", value.get(), "UNKNOWN, INTL, EXCLUDE or PROPORTIONAL");
    }

    /** A number of days such as {@code 30d} or {@code 30}. */
    public int days(String name, String value) {
        String digits = value.endsWith("d") ? value.substring(0, value.length() - 1) : value;
        if (ASCII_DIGITS.matcher(digits).matches()) {
            int days = Integer.parseInt(digits);
            if (days >= 1) {
                return days;
            }
        }
        throw invalid(name, value, "a number of days such as 30d");
    }

    /** A whole number from 1 to {@code maximum}, in ASCII digits (no signs, spaces or other scripts' digits). */
    public int positive(String name, String value, int maximum) {
        if (ASCII_DIGITS.matcher(value).matches()) {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= maximum) {
                return number;
            }
        }
        throw invalid(name, value, "a whole number from 1 to " + maximum);
    }

    /** A day such as {@code 2025-02-18}. */
    public LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "a date such as 2025-02-18");
        }
    }

    /** The cohort of models created in a range, or within some days of the end. */
    public Cohort cohort(
            Optional<LocalDate> createdFrom, Optional<LocalDate> createdTo, Optional<String> createdWithin) {
        Optional<Integer> within = createdWithin.map(text -> days("created-within", text));
        if (createdFrom.isPresent() && createdTo.isPresent() && createdTo.get().isBefore(createdFrom.get())) {
            throw CensusException.invalidArgument(
                    "created-to",
                    prefix + "created-to " + createdTo.get() + " is before " + prefix + "created-from "
                            + createdFrom.get());
        }
        return new Cohort(createdFrom, createdTo, within);
    }

    /**
     * Checks that a group key the user gave is one of the groups measured.
     *
     * @throws CensusException naming the argument and the groups there are
     */
    public void requireGroup(String name, String key, Set<String> groups) {
        if (!groups.contains(key)) {
            throw CensusException.invalidArgument(
                    name,
                    prefix + name + " is \"" + key + "\", a group with downloads at no point of the series;"
                            + " expected one of " + String.join(", ", groups) + " (keys are case-sensitive)");
        }
    }

    /**
     * Counting choices from their arguments: what {@code exclude} names (any of {@code repackaged}, {@code automated},
     * comma-separated or repeated), whether re-packaged derivatives go to their roots, spikes are capped and stale
     * counters zeroed, and the region grouping's name.
     */
    public Counting counting(
            List<String> exclude,
            boolean repackagedToRoot,
            boolean capSpikes,
            boolean staleAsZero,
            Optional<String> regions) {
        boolean dropRepackaged = false;
        boolean dropAutomated = false;
        for (String listed : exclude) {
            for (String value : listed.split(",", -1)) {
                switch (value.trim()) {
                    case "repackaged" -> dropRepackaged = true;
                    case "automated" -> dropAutomated = true;
                    default -> throw invalid("exclude", value, "repackaged or automated");
                }
            }
        }
        if (dropRepackaged && repackagedToRoot) {
            throw CensusException.invalidArgument(
                    "exclude",
                    "re-packaged derivatives are either left out (" + prefix + "exclude repackaged) or credited to"
                            + " their roots (" + prefix + "repackaged-to-root), not both");
        }
        Counting.Repackaged repackaged = dropRepackaged
                ? Counting.Repackaged.DROPPED
                : repackagedToRoot ? Counting.Repackaged.ROOT : Counting.Repackaged.COUNTED;
        return new Counting(
                repackaged,
                dropAutomated,
                capSpikes,
                staleAsZero,
                regions.map(name -> RegionGrouping.named(name)
                                .orElseThrow(() -> invalid("group-regions", name, "one of " + RegionGrouping.names())))
                        .orElse(RegionGrouping.APART));
    }

    /** The error for an argument with a value that is not allowed. */
    public CensusException invalid(String name, String value, String expected) {
        return CensusException.invalidArgument(name, prefix + name + " is \"" + value + "\"; expected " + expected);
    }
}
