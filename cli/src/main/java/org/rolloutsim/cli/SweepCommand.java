package org.rolloutsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rolloutsim.analysis.Sweep;
import org.rolloutsim.analysis.SweepPoint;
import org.rolloutsim.analysis.SweepTable;
import org.rolloutsim.cli.OutputOptions.Format;
import org.rolloutsim.report.data.DatesAndCurrency;
import org.rolloutsim.report.data.SweepCsvWriter;
import org.rolloutsim.report.data.SweepJsonWriter;
import org.rolloutsim.report.view.EmbeddedFile;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.WeekCalendar;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenarios.NamedScenario;
import org.rolloutsim.scenarios.ParameterShorthand;
import org.rolloutsim.scenarios.PlanWarnings;
import org.rolloutsim.scenarios.ScenarioLoader;
import org.rolloutsim.scenarios.ScenarioSet;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rollout sweep}: one or more inputs over a grid, each point a batch with the same seed, so
 * neighbouring points differ by the input, not by the noise.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "Runs a scenario over a grid of inputs (every combination of their values).",
            "Each point is a batch with the same seed; the table gives P50/P80 completion",
            "and cost, the chances of finishing on time, on budget and both, and the share",
            "of runs not finished by the horizon when any point has some.",
            "--runs counts runs per grid point. --format: html, json and csv, or all of them.",
            "Example:",
            "  rollout sweep regional-phased -p governance.customizationApproval=0:1:0.25"})
final class SweepCommand implements Callable<Integer> {
    /** The formats a sweep writes: report.html, sweep.json (and each point's summary.json), sweep.csv. */
    static final Set<Format> WRITES = EnumSet.of(Format.HTML, Format.JSON, Format.CSV);
    /** The metrics the sweep's table and report read of each point. */
    private static final List<String> TABLE_METRICS = List.of(BatchStatistics.COMPLETION_WEEK,
            BatchStatistics.PROGRAM_COST);
    /** The most points a grid may have: a 50 × 50 grid. */
    static final int MAX_POINTS = 2500;
    /** The most inputs a sweep may vary at once. */
    static final int MAX_PARAMS = 6;

    @Parameters(index = "0", paramLabel = "SCENARIO|NAME", description = "Scenario file, bundled name, or - for standard input.")
    String scenario;

    @Option(names = {"-p", "--param"}, required = true, paramLabel = "PATH=FROM:TO:STEP",
            description = "An input and its grid, e.g. strategy.waves=1:10:1 (once per input, up to " + MAX_PARAMS
                    + "; at most " + MAX_POINTS + " points in all); a model parameter's bare key will do, as in"
                    + " --set: testExitShare=0.1:0.3:0.1.")
    List<String> params;

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

    /** One swept input, by its field path (a parameter's bare key given to --param made whole). */
    record Axis(String path, List<BigDecimal> values) {
    }

    /**
     * A sweep's grid: the swept inputs and every point, in the order run.
     *
     * @param params each {@code --param} as given
     * @param points each point's value of each swept input
     */
    record Grid(List<String> params, List<Axis> axes, List<List<BigDecimal>> points) {

        /** Reads the {@code --param} values; a bad one is a usage error. */
        static Grid of(List<String> params) {
            if (params.isEmpty() || params.size() > MAX_PARAMS) {
                throw new UserInputException("sweep takes from 1 to " + MAX_PARAMS + " --param, not " + params.size());
            }
            List<Axis> axes = new ArrayList<>();
            Set<String> paths = new HashSet<>();
            for (String p : params) {
                Axis axis = parseAxis(p);
                if (!paths.add(axis.path())) {
                    throw new UserInputException("--param " + axis.path() + " is given twice; sweep each field once");
                }
                axes.add(axis);
            }
            List<List<BigDecimal>> points = grid(axes);
            if (points.size() > MAX_POINTS) {
                throw new UserInputException("the grid has " + points.size() + " points; at most " + MAX_POINTS);
            }
            return new Grid(List.copyOf(params), List.copyOf(axes), points);
        }

        List<String> names() {
            return axes.stream().map(Axis::path).toList();
        }

        /** The swept values of point {@code i} as scenario overrides. */
        List<ScenarioLoader.Override> overrides(int i) {
            List<ScenarioLoader.Override> overrides = new ArrayList<>();
            for (int a = 0; a < axes.size(); a++) {
                overrides.add(new ScenarioLoader.Override(axes.get(a).path(), points.get(i).get(a).toPlainString()));
            }
            return overrides;
        }

        /** The label of point {@code i}: {@code path=value,path=value}, also its folder's name. */
        String label(int i) {
            return pointLabel(names(), points.get(i));
        }
    }

