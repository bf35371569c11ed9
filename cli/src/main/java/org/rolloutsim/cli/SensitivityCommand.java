package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rolloutsim.analysis.SobolIndices;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.cli.OutputOptions.Format;
import org.rolloutsim.design.UncertainInput;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.report.chart.ChartFiles;
import org.rolloutsim.report.chart.Charts;
import org.rolloutsim.report.data.SensitivityJsonWriter;
import org.rolloutsim.report.html.SensitivityReport;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.SensitivityData;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenarios.InputNames;
import org.rolloutsim.scenarios.NamedScenario;
import org.rolloutsim.scenarios.ScenarioSet;
import org.rolloutsim.stats.BatchStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rollout sensitivity}: variance-based sensitivity of completion and programme cost to a
 * handful of inputs (Sobol first-order and total indices, Saltelli's design, bootstrap intervals).
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "Sobol indices: how much of the spread of completion and cost each input explains.",
            "Runs the model N x (inputs + 2) times (Saltelli's design) and writes sensitivity.json",
            "and report.html. Inputs are named as in --set paths; a parameter's bare key will do.",
            "Example: rollout sensitivity regional-phased --inputs effortPerWorkflow,scopeGrowth,learningRate"})
final class SensitivityCommand implements Callable<Integer> {
    static final int DEFAULT_ROWS = 1000;
    static final int MAX_INPUTS = 20;
    private static final Set<Format> FORMATS = EnumSet.of(Format.HTML, Format.JSON, Format.SVG, Format.PNG);

    @Parameters(index = "0", paramLabel = "SCENARIO|NAME", description = "Scenario file, bundled name, or - for standard input.")
    String scenario;

