package org.modelcensus.cli;

import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Census;
import org.modelcensus.source.Hub;
import picocli.CommandLine.Option;

/** The hub a measuring command reads where no {@code --source} names one. */
final class HubOption {
    @Option(
            names = "--hub",
            paramLabel = "HUB",
            defaultValue = "huggingface",
            description = "Measure this hub's snapshots where no --source is named: huggingface (default) or"
                    + " modelscope. ModelScope's counts are all-time (a window is the rise between two snapshots),"
                    + " and its namespaces count as the organisations data/hub_namespaces.csv maps them to.")
    String hub;

    /** Opens the census of the common options, choosing among the hub's snapshots. */
    Census open(CommonOptions common, CliContext context) {
        Hub chosen = ArgumentParser.forFlags().hub(hub);
        Census census = common.openCensus(context);
        return chosen == Hub.HUGGINGFACE ? census : census.onHub(chosen);
    }
}
