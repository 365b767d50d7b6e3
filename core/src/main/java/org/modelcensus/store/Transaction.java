package org.modelcensus.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on a connection in one transaction: committed if it completes, rolled back if anything fails. */
final class Transaction {
    /** Work done inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transaction() {}

    /**
     * Runs {@code work} and commits; on failure rolls back and rethrows the failure, with a failed rollback attached
     * to it rather than hiding it.
     */
    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run();
            connection.commit();
        } catch (SQLException | RuntimeException failure) {
            try {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            } catch (SQLException rollback) {
                failure.addSuppressed(rollback);
            }
            throw failure;
        }
        connection.setAutoCommit(autoCommit);
        return result;
    }
}
