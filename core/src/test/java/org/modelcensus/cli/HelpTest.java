package org.modelcensus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The help texts: picocli formats them with {@link String#format}, so a lone % would garble them. */
class HelpTest {
    @Test
    void everyDescriptionIsAValidFormat() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CliContext context =
                new CliContext(Map.of(), Path.of("."), sink, sink, Clock.systemUTC(), new ObjectMapper(), false);
        List<CommandSpec> commands = new ArrayList<>();
        collect(Main.commandLine(context), commands);

        for (CommandSpec command : commands) {
            List<String> texts = new ArrayList<>(List.of(command.usageMessage().description()));
            for (OptionSpec option : command.options()) {
                texts.addAll(List.of(option.description()));
            }
            for (String text : texts) {
                assertThatCode(() -> String.format(text))
                        .as("%s: %s", command.qualifiedName(), text)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aCommandBuiltAloneHelpsAsInTheWholeCommandLine() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        CliContext context =
                new CliContext(Map.of(), Path.of("."), out, out, Clock.systemUTC(), new ObjectMapper(), false);
        Map<String, CommandLine> whole = Main.commandLine(context).getSubcommands();
        assertThat(whole).hasSizeGreaterThanOrEqualTo(20);

        for (Map.Entry<String, CommandLine> command : whole.entrySet()) {
            printed.reset();
            int exit = Main.run(context, command.getKey(), "--help");
            assertThat(exit).as(command.getKey()).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .as(command.getKey())
                    .isEqualTo(command.getValue().getUsageMessage());
        }
    }

    private static void collect(CommandLine commandLine, List<CommandSpec> commands) {
        commands.add(commandLine.getCommandSpec());
        commandLine.getSubcommands().values().forEach(subcommand -> collect(subcommand, commands));
    }
}
