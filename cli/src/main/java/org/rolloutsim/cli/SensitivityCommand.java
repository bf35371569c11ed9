package org.rolloutsim.cli;

import java.io.IOException;
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
import org.rolloutsim.report.text.CappedIndices;
import org.rolloutsim.report.text.ImpossibleIndices;
import org.rolloutsim.report.text.UnvaryingOutcome;
import org.rolloutsim.report.view.EmbeddedFile;
import org.rolloutsim.report.view.Percent;
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
            "Sobol indices: how much of the spread in dates and costs each input explains.",
            "Runs the model N x (inputs + 2) times (Saltelli's design) and writes",
            "sensitivity.json and report.html, with run.json and scenario.canonical.json",
            "for rollout rerun. Inputs are named as in --set paths; a parameter's bare key",
            "will do. --format: html, json, svg and png (charts), or all of them.",
            "Example:",
            "  rollout sensitivity regional-phased -i effortPerWorkflow,scopeGrowth"})
final class SensitivityCommand implements Callable<Integer> {
    static final int DEFAULT_ROWS = 1000;
    static final int MAX_INPUTS = 20;
    /** The level of the bootstrap intervals. */
    static final double CONFIDENCE = 0.95;
    static final Set<Format> FORMATS = EnumSet.of(Format.HTML, Format.JSON, Format.SVG, Format.PNG);

    @Parameters(index = "0", paramLabel = "SCENARIO|NAME", description = "Scenario file, bundled name, or - for standard input.")
    String scenario;

