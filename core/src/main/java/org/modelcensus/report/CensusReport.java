package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.modelcensus.measure.HubComparison;
import org.modelcensus.measure.Sensitivity;
import org.modelcensus.measure.ShareTable;
import org.modelcensus.store.SnapshotFile;

/**
 * What the main report shows: one snapshot's shares by country, organisation and developer type, and what they were
 * computed from.
 *
 * @param robustness how the country shares move under the counting choices (empty when no variant applies)
 * @param sourceDescription where the snapshot's data comes from
 * @param files the files the snapshot was imported from
 * @param store where the store is
 * @param snapshotsInStore how many snapshots the store holds
 * @param selection the flags that choose this snapshot and measure, for the commands that reproduce each table
 * @param reportFlags the flags that make {@code report} reproduce this whole report
 * @param lineage the lineage section, for the latest snapshot with declared base models; empty when none has any
 * @param time how shares changed, per source with several snapshots
 * @param headlines cohort measures such as the study's first-year downloads, each named by its table
 * @param omitted the sections the data at hand cannot give, each with why and what data would give it
 * @param arena the leaderboard section, where the store holds leaderboard standings
 * @param hubs the countries on Hugging Face and on both hubs, where the store holds ModelScope snapshots
 */
public record CensusReport(
        ShareTable countries,
        ShareTable organizations,
        ShareTable types,
        String sourceDescription,
        List<SnapshotFile> files,
        String store,
        int snapshotsInStore,
        String selection,
        String reportFlags,
        Optional<LineageSection> lineage,
        List<TimeSection> time,
        List<ShareTable> headlines,
        List<Omission> omitted,
        Optional<ArenaSection> arena,
        Optional<Sensitivity> robustness,
        Optional<HubComparison.Table> hubs) {
    public CensusReport {
        requireNonNull(countries, "countries is null");
        requireNonNull(organizations, "organizations is null");
        requireNonNull(types, "types is null");
        requireNonNull(sourceDescription, "sourceDescription is null");
        files = List.copyOf(requireNonNull(files, "files is null"));
        requireNonNull(store, "store is null");
        requireNonNull(selection, "selection is null");
        requireNonNull(reportFlags, "reportFlags is null");
        requireNonNull(lineage, "lineage is null");
        time = List.copyOf(requireNonNull(time, "time is null"));
        headlines = List.copyOf(requireNonNull(headlines, "headlines is null"));
        omitted = List.copyOf(requireNonNull(omitted, "omitted is null"));
        requireNonNull(arena, "arena is null");
        requireNonNull(robustness, "robustness is null");
        requireNonNull(hubs, "hubs is null");
    }
}