    @Override
    public Integer call() throws Exception {
        if (batch.precisionMode()) {
            throw new UserInputException("sweep takes --runs, not --precision");
        }
        int runs = batch.validatedRuns(); // the same default as run and compare, per grid point
        Set<Format> formats = output.formats(spec.commandLine().getErr(), common.quiet);
        if (!output.formats.contains("all") && !WRITES.containsAll(formats)) {
            throw new UserInputException("sweep writes html, json and csv only (all: every one of them)");
        }
        formats = EnumSet.copyOf(formats);
        formats.retainAll(WRITES);
        Grid grid = Grid.of(params);
        PrintWriter err = spec.commandLine().getErr();
        List<ScenarioLoader.Override> sets = changes.overrides();
        // The base, with --set but before the swept values: what run.json keeps, the grid reapplied to it.
        ScenarioSet base = ScenarioResolver.resolve(scenario, sets, err);
        if (base.isVariants()) {
            throw new UserInputException(scenario + " is a variants file: sweep a plain scenario");
        }
        // Validate every point before simulating any, so a bad value fails fast.
        List<NamedScenario> points = new ArrayList<>();
        for (int i = 0; i < grid.points().size(); i++) {
            List<ScenarioLoader.Override> overrides = new ArrayList<>(sets);
            overrides.addAll(grid.overrides(i));
            // a problem with a swept value names its --param as given, and the value where it arose
            List<String> given = new ArrayList<>(ScenarioOverrides.asSet(sets));
            for (int a = 0; a < grid.axes().size(); a++) {
                given.add("--param " + grid.params().get(a) + (grid.axes().get(a).values().size() > 1
                        ? ", at value " + grid.points().get(i).get(a).toPlainString() + " of its grid" : ""));
            }
            points.add(ScenarioResolver.resolve(scenario, overrides, given, grid.axes().size(), err).scenarios().get(0));
        }
        if (!common.quiet) {
            warnPlans(grid, points, err);
        }
        Invocation invocation = new Invocation(batch, runs, formats, ReportOptions.DEFAULT_CONFIDENCE,
                ScenarioJob.commandLine(spec), null, common.quiet);
        try (Interruption interruption = new Interruption();
             OutputDirectory out = output.open(ScenarioResolver.shortName(scenario) + "-sweep")) {
            execute(base.scenarios().get(0), grid, points, invocation, out, interruption, spec.commandLine().getOut(), err);
        }
        return ExitCode.OK;
    }

    /**
     * Runs a batch at every grid point, writes the sweep's files, moves them into place and prints
     * the table, and on {@code stderr} a warning when points came out alike.
     *
     * @param base   the scenario before the swept values, kept in run.json
     * @param points the scenario at each grid point
     */
    static void execute(NamedScenario base, Grid grid, List<NamedScenario> points, Invocation invocation,
                        OutputDirectory out, Interruption interruption, PrintWriter stdout, PrintWriter stderr)
            throws IOException {
        Set<Format> formats = invocation.formats();
        List<String> names = grid.names();
        List<SweepPoint> results = new ArrayList<>();
        List<BatchSummary> summaries = new ArrayList<>();
        List<Map<String, Long>> outputs = new ArrayList<>();
        List<RunRecord.SweepGrid.Point> recorded = new ArrayList<>();
        SweepTable table;
        CompilerChoice.forBatches(invocation.runs());
        try (BatchEngine engine = invocation.batch().openEngine()) {
            if (invocation.runs() > 0 && engine.schedulesAhead()) {
                BatchOptions options = invocation.batch();
                boolean fans = Format.needWeeklyFans(perPointFormats(formats)); // as each point's batch asks
                engine.prepare(points.stream().map(p -> new BatchJob(p, BatchJob.model(p, options.mitigated(),
                        options.samplingDesign()), options.seed(), invocation.runs(), options.mitigated(),
                        options.samplingDesign(), fans)).toList());
            }
            FolderNames pointFolders = new FolderNames(List.of());
            for (int i = 0; i < points.size(); i++) {
                List<BigDecimal> point = grid.points().get(i);
                String label = grid.label(i);
                Set<Format> perPoint = perPointFormats(formats);
                ScenarioBatch.Outcome outcome = ScenarioJob.runAndWrite(points.get(i), invocation, invocation.runs(),
                        out, "points/" + pointFolders.claim(label) + "/", perPoint, false, i == points.size() - 1,
                        engine, interruption);
                // Each point's own files are written; the grid keeps only what its table needs.
                BatchSummary kept = outcome.summary().keeping(TABLE_METRICS);
                results.add(new SweepPoint(point.stream().map(BigDecimal::doubleValue).toList(), kept,
                        points.get(i).scenario().program().horizonWeeks()));
                summaries.add(kept);
                outputs.add(SweepConsole.fingerprints(outcome.summary()));
                recorded.add(new RunRecord.SweepGrid.Point(label, points.get(i).contentHash()));
            }
            table = Sweep.tabulate(names, results);
            Program program = base.scenario().program(); // a grid varies numbers only: start and currency are the base's
            DatesAndCurrency units = new DatesAndCurrency(program.start(), program.currency());
            if (formats.contains(Format.CSV)) {
                try (Writer w = ResultFiles.writer(out.file("sweep.csv"))) {
                    SweepCsvWriter.write(table, units, w);
                }
            }
            if (formats.contains(Format.JSON)) {
                try (Writer w = ResultFiles.writer(out.file("sweep.json"))) {
                    SweepJsonWriter.write(table, invocation.batch().seed(), units, w);
                }
            }
            RunRecord record = invocation.record("sweep", invocation.runs(), false, null,
                    List.of(ResultBundle.entry(base, ResultBundle.SCENARIO_FILE)),
                    new RunRecord.SweepGrid(grid.params(), recorded));
            List<EmbeddedFile> files = ResultBundle.files(record, List.of(base));
            ResultBundle.write(out, "", files);
            ResultFiles.writeSweep(out, ReportAssembler.sweep(base, names, grid.points(), points, summaries,
                    invocation, files), formats);
            interruption.throwIfCancelled();
            out.commit();
        }
        if (!invocation.quiet()) {
            Program program = base.scenario().program();
            WeekCalendar calendar = new WeekCalendar(program.start());
            Money money = new Money(ReportAssembler.currencySymbol(program.currency()));
            if (invocation.runs() > 0) {
                SweepConsole.warnAlike(SweepConsole.labels(table, calendar, money), summaries, outputs, stderr);
            }
            SweepConsole.printTable(table, calendar, money, stdout);
            stdout.println("Results: " + out.target());
            stdout.flush();
        }
    }

