package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did.
 *
 * @param snapshots the snapshots written, with the number of models each holds after the import
 * @param rowsRead model rows read from the files
 * @param duplicatesCollapsed rows dropped because a later row of the same import gave the same model and date
 * @param placeholderCreationDates rows whose creation date was the Hub's placeholder, stored as unknown
 */
public record ImportResult(
        List<WrittenSnapshot> snapshots, long rowsRead, long duplicatesCollapsed, long placeholderCreationDates) {

    public ImportResult {
        snapshots = List.copyOf(requireNonNull(snapshots, "snapshots is null"));
    }

    /** What this import and {@code other}, done in the same transaction, wrote together. */
    public ImportResult and(ImportResult other) {
        List<WrittenSnapshot> both = new ArrayList<>(snapshots);
        both.addAll(other.snapshots);
        return new ImportResult(
                both,
                rowsRead + other.rowsRead,
                duplicatesCollapsed + other.duplicatesCollapsed,
                placeholderCreationDates + other.placeholderCreationDates);
    }

    /** A snapshot an import wrote into. */
    public record WrittenSnapshot(LocalDate date, String source, long models) {
        public WrittenSnapshot {
            requireNonNull(date, "date is null");
            requireNonNull(source, "source is null");
        }
    }
}
