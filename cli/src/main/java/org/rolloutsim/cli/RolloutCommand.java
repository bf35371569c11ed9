package org.rolloutsim.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code rollout} command. Without a subcommand it runs the main job: the bundled big-bang
 * versus phased comparison, and says where its report is.
 */
@Command(name = "rollout", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "Simulates the phased roll-out of an electronic health record across many",
            "sites, thousands of times over, and reports schedule and cost risk: P50/P80",
            "dates and costs, the chances of finishing on time and on budget, and what",
            "drives them.",
            "",
            "Without a command, compares the bundled big-bang and phased strategies",
            "(the same as: rollout compare " + ScenarioResolver.MAIN_JOB + ")."},
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, RerunCommand.class,
            SensitivityCommand.class, ValidateCommand.class,
            InitCommand.class, SchemaCommand.class, ScenariosCommand.class, GenerateCompletion.class},
        footer = {"", "Exit codes: 0 success, 2 bad input or usage, 1 anything else, 130 interrupted (Ctrl-C)."})
public final class RolloutCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.util.List<String> args = new java.util.ArrayList<>();
        if (common.quiet) {
            args.add("--quiet");
        }
        if (common.debug) {
            args.add("--debug");
        }
        return spec.commandLine().getSubcommands().get("compare").execute(args.toArray(String[]::new));
    }

    /** Builds the command line with its error handling; tests use this too. */
    public static CommandLine commandLine() {
        CommandLine cmd = ErrorReporter.install(new CommandLine(new RolloutCommand()));
        cmd.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cmd;
    }

    /**
     * The command line with its batches run by {@code engines} instead of this machine's threads
     * (what {@code rollout-spark} runs): the same options, checks, messages and files.
     */
    public static CommandLine commandLine(BatchEngine.Factory engines) {
        CommandLine cmd = commandLine();
        for (CommandLine sub : cmd.getSubcommands().values()) {
            for (CommandSpec mixin : sub.getCommandSpec().mixins().values()) {
                if (mixin.userObject() instanceof BatchOptions options) {
                    options.engines = engines;
                }
            }
        }
        return cmd;
    }

    public static void main(String[] args) {
        CommandLine cmd = commandLine();
        // In the terminal's own character set, so that LANG=C shows "-$3M", never "?$3M".
        cmd.setOut(TerminalWriter.of(System.out, "stdout.encoding"));
        cmd.setErr(TerminalWriter.of(System.err, "stderr.encoding"));
        System.exit(cmd.execute(args));
    }
}
