package org.modelcensus;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The one exception ModelCensus raises for problems a user can fix: bad input files, flags, parameters or data.
 * The message says where, what, and what was expected; the code says what kind of problem it is.
 */
public final class CensusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;

    public CensusException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public CensusException(ErrorCode code, String message, Throwable cause) {
        this(code, message, null, cause);
    }

    private CensusException(ErrorCode code, String message, String field, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.code = requireNonNull(code, "code is null");
        this.field = field;
    }

    /** An invalid value of the named flag or parameter (without leading dashes, e.g. {@code "at"}). */
    public static CensusException invalidArgument(String field, String message) {
        requireNonNull(field, "field is null");
        return new CensusException(ErrorCode.INVALID_ARGUMENT, message, field, null);
    }

    public ErrorCode code() {
        return code;
    }

    /** The flag or parameter at fault, when the error concerns one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
