package org.modelcensus.source;

import java.time.LocalDate;

/** Receives the models a reader finds, each with the date of the snapshot it belongs to, in file order. */
@FunctionalInterface
public interface RowSink {
    void accept(LocalDate snapshotDate, ModelRecord model);
}
