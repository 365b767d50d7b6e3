package org.modelcensus.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a later stage derives from a snapshot's rows once, when an import writes the snapshot, and keeps in the store
 * (the lineage stage's tables): run inside the import's transaction, so that a failed import leaves nothing behind.
 * The store defines this interface so that it never depends on the stage that implements it.
 */
public interface SnapshotDerivation {
    /**
     * Replaces what was derived from the snapshots before with what their rows give now. The snapshots' ids are also
     * in the temporary table {@code written_snapshot}, for statements that treat them all at once.
     */
    void derive(Connection connection, List<Long> snapshotIds) throws SQLException;
}
