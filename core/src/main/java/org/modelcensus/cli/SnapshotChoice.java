package org.modelcensus.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options that choose one snapshot, for commands that measure no downloads. */
final class SnapshotChoice {
    @Option(
            names = "--at",
            paramLabel = "DATE",
            description = "Snapshot date (YYYY-MM-DD); the latest snapshot on or before it is used.")
    LocalDate at;

    @Option(
            names = "--source",
            paramLabel = "LABEL",
            description = "Only snapshots of this source (e.g. llmfit, forecast-hf, lineage-crawl).")
    String source;

    Optional<LocalDate> at() {
        return Optional.ofNullable(at);
    }

    Optional<String> source() {
        return Optional.ofNullable(source);
    }
}
