package org.modelcensus.cli;

import picocli.CommandLine.Command;

@Command(
        name = "modelcensus",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Who builds the open AI models that the world downloads? ModelCensus imports Hugging Face Hub snapshots,"
                    + " attributes every model to an organisation, a country and a developer type, and measures"
                    + " download shares and their concentration.",
            "",
            "Start with `modelcensus report`: it runs on the bundled sample of real Hub data.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 success, 2 usage error, 65 bad input data, 1 internal error.",
            "Environment: MODELCENSUS_STORE names the store when --store is not given.",
            ""
        })
final class ModelCensusCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is missing");
    }
}
