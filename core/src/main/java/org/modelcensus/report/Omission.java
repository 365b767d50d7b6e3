package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

/**
 * A report section left out because the data at hand cannot give it.
 *
 * @param section the section's title
 * @param reason why the data cannot give it
 * @param remedy what data would give it
 */
public record Omission(String section, String reason, String remedy) {
    public Omission {
        requireNonNull(section, "section is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(remedy, "remedy is null");
        if (section.isBlank() || reason.isBlank() || remedy.isBlank()) {
            throw new IllegalArgumentException("an omission names its section, its reason and its remedy");
        }
    }

    /** {@code <section>: <reason>; <remedy>.}, for text output. */
    public String describe() {
        return section + ": " + reason + "; " + remedy + ".";
    }
}
