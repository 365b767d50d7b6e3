package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an organisation is based: an ISO 3166-1 alpha-2 code, or {@code INTL} (the study's "International/Online":
 * online collectives with no single base, and individuals whose country is not public).
 */
public record CountryCode(String code) {
    /** Online collectives and individuals with no public country. */
    public static final CountryCode INTERNATIONAL = new CountryCode("INTL");

    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        requireNonNull(code, "code is null");
        if (!code.equals("INTL") && !ISO_CODES.contains(code)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code or INTL: \"" + code + "\"");
        }
    }

    public static Optional<CountryCode> parse(String text) {
        if (text == null || !(text.equals("INTL") || ISO_CODES.contains(text))) {
            return Optional.empty();
        }
        return Optional.of(new CountryCode(text));
    }

    /** The country's English name, e.g. {@code China}; "International/Online" for {@code INTL}. */
    public String label() {
        if (this.equals(INTERNATIONAL)) {
            return "International/Online";
        }
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return code;
    }
}