    @Option(names = {"-i", "--inputs"}, required = true, split = ",", paramLabel = "A,B,...",
            description = "The uncertain inputs to study, comma-separated (at most " + MAX_INPUTS + ").")
    List<String> inputs;

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "" + DEFAULT_ROWS,
            description = "Rows of each base sample; the model runs N x (inputs + 2) times (default: ${DEFAULT-VALUE}).")
    int rows;

    @Mixin
    SimulationOptions simulation;

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
        PrintWriter err = spec.commandLine().getErr();
        Set<Format> formats = EnumSet.copyOf(output.formats(err, true));
        boolean asked = !output.formats.equals(List.of("html", "json", "csv")) && !output.formats.contains("all");
        if (asked && !FORMATS.containsAll(formats)) {
            throw new UserInputException("sensitivity writes html, json, svg and png only (all: every one of them)");
        }
        formats.retainAll(FORMATS); // by default: report.html and sensitivity.json
        List<String> written = inputs.stream().map(String::trim).toList();
        Request request = new Request(written, rows, simulation.seed, simulation.mitigated, CONFIDENCE, formats,
                simulation.threads,
                ScenarioJob.commandLine(spec), null, null, common.quiet);
        request.check();
        ScenarioSet set = ScenarioResolver.resolve(scenario, changes.overrides(), err);
        if (set.isVariants()) {
            throw new UserInputException(scenario + " is a variants file: study one scenario");
        }
        Prepared study = prepare(set.scenarios().get(0), request, err);
        try (Interruption interruption = new Interruption();
             OutputDirectory out = output.open(ScenarioResolver.shortName(scenario) + "-sensitivity")) {
            execute(study, out, interruption, spec.commandLine().getOut());
        }
        return ExitCode.OK;
    }

    /**
     * How a study is asked for, apart from its scenario: from the command line, or from run.json
     * by {@code rollout rerun}.
     *
     * @param inputs           the inputs to study, as written ({@code --inputs}) or as run.json keeps them
     * @param rows             rows of each base sample ({@code --runs})
     * @param confidence       the level of the bootstrap intervals
     * @param formats          the formats to write, a subset of html, json, svg and png
     * @param commandLine      the command that defined the result, as typed
     * @param rerunCommandLine the {@code rollout rerun} command making it again; null for an original
     * @param source           the run.json a rerun read, for messages; null for an original, whose
     *                         messages name its options
     */
    record Request(List<String> inputs, int rows, long seed, boolean mitigated, double confidence,
                   Set<Format> formats, int threads, String commandLine, String rerunCommandLine, String source,
                   boolean quiet) {
        Request {
            inputs = List.copyOf(inputs);
            formats = Set.copyOf(formats);
        }

        /** Where a value came from, for messages: an option, or a field of run.json. */
        String where(String option, String field) {
            return source == null ? option : source + ": " + field;
        }

        /** The threads, the number of inputs and the rows a study can run with. */
        void check() {
            SimulationOptions.checkThreads(threads);
            if (inputs.size() > MAX_INPUTS) {
                throw new UserInputException(where("--inputs", "sensitivity.inputs") + " takes at most " + MAX_INPUTS
                        + " inputs, not " + inputs.size());
            }
            if (rows < 2 || (long) rows * (inputs.size() + 2) > BatchOptions.MAX_RUNS) {
                throw new UserInputException(where("--runs", "runs") + " must be at least 2 and at most "
                        + BatchOptions.MAX_RUNS / (inputs.size() + 2) + " with " + inputs.size()
                        + " inputs (the model runs N x (inputs + 2) times): " + rows);
            }
        }
    }

    /**
     * A study checked and ready to run.
     *
     * @param studied the inputs studied, by their canonical column names
     */
    record Prepared(NamedScenario named, Request request, List<String> studied, SobolIndices sobol) {
    }

    /** Checks the inputs against the scenario; says on {@code err} what the study leaves out. */
    static Prepared prepare(NamedScenario named, Request request, PrintWriter err) {
        request.check();
        Scenario s = named.scenario();
        RolloutModel model = new RolloutModel(s, new ModelOptions(request.mitigated()));
        List<String> studied = studied(s, model, request);
        if (!s.correlations().isEmpty() && !request.quiet()) {
            err.println("rollout: note: the scenario's correlations are not applied: Sobol indices assume independent"
                    + " inputs");
            err.flush();
        }
        return new Prepared(named, request, studied, new SobolIndices(model, studied));
    }

    /**
     * Runs the study, writes its files (run.json and the canonical scenario among them), moves
     * them into place and prints the indices.
     */
    static void execute(Prepared study, OutputDirectory out, Interruption interruption, PrintWriter stdout)
            throws IOException {
        Request request = study.request();
        NamedScenario named = study.named();
        List<String> outputs = List.of(BatchStatistics.COMPLETION_WEEK, BatchStatistics.PROGRAM_COST);
        try (BatchRunner runner = new BatchRunner(request.threads())) {
            SobolIndices.Result result;
            try (ProgressReporter progress = ProgressReporter.create(named.name(), request.quiet())) {
                result = study.sobol().run(request.seed(), request.rows(), outputs, request.confidence(), runner,
                        progress, interruption.cancellation());
            }
            interruption.throwIfCancelled();
            if (result.cancelled()) {
                throw new IllegalStateException("the analysis was cancelled");
            }
            List<String> formatNames = request.formats().stream().sorted()
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
            RunRecord record = new RunRecord("sensitivity", BuildVersion.describe(), request.commandLine(),
                    request.rerunCommandLine(), request.seed(), request.rows(), null, request.mitigated(),
                    RunRecord.SALTELLI, request.confidence(), formatNames, null,
                    List.of(ResultBundle.entry(named, ResultBundle.SCENARIO_FILE)), null,
                    new RunRecord.Study(study.studied()));
            List<EmbeddedFile> files = ResultBundle.files(record, List.of(named));
            ResultBundle.write(out, "", files);
            SensitivityData data = data(named, request.seed(), result, request.commandLine(),
                    request.rerunCommandLine(), files);
            Set<Format> formats = request.formats();
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
            if (!request.quiet()) {
                print(data, stdout);
                stdout.println("Results: " + out.target());
                stdout.flush();
            }
        }
    }

    /** The inputs to study, as column names; a name that is not an uncertain input is a user error. */
    private static List<String> studied(Scenario s, RolloutModel model, Request request) {
        List<String> sampled = model.inputs().stream().map(UncertainInput::name).toList();
        String where = request.where("--inputs", "sensitivity.inputs");
        List<String> names = new ArrayList<>();
        for (String written : request.inputs()) {
            String name = InputNames.canonical(written, s);
            if (!sampled.contains(name)) {
                throw new UserInputException(where + ": " + InputNames.notUncertain(written, s));
            }
            if (names.contains(name)) {
                throw new UserInputException(where + ": " + written + " is named twice");
            }
            names.add(name);
        }
        return names;
    }

    static SensitivityData data(NamedScenario named, long seed, SobolIndices.Result result, String commandLine,
                                String rerunCommandLine, List<EmbeddedFile> files) {
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
                new Provenance(BuildVersion.describe(), named.contentHash(), seed, result.modelRuns(), commandLine,
                        rerunCommandLine, files), result.unfinishedRuns(), named.scenario().program().horizonWeeks(),
                named.scenario().program().start());
    }

    private static void print(SensitivityData data, PrintWriter out) {
        // runs cut off at the horizon hold it as their completion and their cost up to then
        String capped = CappedIndices.note(data);
        if (capped != null) {
            out.println(capped);
        }
        for (SensitivityData.OutcomeIndices o : data.outcomes()) {
            out.println(o.label() + ": Sobol indices (first order, total; " + Percent.level(data.confidence())
                    + " intervals)");
            for (SensitivityData.Index i : o.indices()) {
                out.println(String.format(Locale.ROOT, "  %-40s %s [%s, %s]   %s [%s, %s]", i.input(),
                        index(i.first()), index(i.firstLow()), index(i.firstHigh()), index(i.total()),
                        index(i.totalLow()), index(i.totalHigh())));
            }
            String impossible = ImpossibleIndices.note(o);
            if (impossible != null) {
                out.println("  " + impossible);
            }
            String unvarying = UnvaryingOutcome.note(o);
            if (unvarying != null) {
                out.println("  " + unvarying);
            }
        }
    }

    /**
     * An index in six characters as the report writes it ({@link SensitivityData#indexText}): three
     * decimals, a minus sign (U+2212, which the terminal writer turns into '-' where it cannot be shown,
     * as for every figure), and 0.000, not −0.000, for one that rounds to zero.
     */
    static String index(double value) {
        return String.format(Locale.ROOT, "%6s", SensitivityData.indexText(value));
    }
}
