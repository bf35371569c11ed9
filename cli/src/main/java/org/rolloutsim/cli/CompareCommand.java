package org.rolloutsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rolloutsim.analysis.ComparedBatch;
import org.rolloutsim.analysis.Comparison;
import org.rolloutsim.analysis.ComparisonResult;
import org.rolloutsim.cli.OutputOptions.Format;
import org.rolloutsim.report.data.ComparisonJsonWriter;
import org.rolloutsim.report.data.NumberText;
import org.rolloutsim.report.text.CensoredDifference;
import org.rolloutsim.report.text.Verdict;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.EmbeddedFile;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenarios.NamedScenario;
import org.rolloutsim.scenarios.ScenarioLoader;
import org.rolloutsim.scenarios.ScenarioSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rollout compare}: two or more scenarios, or the variants of one variants file, run with the
 * same seed so that they share their random numbers source by source (common random numbers), then
 * compared run by run.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "Compares scenarios, or the variants of a variants file, run by run.",
            "All run with the same seed, so they share their random numbers (common random",
            "numbers): paired differences per run, their mean with a 95%% interval, the",
            "chance that one beats the other, and a comparison report. Each variant's own",
            "results go in a folder named after it."})
final class CompareCommand implements Callable<Integer> {
    /** Longest heading made of the scenarios' names. */
    static final int MAX_TITLE = 90;
    /** What a comparison writes at its top level: no variant's folder may take these names. */
    static final List<String> OWN_FILES = List.of("report.html", "comparison.json", "charts", OutputDirectory.MARKER,
            RunRecord.FILE, ResultBundle.SCENARIO_FILE, ResultFiles.BOARD_PACK);

