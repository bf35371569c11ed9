package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rolloutsim.analysis.Sweep;
import org.rolloutsim.analysis.SweepPoint;
import org.rolloutsim.analysis.SweepRow;
import org.rolloutsim.analysis.SweepTable;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.cli.OutputOptions.Format;
import org.rolloutsim.report.data.DatesAndCurrency;
import org.rolloutsim.report.data.SweepCsvWriter;
import org.rolloutsim.report.data.SweepJsonWriter;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.WeekCalendar;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenarios.NamedScenario;
import org.rolloutsim.scenarios.ScenarioLoader;
import org.rolloutsim.scenarios.ScenarioSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rollout sweep}: one or two inputs over a grid, each point a batch with the same seed, so
 * neighbouring points differ by the input, not by the noise.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "Runs a scenario over a grid of one or two inputs.",
            "Each point is a batch with the same seed; the table gives P50/P80 completion",
            "and cost and the chances of finishing on time, on budget and both.",
            "--runs counts runs per grid point.",
            "Example: rollout sweep regional-phased --param governance.customizationApproval=0:1:0.25"})
final class SweepCommand implements Callable<Integer> {
    static final int MAX_POINTS = 400;

    @Parameters(index = "0", paramLabel = "SCENARIO|NAME", description = "Scenario file, bundled name, or - for standard input.")
    String scenario;

    @Option(names = {"-p", "--param"}, required = true, paramLabel = "PATH=FROM:TO:STEP",
            description = "An input and its grid, e.g. strategy.waves=1:10:1 (once or twice).")
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

    /** One swept input. */
    record Axis(String path, List<BigDecimal> values) {
    }

    @Override
    public Integer call() throws Exception {
        if (batch.precisionMode()) {
            throw new UserInputException("sweep takes --runs, not --precision");
        }
        int runs = batch.validatedRuns(); // the same default as run and compare, per grid point
        Set<Format> formats = output.formats(spec.commandLine().getErr(), common.quiet);
        List<Axis> axes = new ArrayList<>();
        for (String p : params) {
            axes.add(parseAxis(p));
        }
        if (axes.size() > 2) {
            throw new UserInputException("sweep takes one or two --param, not " + axes.size());
        }
        List<List<BigDecimal>> grid = grid(axes);
        if (grid.size() > MAX_POINTS) {
            throw new UserInputException("the grid has " + grid.size() + " points; at most " + MAX_POINTS);
        }
        PrintWriter err = spec.commandLine().getErr();
        // Validate every point before simulating any, so a bad value fails fast.
        List<NamedScenario> points = new ArrayList<>();
        List<ScenarioLoader.Override> sets = changes.overrides();
        List<String> options = new ArrayList<>(java.util.Collections.nCopies(sets.size(), "--set"));
        options.addAll(java.util.Collections.nCopies(axes.size(), "--param"));
        for (List<BigDecimal> point : grid) {
            List<ScenarioLoader.Override> overrides = new ArrayList<>(sets);
            for (int i = 0; i < axes.size(); i++) {
                overrides.add(new ScenarioLoader.Override(axes.get(i).path(), point.get(i).toPlainString()));
            }
            ScenarioSet resolved = ScenarioResolver.resolve(scenario, overrides, options, err);
            if (resolved.isVariants()) {
                throw new UserInputException(scenario + " is a variants file: sweep a plain scenario");
            }
            points.add(resolved.scenarios().get(0));
        }
        List<String> names = axes.stream().map(Axis::path).toList();
        List<SweepPoint> results = new ArrayList<>();
        List<org.rolloutsim.stats.BatchSummary> summaries = new ArrayList<>();
        PrintWriter stdout = spec.commandLine().getOut();
        try (Interruption interruption = new Interruption();
             OutputDirectory out = output.open(ScenarioResolver.shortName(scenario) + "-sweep");
             BatchRunner runner = new BatchRunner(batch.threads)) {
            String commandLine = ScenarioJob.commandLine(spec);
            FolderNames pointFolders = new FolderNames(List.of());
            for (int i = 0; i < points.size(); i++) {
                List<BigDecimal> point = grid.get(i);
                String label = pointLabel(names, point);
                Set<Format> perPoint = formats.contains(Format.JSON) ? Set.of(Format.JSON) : Set.of();
                ScenarioBatch.Outcome outcome = ScenarioJob.runAndWrite(points.get(i), batch, runs, out,
                        "points/" + pointFolders.claim(label) + "/", perPoint, runner, interruption,
                        common.quiet, commandLine, ReportOptions.DEFAULT_CONFIDENCE);
                results.add(new SweepPoint(point.stream().map(BigDecimal::doubleValue).toList(), outcome.summary()));
                summaries.add(outcome.summary());
            }
            SweepTable table = Sweep.tabulate(names, results);
            Program program = points.get(0).scenario().program();
            DatesAndCurrency units = new DatesAndCurrency(program.start(), program.currency());
            if (formats.contains(Format.CSV)) {
                try (Writer w = ResultFiles.writer(out.file("sweep.csv"))) {
                    SweepCsvWriter.write(table, units, w);
                }
            }
            if (formats.contains(Format.JSON)) {
                try (Writer w = ResultFiles.writer(out.file("sweep.json"))) {
                    SweepJsonWriter.write(table, batch.seed, units, w);
                }
            }
            ResultFiles.writeSweep(out, ReportAssembler.sweep(points.get(0), names, grid, summaries,
                    batch.seed, BuildVersion.describe(), commandLine), formats);
            interruption.throwIfCancelled();
            out.commit();
            if (!common.quiet) {
                printTable(points.get(0), table, stdout);
                stdout.println("Results: " + out.target());
                stdout.flush();
            }
        }
        return ExitCode.OK;
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
        return new Axis(text.substring(0, eq).trim(), values);
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

    private static void printTable(NamedScenario first, SweepTable table, PrintWriter out) {
        WeekCalendar calendar = new WeekCalendar(first.scenario().program().start());
        Money money = new Money(ReportAssembler.currencySymbol(first.scenario().program().currency()));
        int[] widths = table.parameters().stream().mapToInt(p -> Math.max(8, p.length())).toArray();
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            header.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", table.parameters().get(i)));
        }
        out.println(header + "|  P50 completion   P80 completion   P50 cost   P80 cost   on time  on budget  JCL");
        for (SweepRow row : table.rows()) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String value = BigDecimal.valueOf(row.values().get(i)).stripTrailingZeros().toPlainString();
                b.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", value));
            }
            b.append(String.format(Locale.ROOT, "|  %-15s  %-15s  %-9s  %-9s  %-7s  %-9s  %s",
                    calendar.shortDate(row.p50Completion()), calendar.shortDate(row.p80Completion()),
                    money.format(row.p50Cost()), money.format(row.p80Cost()),
                    share(row.onTime()), share(row.onBudget()), share(row.jcl())));
            out.println(b);
        }
    }

    private static String share(double p) {
        return Double.isNaN(p) ? "n/a" : Percent.format(p);
    }
}
