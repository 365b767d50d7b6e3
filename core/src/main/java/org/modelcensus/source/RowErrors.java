package org.modelcensus.source;

import java.util.ArrayList;
import java.util.List;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * Collects the row errors of one import so that a user sees many of them at once rather than one per run. Keeps the
 * first {@value #REPORTED} messages and counts the rest.
 */
public final class RowErrors {
    /** How many row errors are reported in full. */
    public static final int REPORTED = 20;

    private final List<String> messages = new ArrayList<>();
    private long count;

    /** Records an error at a place such as {@code models.jsonl:1832}. */
    public void add(String place, String message) {
        count++;
        if (messages.size() < REPORTED) {
            messages.add(place + ": " + message);
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public long count() {
        return count;
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Throws a {@link ErrorCode#MALFORMED_ROWS} error listing the collected errors, if there are any. */
    public void throwIfAny() {
        throwIfAny(
                ErrorCode.MALFORMED_ROWS, (count == 1 ? "1 bad row" : count + " bad rows") + "; nothing was imported:");
    }

    /** Throws an error with the given code, a heading and the collected errors, one per line, if there are any. */
    public void throwIfAny(ErrorCode code, String heading) {
        if (count == 0) {
            return;
        }
        StringBuilder text = new StringBuilder(heading);
        for (String message : messages) {
            text.append(System.lineSeparator()).append("  ").append(message);
        }
        if (count > messages.size()) {
            text.append(System.lineSeparator())
                    .append("  ... and ")
                    .append(count - messages.size())
                    .append(" more");
        }
        throw new CensusException(code, text.toString());
    }
}