    /** Each point writes its own summary.json, when the sweep writes JSON, and nothing else. */
    private static Set<Format> perPointFormats(Set<Format> formats) {
        return formats.contains(Format.JSON) ? Set.of(Format.JSON) : Set.of();
    }

    static Axis parseAxis(String text) {
        int eq = text.indexOf('=');
        String[] range = eq < 0 ? new String[0] : text.substring(eq + 1).split(":");
        if (eq <= 0 || range.length != 3) {
            throw new UserInputException("--param must look like PATH=FROM:TO:STEP, e.g."
                    + " governance.customizationApproval=0:1:0.25 (got '" + text + "')");
        }
        BigDecimal from;
        BigDecimal to;
        BigDecimal step;
        try {
            from = new BigDecimal(range[0].trim());
            to = new BigDecimal(range[1].trim());
            step = new BigDecimal(range[2].trim());
        } catch (NumberFormatException e) {
            throw new UserInputException("--param " + text + ": FROM, TO and STEP must be numbers");
        }
        if (step.signum() <= 0 || from.compareTo(to) > 0) {
            throw new UserInputException("--param " + text + ": need FROM <= TO and STEP > 0");
        }
        List<BigDecimal> values = new ArrayList<>();
        // Decimal arithmetic, so 0:1:0.1 gives exactly 0.0, 0.1, ..., 1.0.
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            values.add(v);
            if (values.size() > MAX_POINTS) {
                throw new UserInputException("--param " + text + " has more than " + MAX_POINTS + " values");
            }
        }
        // a parameter's bare key is swept, named and labelled as its field path, parameters.<key>
        return new Axis(ParameterShorthand.path(text.substring(0, eq).trim()), values);
    }

    private static List<List<BigDecimal>> grid(List<Axis> axes) {
        List<List<BigDecimal>> grid = new ArrayList<>();
        grid.add(List.of());
        for (Axis axis : axes) {
            List<List<BigDecimal>> next = new ArrayList<>();
            for (List<BigDecimal> prefix : grid) {
                for (BigDecimal v : axis.values()) {
                    List<BigDecimal> point = new ArrayList<>(prefix);
                    point.add(v);
                    next.add(point);
                }
            }
            grid = next;
        }
        return grid;
    }

    private static String pointLabel(List<String> names, List<BigDecimal> point) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i) + "=" + point.get(i).toPlainString());
        }
        return String.join(",", parts);
    }

    /**
     * Warns once per kind of warning for the grid points whose plan cannot be what a planner meant
     * ({@link PlanWarnings}), naming them by their swept values (up to three) and giving the first
     * one's warning in full; the base scenario is not warned about, as the grid changes what it plans.
     * A kind is what a warning says before its first colon, so points warned of one thing are not
     * counted under another.
     */
    static void warnPlans(Grid grid, List<NamedScenario> points, PrintWriter err) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, String> first = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            for (String warning : PlanWarnings.of(points.get(i).scenario())) {
                String kind = warning.substring(0, Math.max(0, warning.indexOf(':')));
                first.putIfAbsent(kind, warning);
                List<String> values = new ArrayList<>();
                for (int a = 0; a < grid.axes().size(); a++) {
                    values.add(grid.axes().get(a).path() + "=" + grid.points().get(i).get(a).toPlainString());
                }
                labels.computeIfAbsent(kind, k -> new ArrayList<>()).add(String.join(" ", values));
            }
        }
        first.forEach((kind, warning) -> {
            List<String> at = labels.get(kind);
            String named = String.join(", ", at.subList(0, Math.min(3, at.size())))
                    + (at.size() > 3 ? " and " + (at.size() - 3) + " more" : "");
            err.println("rollout: warning: at " + at.size() + " of " + points.size() + " grid points (" + named
                    + ") " + warning + (at.size() > 1 ? " (the first of them; the others likewise)" : ""));
        });
        err.flush();
    }
}