    @Option(names = {"-i", "--inputs"}, required = true, split = ",", paramLabel = "A,B,...",
            description = "The uncertain inputs to study, comma-separated (at most " + MAX_INPUTS + ").")
    List<String> inputs;

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "" + DEFAULT_ROWS,
            description = "Rows of each base sample; the model runs N x (inputs + 2) times (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "" + BatchOptions.DEFAULT_SEED,
            description = "Seed of the random streams; same seed, same results (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "0",
            description = "Worker threads; 0 = all cores (default). Results do not depend on it.")
    int threads;

    @Option(names = "--mitigated",
            description = "Use each risk's post-mitigation probability and impact, and pay its mitigation cost.")
    boolean mitigated;

    @Mixin
    ScenarioOverrides changes;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 0 || threads > BatchOptions.MAX_THREADS) {
            throw new UserInputException("--threads must be between 0 (all cores) and " + BatchOptions.MAX_THREADS
                    + ": " + threads);
        }
        if (inputs.size() > MAX_INPUTS) {
            throw new UserInputException("--inputs takes at most " + MAX_INPUTS + " inputs, not " + inputs.size());
        }
        if (rows < 2 || (long) rows * (inputs.size() + 2) > BatchOptions.MAX_RUNS) {
            throw new UserInputException("--runs must be at least 2 and at most " + BatchOptions.MAX_RUNS / (inputs.size() + 2)
                    + " with " + inputs.size() + " inputs (the model runs N x (inputs + 2) times): " + rows);
        }
        PrintWriter err = spec.commandLine().getErr();
        Set<Format> formats = EnumSet.copyOf(output.formats(err, true));
        boolean asked = !output.formats.equals(List.of("html", "json", "csv"));
        if (asked && !FORMATS.containsAll(formats)) {
            throw new UserInputException("sensitivity writes html, json, svg and png only");
        }
        formats.retainAll(FORMATS); // by default: report.html and sensitivity.json
        ScenarioSet set = ScenarioResolver.resolve(scenario, changes.overrides(), err);
        if (set.isVariants()) {
            throw new UserInputException(scenario + " is a variants file: study one scenario");
        }
        NamedScenario named = set.scenarios().get(0);
        Scenario s = named.scenario();
        RolloutModel model = new RolloutModel(s, new ModelOptions(mitigated));
        List<String> studied = studied(s, model);
        if (!s.correlations().isEmpty() && !common.quiet) {
            err.println("rollout: note: the scenario's correlations are not applied: Sobol indices assume independent"
                    + " inputs");
            err.flush();
        }
        SobolIndices sobol = new SobolIndices(model, studied);
        List<String> outputs = List.of(BatchStatistics.COMPLETION_WEEK, BatchStatistics.PROGRAM_COST);
        try (Interruption interruption = new Interruption();
             OutputDirectory out = output.open(ScenarioResolver.shortName(scenario) + "-sensitivity");
             BatchRunner runner = new BatchRunner(threads)) {
            SobolIndices.Result result;
            try (ProgressReporter progress = ProgressReporter.create(named.name(), common.quiet)) {
                result = sobol.run(seed, rows, outputs, 0.95, runner, progress, interruption.cancellation());
            }
            interruption.throwIfCancelled();
            if (result.cancelled()) {
                throw new IllegalStateException("the analysis was cancelled");
            }
            SensitivityData data = data(named, seed, result, ScenarioJob.commandLine(spec));
            if (formats.contains(Format.JSON)) {
                try (Writer w = ResultFiles.writer(out.file("sensitivity.json"))) {
                    SensitivityJsonWriter.write(data, w);
                }
            }
            if (formats.contains(Format.HTML)) {
                try (Writer w = ResultFiles.writer(out.file("report.html"))) {
                    SensitivityReport.write(data, w);
                }
            }
            if (formats.contains(Format.SVG) || formats.contains(Format.PNG)) {
                ChartFiles.writeAll(Charts.forSensitivity(data), out.directory("charts"), formats.contains(Format.SVG),
                        formats.contains(Format.PNG));
            }
            out.commit();
            if (!common.quiet) {
                print(data, spec.commandLine().getOut());
                spec.commandLine().getOut().println("Results: " + out.target());
                spec.commandLine().getOut().flush();
            }
        }
        return ExitCode.OK;
    }

    /** The inputs to study, as column names; a name that is not an uncertain input is a user error. */
    private List<String> studied(Scenario s, RolloutModel model) {
        List<String> sampled = model.inputs().stream().map(UncertainInput::name).toList();
        List<String> names = new ArrayList<>();
        for (String written : inputs) {
            String name = InputNames.canonical(written.trim(), s);
            if (!sampled.contains(name)) {
                throw new UserInputException("--inputs: " + InputNames.notUncertain(written.trim(), s));
            }
            if (names.contains(name)) {
                throw new UserInputException("--inputs: " + written.trim() + " is named twice");
            }
            names.add(name);
        }
        return names;
    }

    static SensitivityData data(NamedScenario named, long seed, SobolIndices.Result result, String commandLine) {
        List<SensitivityData.OutcomeIndices> outcomes = new ArrayList<>();
        for (SobolIndices.Output o : result.outputs()) {
            boolean week = o.name().equals(BatchStatistics.COMPLETION_WEEK);
            List<SensitivityData.Index> indices = new ArrayList<>();
            for (SobolIndices.Index i : o.indices()) {
                indices.add(new SensitivityData.Index(i.input(), i.first(), i.firstCi().lower(), i.firstCi().upper(),
                        i.total(), i.totalCi().lower(), i.totalCi().upper()));
            }
            outcomes.add(new SensitivityData.OutcomeIndices(o.name(), week ? "Completion week" : "Programme cost",
                    week ? "week" : "money", o.mean(), o.variance(), indices));
        }
        return new SensitivityData(named.name() + ": what explains the spread", named.name(), result.baseRuns(),
                result.confidence(), result.inputs(), outcomes,
                new Provenance(BuildVersion.describe(), named.contentHash(), seed, result.modelRuns(), commandLine));
    }

    private static void print(SensitivityData data, PrintWriter out) {
        for (SensitivityData.OutcomeIndices o : data.outcomes()) {
            out.println(o.label() + ": Sobol indices (first order, total; 95% intervals)");
            for (SensitivityData.Index i : o.indices()) {
                out.println(String.format(Locale.ROOT, "  %-40s %6.3f [%6.3f, %6.3f]   %6.3f [%6.3f, %6.3f]", i.input(),
                        i.first(), i.firstLow(), i.firstHigh(), i.total(), i.totalLow(), i.totalHigh()));
            }
        }
    }
}
