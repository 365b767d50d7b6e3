package org.modelcensus.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.measure.AttributionQuery;
import org.modelcensus.measure.Measure;
import org.modelcensus.store.SnapshotSummary;
import picocli.CommandLine.Option;

/** Options that choose a snapshot, a measure and how unregistered namespaces count. */
final class SnapshotOptions {
    @Option(
            names = "--at",
            paramLabel = "DATE",
            description =
                    "Snapshot date (YYYY-MM-DD); the latest snapshot on or before it is used. Default: the latest.")
    LocalDate at;

    @Option(
            names = "--source",
            paramLabel = "LABEL",
            description = "Only snapshots of this source (e.g. llmfit, forecast-hf, hub-jsonl).")
    String source;

    @Option(
            names = "--measure",
            paramLabel = "MEASURE",
            description = "downloads30d (downloads in the 30 days before the snapshot) or alltime (all-time"
                    + " downloads). Default: downloads30d where the snapshot has it, else alltime.")
    String measure;

    @Option(
            names = "--unknown-as",
            paramLabel = "KEY",
            description = "UNKNOWN (default): namespaces missing from the registry are reported as UNKNOWN. INTL:"
                    + " count them as unaffiliated developers (International/Online, type community), as the study"
                    + " did.")
    String unknownAs;

    @Option(
            names = "--view",
            paramLabel = "VIEW",
            defaultValue = "uploader",
            description = "uploader (default): credit whoever published each model. origin: credit the"
                    + " organisation(s) of the root model(s) a fine-tune, adapter, quantisation or merge derives"
                    + " from, split equally among several roots.")
    String view;

    AttributionView view() {
        return AttributionView.fromLabel(view)
                .orElseThrow(() -> CensusException.invalidArgument(
                        "view", "--view is \"" + view + "\"; expected uploader or origin"));
    }

    Optional<LocalDate> at() {
        return Optional.ofNullable(at);
    }

    Optional<String> source() {
        return Optional.ofNullable(source);
    }

    Measure measure(SnapshotSummary snapshot) {
        if (measure == null) {
            return AttributionQuery.defaultMeasure(snapshot);
        }
        return Measure.fromLabel(measure)
                .orElseThrow(() -> CensusException.invalidArgument(
                        "measure", "--measure is \"" + measure + "\"; expected one of " + Measure.labels()));
    }

    UnknownNamespaces unknownNamespaces() {
        if (unknownAs == null || unknownAs.equals("UNKNOWN")) {
            return UnknownNamespaces.REPORT;
        }
        if (unknownAs.equals("INTL")) {
            return UnknownNamespaces.INTL;
        }
        throw CensusException.invalidArgument(
                "unknown-as", "--unknown-as is \"" + unknownAs + "\"; expected UNKNOWN or INTL");
    }

    /** The flags that reproduce a result on the given snapshot and measure. */
    static String reproduce(SnapshotSummary snapshot, Measure measure, UnknownNamespaces unknownNamespaces) {
        return "--at " + snapshot.date() + " --source " + snapshot.source() + " --measure " + measure.label()
                + (unknownNamespaces == UnknownNamespaces.INTL ? " --unknown-as INTL" : "");
    }
}
