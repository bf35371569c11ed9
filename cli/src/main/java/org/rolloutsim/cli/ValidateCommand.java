package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rolloutsim.scenarios.LoadResult;
import org.rolloutsim.scenarios.ScenarioError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rollout validate}: checks scenario files and lists every problem, with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "Checks scenario files and prints every problem.",
            "Each problem reads FILE:LINE:COLUMN: FIELD: MESSAGE. Exit code 0 when all",
            "files are valid, 2 otherwise. A valid file's plan warnings (as run prints",
            "them) follow, and notes for tuning the plan, such as a test exit on a",
            "knife edge."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario or variants files to check.")
    List<String> files;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int problems = 0;
        for (String file : files) {
            LoadResult result;
            try {
                result = ScenarioResolver.load(file, List.of());
            } catch (UserInputException e) {
                err.println(ScenarioResolver.displayName(file) + ": " + e.getMessage());
                problems++;
                continue;
            }
            if (result.isOk()) {
                int n = result.scenarioSet().scenarios().size();
                if (!common.quiet) {
                    out.println(ScenarioResolver.displayName(file) + ": valid" + (result.scenarioSet().isVariants() ? " (" + n + " variants)" : ""));
                    out.flush();
                }
                ScenarioResolver.warn(result.scenarioSet().scenarios(), common.quiet, err);
                ScenarioResolver.advise(result.scenarioSet().scenarios(), common.quiet, err);
            } else {
                for (ScenarioError e : result.errors()) {
                    err.println(e);
                }
                problems += result.problemCount();
            }
        }
        out.flush();
        err.flush();
        if (problems > 0) {
            err.println(problems == 1 ? "1 problem found" : problems + " problems found");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }
}
