package org.modelcensus.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/** Finds the date of a snapshot: the one the user gave, else one written in the file name. */
public final class SnapshotDates {
    private static final Pattern DATE_IN_NAME =
            Pattern.compile("(?<![0-9])(20[0-9]{2})-?([01][0-9])-?([0-3][0-9])(?![0-9])");

    private SnapshotDates() {}

    /**
     * A date such as {@code 2026-05-10} or {@code 20250422} in a file name ({@code hf_models_2026-05-10T1400Z.json},
     * {@code DeepSeek-R1_finetunes_20250422_180448.jsonl}); the first one wins.
     */
    public static Optional<LocalDate> fromFileName(String fileName) {
        Matcher matcher = DATE_IN_NAME.matcher(fileName);
        while (matcher.find()) {
            try {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))));
            } catch (DateTimeException e) {
                // digits that look like a date but are none, e.g. 20251399: try the next match
            }
        }
        return Optional.empty();
    }

    /** The given date, else the file name's, else a {@link ErrorCode#MISSING_SNAPSHOT_DATE} error. */
    public static LocalDate resolve(Optional<LocalDate> given, InputFile file) {
        return given.or(() -> fromFileName(file.fileName()))
                .orElseThrow(() -> new CensusException(
                        ErrorCode.MISSING_SNAPSHOT_DATE,
                        file.name()
                                + ": no snapshot date; give --snapshot-date YYYY-MM-DD (the file name holds none)"));
    }
}
