package org.modelcensus.cli;

import java.util.Optional;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.measure.ArgumentParser;
import picocli.CommandLine.Option;

/** Options that choose whom downloads are credited to: the view, and how unregistered namespaces count. */
final class ViewOptions {
    private static final ArgumentParser ARGUMENTS = ArgumentParser.forFlags();

    @Option(
            names = "--view",
            paramLabel = "VIEW",
            defaultValue = "uploader",
            description = "uploader (default): credit whoever published each model. origin: credit the"
                    + " organisation(s) of the root model(s) a fine-tune, adapter, quantisation or merge derives"
                    + " from, split equally among several roots.")
    String view;

    @Option(
            names = "--unknown-as",
            paramLabel = "KEY",
            description = "UNKNOWN (default): namespaces missing from the registry are reported as UNKNOWN. INTL:"
                    + " count them as unaffiliated developers (International/Online, type community), as the study"
                    + " did.")
    String unknownAs;

    AttributionView view() {
        return ARGUMENTS.view(view);
    }

    UnknownNamespaces unknownNamespaces() {
        return ARGUMENTS.unknownAs(Optional.ofNullable(unknownAs));
    }
}
