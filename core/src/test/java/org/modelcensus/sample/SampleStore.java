package org.modelcensus.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.store.BundledSample;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotImporter;

/** A store file holding the bundled sample, imported as the program imports it, for tests of what reads it. */
public final class SampleStore {
    private SampleStore() {}

    public static Path create(Path directory) {
        Path path = directory.resolve("census.duckdb");
        try (CensusStore store = LineageDerivation.openStore(path, new ObjectMapper())) {
            BundledSample.importInto(new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC()), rows -> {});
        }
        return path;
    }
}
