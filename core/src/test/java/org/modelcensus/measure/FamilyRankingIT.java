package org.modelcensus.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.Fixtures;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.lineage.LineageDerivation;
import org.modelcensus.lineage.StoredLineage;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.DuckDbEngine;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.SnapshotCatalog;
import org.modelcensus.store.SnapshotImporter;
import org.modelcensus.store.SnapshotSummary;

/**
 * The largest families are ranked in SQL and then exactly: ties, splits that are not whole numbers and families with
 * no downloads at all (fixtures/hub/family_ties_2026-02-10.jsonl) rank the same whatever the number asked for.
 */
class FamilyRankingIT {
    /**
     * By hand: a and b 10 each (their own downloads; by id on the tie), e 5 + 9/2, f 9/2, g, h and i 10/3 each (one
     * merge of three roots), then c and d with none.
     */
    private static final List<String> RANKING = List.of("r/a", "r/b", "r/e", "r/f", "r/g", "r/h", "r/i", "r/c", "r/d");

    @TempDir
    Path directory;

    @Test
    void everyTopIsTheStartOfTheOneRankingWorkedOutByHand() {
        try (CensusStore store = LineageDerivation.openStore(directory.resolve("census.duckdb"), new ObjectMapper())) {
            new SnapshotImporter(store, new ObjectMapper(), Clock.systemUTC())
                    .importFiles(
                            List.of(Fixtures.file("hub/family_ties_2026-02-10.jsonl")),
                            SnapshotFormat.HUB_JSONL,
                            ImportOptions.defaults(),
                            rows -> {});
            SnapshotSummary snapshot = new SnapshotCatalog(store).select(Optional.empty(), Optional.empty());
            FamilyCalculator calculator = new FamilyCalculator(new AttributionQuery(
                    new DuckDbEngine(store), OrganizationRegistry.bundled(), new StoredLineage(store)));
            MeasureSelection selection = MeasureSelection.at(snapshot, Measure.DOWNLOADS_30D, Cohort.all());

            for (int top = 1; top <= RANKING.size() + 2; top++) {
                FamilyTable table = calculator.families(selection, top);

                assertThat(table.families())
                        .as("top %d", top)
                        .extracting(Family::root)
                        .containsExactlyElementsOf(RANKING.subList(0, Math.min(top, RANKING.size())));
                assertThat(table.familiesWithDerivatives()).isEqualTo(RANKING.size());
            }
            FamilyTable all = calculator.families(selection, RANKING.size());
            assertThat(all.families())
                    .extracting(Family::downloads)
                    .containsExactly(10.0, 10.0, 9.5, 4.5, 10.0 / 3, 10.0 / 3, 10.0 / 3, 0.0, 0.0);
        }
    }
}
