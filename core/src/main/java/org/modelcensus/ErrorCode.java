package org.modelcensus;

/**
 * What went wrong, in terms a user can act on. Each code belongs to a {@link Category} that decides how the CLI
 * exits and how the server answers.
 */
public enum ErrorCode {
    /** A command-line flag or query parameter has a value that is not allowed. */
    INVALID_ARGUMENT(Category.USAGE),
    /** {@code --format} names an import format the program does not know. */
    UNKNOWN_FORMAT(Category.USAGE),
    /** An import needs a snapshot date and neither the flag nor the file name gives one. */
    MISSING_SNAPSHOT_DATE(Category.USAGE),
    /** A store named by the user does not exist. */
    STORE_NOT_FOUND(Category.USAGE),
    /** No snapshot matches the requested date or source. */
    SNAPSHOT_NOT_FOUND(Category.USAGE),
    /** The store holds no snapshot at all, so there is nothing to measure. */
    EMPTY_STORE(Category.DATA),
    /** A model asked for is in no snapshot of the store. */
    MODEL_NOT_FOUND(Category.USAGE),
    /** Several snapshots match and the request does not say which one. */
    AMBIGUOUS_SNAPSHOT(Category.USAGE),
    /** The requested measure has no data in the chosen snapshot. */
    MEASURE_UNAVAILABLE(Category.USAGE),
    /** An input file cannot be opened or read. */
    UNREADABLE_FILE(Category.DATA),
    /** One or more rows of an input file are malformed. */
    MALFORMED_ROWS(Category.DATA),
    /** The organisation registry breaks one of its rules. */
    INVALID_REGISTRY(Category.DATA),
    /** The Hub refused a request for a reason the user can fix, such as a bad token or an unknown endpoint. */
    HUB_REFUSED(Category.USAGE),
    /** The Hub did not answer usefully, even after the retries allowed. */
    HUB_UNAVAILABLE(Category.INTERNAL),
    /** The server has no capacity for the request now, or its answer missed the deadline; retrying later helps. */
    SERVER_BUSY(Category.INTERNAL),
    /** The store was written by another version of the program and cannot be read as it is. */
    STORE_VERSION(Category.DATA),
    /** Another process holds the store (an import, or a server); retrying once it is done helps. */
    STORE_IN_USE(Category.TEMPORARY),
    /** The file named as the store is not a DuckDB database, or is a directory. */
    NOT_A_STORE(Category.DATA),
    /** The store's file may not be read or written by this user. */
    STORE_DENIED(Category.PERMISSION),
    /** The store could not be read or written. */
    STORE_FAILURE(Category.INTERNAL);

    /**
     * How an error is answered: a usage error, bad data, a temporary failure worth retrying, a permission the user
     * lacks, or a fault of the program or its environment.
     */
    public enum Category {
        USAGE,
        DATA,
        TEMPORARY,
        PERMISSION,
        INTERNAL
    }

    private final Category category;

    ErrorCode(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
