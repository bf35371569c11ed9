package org.rolloutsim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
        footer = {"", "Exit codes: 0 success, 2 bad input or usage, 1 anything else, 130 interrupted (Ctrl-C)."})
public final class RolloutCommand implements Callable<Integer> {
    /**
     * The subcommands by name, in the order help lists them. Added here rather than in the
     * annotation so that {@link #main} can build only the one it runs: picocli reads every
     * command's annotations by reflection, about a tenth of a second of CPU for all of them.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("run", RunCommand::new);
        all.put("compare", CompareCommand::new);
        all.put("sweep", SweepCommand::new);
        all.put("rerun", RerunCommand::new);
        all.put("sensitivity", SensitivityCommand::new);
        all.put("validate", ValidateCommand::new);
        all.put("init", InitCommand::new);
        all.put("schema", SchemaCommand::new);
        all.put("scenarios", ScenariosCommand::new);
        all.put("generate-completion", GenerateCompletion::new);
        return all;
    }

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
        return withSubcommand(null);
    }

    /** The command line with every subcommand, or with {@code only} that one when it is not null. */
    static CommandLine withSubcommand(String only) {
        CommandLine cmd = new CommandLine(new RolloutCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cmd.addSubcommand(name, command.get());
            }
        });
        ErrorReporter.install(cmd);
        CommandLine completion = cmd.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
        }
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
        // "rollout run ..." needs only the run command; anything else (help, no command, options
        // first, a typo) gets them all, so that help lists them and errors can suggest them
        CommandLine cmd = withSubcommand(args.length > 0 && SUBCOMMANDS.containsKey(args[0]) ? args[0] : null);
        // In the terminal's own character set, so that LANG=C shows "-$3M", never "?$3M".
        cmd.setOut(TerminalWriter.of(System.out, "stdout.encoding"));
        cmd.setErr(TerminalWriter.of(System.err, "stderr.encoding"));
        System.exit(cmd.execute(args));
    }
}
