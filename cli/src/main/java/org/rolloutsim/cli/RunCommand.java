package org.rolloutsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rolloutsim.cli.OutputOptions.Format;
import org.rolloutsim.scenarios.NamedScenario;
import org.rolloutsim.scenarios.ScenarioSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rollout run}: one scenario's Monte Carlo batch, its result files and report. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "Simulates a scenario many times and reports its risk.",
            "Writes report.html, summary.json, runs.csv and weekly.csv (and charts with",
            "--format png,svg). SCENARIO is a scenario file (YAML or JSON) or a bundled",
            "name (see: rollout scenarios); without one, " + ScenarioResolver.DEFAULT_SCENARIO + " runs."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO|NAME",
            description = "Scenario file, bundled scenario name, or - to read it from standard input (default: "
                    + ScenarioResolver.DEFAULT_SCENARIO + ").")
    String scenario;

    @Mixin
    ReportOptions report;

    @Mixin
    ScenarioOverrides changes;

    @Mixin
    BatchOptions batch;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int runs = batch.validatedRuns();
        Set<Format> formats = output.formats(spec.commandLine().getErr(), common.quiet);
        double confidence = report.confidence(); // a bad level fails before anything runs
        String argument = scenario == null ? ScenarioResolver.DEFAULT_SCENARIO : scenario;
        PrintWriter err = spec.commandLine().getErr();
        ScenarioSet set = ScenarioResolver.resolve(argument, changes.overrides(), err);
        if (set.isVariants()) {
            throw new UserInputException(argument + " is a variants file: compare its variants with"
                    + " 'rollout compare " + argument + "'");
        }
        ScenarioResolver.warn(set.scenarios(), common.quiet, err);
        Invocation invocation = new Invocation(batch, runs, formats, confidence, ScenarioJob.commandLine(spec), null,
                common.quiet);
        try (Interruption interruption = new Interruption();
             OutputDirectory out = output.open(ScenarioResolver.shortName(argument))) {
            execute(set.scenarios().get(0), invocation, out, interruption, spec.commandLine().getOut());
        }
        return ExitCode.OK;
    }

    /** Runs one scenario's batch, writes its files, moves them into place and prints the summary. */
    static void execute(NamedScenario named, Invocation invocation, OutputDirectory out, Interruption interruption,
                        PrintWriter stdout) throws IOException {
        ScenarioBatch.Outcome outcome;
        CompilerChoice.forBatches(invocation.runs());
        try (BatchEngine engine = invocation.batch().openEngine()) {
            outcome = ScenarioJob.runAndWrite(named, invocation, invocation.runs(), out, "", invocation.formats(), true,
                    true, engine, interruption);
            interruption.throwIfCancelled();
            out.commit();
        }
        if (!invocation.quiet()) {
            TextSummary.print(outcome, invocation.confidence(), stdout);
            stdout.println("Results: " + out.target() + (invocation.formats().contains(Format.HTML)
                    ? System.lineSeparator() + "Report:  " + out.target().resolve("report.html") : ""));
            stdout.flush();
        }
    }
}
