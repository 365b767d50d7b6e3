package org.modelcensus.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what a reader found, for assertions. */
final class CollectingSink implements RowSink {
    record Row(LocalDate date, ModelRecord model) {}

    final List<Row> rows = new ArrayList<>();

    @Override
    public void accept(LocalDate snapshotDate, ModelRecord model) {
        rows.add(new Row(snapshotDate, model));
    }

    List<ModelRecord> models() {
        return rows.stream().map(Row::model).toList();
    }
}
