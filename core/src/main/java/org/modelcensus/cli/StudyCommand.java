package org.modelcensus.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "study",
        mixinStandardHelpOptions = true,
        description = {"Recompute a published study from its own data.", ""})
final class StudyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a study is missing; `study eoi` is the one there is");
    }
}