    @Parameters(arity = "0..*", paramLabel = "SCENARIO|NAME",
            description = "One variants file, or two or more scenario files or bundled names ('-' reads one from"
                    + " standard input)"
                    + " (default: the bundled " + ScenarioResolver.MAIN_JOB + ").")
    List<String> scenarios = new ArrayList<>();

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
        double confidence = report.confidence();
        List<String> arguments = scenarios.isEmpty() ? List.of(ScenarioResolver.MAIN_JOB) : scenarios;
        PrintWriter err = spec.commandLine().getErr();
        List<ScenarioLoader.Override> overrides = changes.overrides();
        List<NamedScenario> named = new ArrayList<>();
        String title = null;
        for (String argument : arguments) {
            ScenarioSet set = ScenarioResolver.resolve(argument, overrides, err);
            named.addAll(set.scenarios());
            if (set.isVariants() && title == null) {
                title = set.name();
            }
        }
        ScenarioResolver.warn(named, common.quiet, err);
        if (named.size() < 2) {
            throw new UserInputException("compare needs two or more scenarios, or a variants file with two or more variants");
        }
        uniqueNames(named);
        sameYardstick(named);
        if (title == null) {
            title = String.join(" vs ", named.stream().map(NamedScenario::name).toList());
            if (title.length() > MAX_TITLE) {
                // long names are listed in the report under their letters; the heading stays short
                title = "Comparison of " + named.size() + " scenarios";
            }
        }
        String defaultDir = arguments.size() == 1 ? ScenarioResolver.shortName(arguments.get(0))
                : String.join("-vs-", arguments.stream().map(ScenarioResolver::shortName).toList());
        Invocation invocation = new Invocation(batch, runs, formats, confidence, ScenarioJob.commandLine(spec), null,
                common.quiet);
        try (Interruption interruption = new Interruption();
             OutputDirectory out = output.open(defaultDir)) {
            execute(title, named, invocation, out, interruption, spec.commandLine().getOut());
        }
        return ExitCode.OK;
    }

    /**
     * The options are set side by side on one calendar, in one currency and against one target
     * date and budget (the report's verdict, lateness and paired differences), so they must share
     * them: week 100 of two programmes started apart is not the same date, and dollars are not euros.
     */
    static void sameYardstick(List<NamedScenario> named) {
        Program first = named.get(0).scenario().program();
        for (NamedScenario option : named.subList(1, named.size())) {
            Program p = option.scenario().program();
            String differs = !p.start().equals(first.start()) ? "start (program.start " + p.start() + " against "
                    + first.start() + ")"
                    : !p.currency().equals(first.currency()) ? "currency (program.currency " + p.currency()
                    + " against " + first.currency() + ")"
                    : !p.targetWeek().equals(first.targetWeek()) ? "target date (program.targetWeek "
                    + text(p.targetWeek()) + " against " + text(first.targetWeek()) + ")"
                    : !p.budget().equals(first.budget()) ? "budget (program.budget " + text(p.budget()) + " against "
                    + text(first.budget()) + ")"
                    : null;
            if (differs != null) {
                throw new UserInputException("compare sets the options on one calendar, in one currency and against"
                        + " one target and budget, but " + option.name() + " has another " + differs + " than "
                        + named.get(0).name() + "; give them the same (--set program.… or a variants file), or run"
                        + " them apart with rollout run");
            }
        }
    }

    private static String text(OptionalInt v) {
        return v.isPresent() ? Integer.toString(v.getAsInt()) : "none";
    }

    private static String text(OptionalDouble v) {
        return v.isPresent() ? NumberText.of(v.getAsDouble()) : "none";
    }

    /**
     * Runs each scenario's batch into its folder, compares them, writes the comparison, moves it all
     * into place and prints the differences.
     *
     * @param named the scenarios, their names already unique
     */
    static void execute(String title, List<NamedScenario> named, Invocation invocation, OutputDirectory out,
                        Interruption interruption, PrintWriter stdout) throws IOException {
        Set<Format> formats = invocation.formats();
        List<ScenarioBatch.Outcome> outcomes = new ArrayList<>();
        List<RunRecord.ScenarioEntry> entries = new ArrayList<>();
        ComparisonData data;
        CompilerChoice.forBatches(invocation.runs());
        try (BatchEngine engine = invocation.batch().openEngine()) {
            int runsForAll = invocation.runs();
            FolderNames folders = new FolderNames(OWN_FILES);
            for (NamedScenario scenario : named) {
                String folder = folders.claim(scenario.name());
                ScenarioBatch.Outcome outcome = ScenarioJob.runAndWrite(scenario, invocation, runsForAll, out,
                        folder + "/", formats, true, scenario == named.get(named.size() - 1), engine, interruption);
                // In precision mode the first scenario sets the run count; the others match it so that
                // every comparison is paired run by run.
                runsForAll = outcome.runs();
                outcomes.add(outcome);
                entries.add(ResultBundle.entry(scenario, folder + "/" + ResultBundle.SCENARIO_FILE));
                if (!invocation.quiet()) {
                    TextSummary.print(outcome, invocation.confidence(), stdout);
                }
            }
            List<ComparedBatch> batches = outcomes.stream()
                    .map(o -> new ComparedBatch(o.scenario().name(), o.statistics(), o.scenario().contentHash())).toList();
            ComparisonResult result = Comparison.of(batches);
            if (formats.contains(Format.JSON)) {
                try (Writer w = ResultFiles.writer(out.file("comparison.json"))) {
                    ComparisonJsonWriter.write(result, batches, invocation.batch().seed(),
                            ResultFiles.units(outcomes.get(0)).currency(), w);
                }
            }
            RunRecord record = invocation.record("compare", runsForAll, invocation.runs() < 0, title, entries, null);
            List<EmbeddedFile> files = ResultBundle.files(record, named);
            ResultBundle.write(out, "", files);
            data = ReportAssembler.comparison(title, outcomes, result, invocation, files);
            ResultFiles.writeComparison(out, data, formats);
            interruption.throwIfCancelled();
            out.commit();
        }
        if (!invocation.quiet()) {
            printDifferences(data, stdout);
            stdout.println("Results: " + out.target()
                    + (formats.contains(Format.HTML) ? System.lineSeparator() + "Report:  " + out.target().resolve("report.html") : ""));
            stdout.flush();
        }
    }

    /**
     * Variant names label the results: they must differ. A repeated name gets " (2)", " (3)", …;
     * of the {@code named.size()} suffixes tried at least one is free, so the search ends.
     */
    static void uniqueNames(List<NamedScenario> named) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            NamedScenario s = named.get(i);
            String name = s.name();
            for (int k = 2; !seen.add(name) && k <= named.size() + 1; k++) {
                name = s.name() + " (" + k + ")";
            }
            if (!name.equals(s.name())) {
                named.set(i, s.withName(name));
            }
        }
    }

    /**
     * Each pair's mean differences in completion and cost and the shares of runs it is earlier, later
     * and the same week, as the report words them: a figure that takes in runs cut off at the horizon
     * says it is a bound ("at least") or not exact.
     */
    private static void printDifferences(ComparisonData data, PrintWriter out) {
        Money money = data.money();
        out.println("Paired differences (first minus second, same random numbers):");
        boolean bounded = false;
        List<PairedDifference> differences = data.differences();
        for (PairedDifference weeks : differences) {
            if (weeks.outcome() != Outcome.COMPLETION) {
                continue;
            }
            PairedDifference cost = differences.stream().filter(d -> d.outcome() == Outcome.COST
                    && d.first().equals(weeks.first()) && d.second().equals(weeks.second())).findFirst().orElseThrow();
            CensoredDifference.Bound time = CensoredDifference.of(data, weeks).mean();
            CensoredDifference.Bound spent = CensoredDifference.of(data, cost).mean();
            bounded |= time != CensoredDifference.Bound.EXACT || spent != CensoredDifference.Bound.EXACT;
            String[] shares = Verdict.shares(data, weeks);
            out.printf("  %s vs %s: completion %s, cost %s;"
                            + " %s finishes earlier in %s of runs, later in %s, the same week in %s%s%n",
                    weeks.first(), weeks.second(),
                    time.of(Verdict.weeksDifference(weeks.meanDifference()) + " (95% CI "
                            + Verdict.weeksDifference(weeks.meanLow()) + " to " + Verdict.weeksDifference(weeks.meanHigh()) + ")"),
                    spent.of(money.formatSigned(cost.meanDifference()) + " (95% CI " + money.formatSigned(cost.meanLow())
                            + " to " + money.formatSigned(cost.meanHigh()) + ")"),
                    weeks.first(), shares[0], shares[1], shares[2], Verdict.notKnown(shares));
        }
        if (bounded) {
            out.println("  " + CensoredDifference.NOTE);
        }
    }
}
