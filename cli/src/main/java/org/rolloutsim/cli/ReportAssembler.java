package org.rolloutsim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rolloutsim.analysis.ComparisonResult;
import org.rolloutsim.analysis.MetricDifference;
import org.rolloutsim.analysis.PairComparison;
import org.rolloutsim.model.PlannedWave;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.report.data.TargetChances;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Driver;
import org.rolloutsim.report.view.EmbeddedFile;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.KeyInput;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.SweepData;
import org.rolloutsim.scenarios.NamedScenario;
import org.rolloutsim.report.view.VariantResult;
import org.rolloutsim.report.view.WaveRow;
import org.rolloutsim.report.view.WeeklyFan;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.ColumnReader;
import org.rolloutsim.stats.MetricSummary;
import org.rolloutsim.stats.SensitivityEntry;
import org.rolloutsim.scenarios.PlanWarnings;
import org.rolloutsim.stats.SwingEnds;
import org.rolloutsim.stats.TargetProbabilities;
import org.rolloutsim.stats.Targets;

/**
 * Maps a batch's statistics onto the report's view records: the one place that knows both the
 * model's output names and what the report shows.
 */
final class ReportAssembler {
    /** The weekly series the report draws, in display order, with how their values read. */
    private static final Map<String, WeeklyFan.Unit> FANS = new LinkedHashMap<>();

    static {
        FANS.put("cumulativeProgramCost", WeeklyFan.Unit.CURRENCY);
        FANS.put("sitesLive", WeeklyFan.Unit.COUNT);
        FANS.put("fatigue", WeeklyFan.Unit.FRACTION);
        FANS.put("openDefects", WeeklyFan.Unit.COUNT);
    }

    private static final Map<String, String> FAN_TITLES = Map.of(
            "cumulativeProgramCost", "Cumulative programme cost",
            "sitesLive", "Sites live",
            "fatigue", "Team fatigue",
            "openDefects", "Open defects");

    private ReportAssembler() {
    }

    /**
     * @param files the run.json and canonical scenario the report carries, so that it can be rerun
     */
    static ReportData report(ScenarioBatch.Outcome outcome, Invocation invocation, List<EmbeddedFile> files) {
        Scenario scenario = outcome.scenario().scenario();
        Program program = scenario.program();
        BatchSummary summary = outcome.summary();
        BatchStatistics statistics = outcome.statistics();
        return new ReportData(
                scenario.name() + ": roll-out risk report",
                scenario.name(),
                scenario.description(),
                program.start(),
                currencySymbol(program.currency()),
                targetWeek(program),
                budget(program),
                program.horizonWeeks(),
                provenance(invocation, outcome.scenario().contentHash(), outcome.seed(), outcome.runs(), files),
                KeyInputs.of(scenario, outcome.plan(), outcome.design()),
                RunDistribution.of(statistics.floatValues(BatchStatistics.COMPLETION_WEEK)),
                RunDistribution.of(statistics.floatValues(BatchStatistics.PROGRAM_COST)),
                (int) summary.metric(BatchStatistics.COMPLETION_WEEK).censored(),
                probabilities(summary.probabilities()),
                waves(outcome),
                drivers(scenario, summary, statistics),
                fans(summary, statistics),
                BoardAssembler.board(outcome, invocation.confidence(), invocation.batch().mitigated()),
                summary.metric(BatchStatistics.PROGRAM_COST).censoredMin(),
                PlanWarnings.forReport(scenario));
    }

    private static Provenance provenance(Invocation invocation, String hash, long seed, int runs,
                                         List<EmbeddedFile> files) {
        return new Provenance(BuildVersion.describe(), hash, seed, runs, invocation.commandLine(),
                invocation.rerunCommandLine(), files);
    }

    static ComparisonData comparison(String title, List<ScenarioBatch.Outcome> outcomes, ComparisonResult result,
                                     Invocation invocation, List<EmbeddedFile> files) {
        ScenarioBatch.Outcome first = outcomes.get(0);
        Program program = first.scenario().scenario().program();
        List<VariantResult> variants = new ArrayList<>();
        Map<String, ScenarioBatch.Outcome> byLabel = new LinkedHashMap<>();
        for (ScenarioBatch.Outcome o : outcomes) {
            byLabel.put(o.scenario().name(), o);
            variants.add(new VariantResult(o.scenario().name(),
                    RunDistribution.of(o.statistics().floatValues(BatchStatistics.COMPLETION_WEEK)),
                    RunDistribution.of(o.statistics().floatValues(BatchStatistics.PROGRAM_COST)),
                    (int) o.summary().metric(BatchStatistics.COMPLETION_WEEK).censored(),
                    probabilities(o.summary().probabilities()), o.scenario().scenario().description(),
                    o.summary().metric(BatchStatistics.PROGRAM_COST).censoredMin(), o.scenario().contentHash()));
        }
        List<PairedDifference> differences = new ArrayList<>();
        for (PairComparison pair : result.pairs()) {
            for (Outcome which : Outcome.values()) {
                String metric = which == Outcome.COMPLETION ? BatchStatistics.COMPLETION_WEEK : BatchStatistics.PROGRAM_COST;
                MetricDifference d = pair.metric(metric);
                float[] a = byLabel.get(pair.a()).statistics().floatValues(metric);
                float[] b = byLabel.get(pair.b()).statistics().floatValues(metric);
                float[] diff = new float[a.length];
                for (int i = 0; i < a.length; i++) {
                    diff[i] = a[i] - b[i];
                }
                differences.add(new PairedDifference(pair.a(), pair.b(), which, RunDistribution.of(diff),
                        d.meanDiff(), d.meanDiffCi().lower(), d.meanDiffCi().upper(), d.pLower(), d.pHigher(), d.pSame()));
            }
        }
        String hashes = String.join(", ", outcomes.stream().map(o -> o.scenario().name() + " "
                + o.scenario().contentHash().substring(0, Math.min(12, o.scenario().contentHash().length()))).toList());
        return new ComparisonData(title, program.start(), currencySymbol(program.currency()), targetWeek(program),
                budget(program), provenance(invocation, hashes, first.seed(), first.runs(), files),
                variants, differences, invocation.confidence());
    }

    /**
     * A sweep's grid points, each with its percentiles, its own target and budget (those its chances
     * were counted against) and its chances, for the sweep report.
     *
     * @param base   the scenario before the swept values: the report's title and hash are its
     * @param points the scenario at each grid point, whose horizon its runs were cut off at
     */
    static SweepData sweep(NamedScenario base, List<String> parameters, List<List<java.math.BigDecimal>> grid,
                           List<NamedScenario> points, List<BatchSummary> summaries, Invocation invocation,
                           List<EmbeddedFile> files) {
        Program program = base.scenario().program();
        List<SweepData.Point> rows = new ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            BatchSummary s = summaries.get(i);
            MetricSummary weeks = s.metric(BatchStatistics.COMPLETION_WEEK);
            MetricSummary cost = s.metric(BatchStatistics.PROGRAM_COST);
            Probabilities p = probabilities(s.probabilities());
            Targets targets = s.targets();
            rows.add(new SweepData.Point(grid.get(i).stream().map(java.math.BigDecimal::doubleValue).toList(),
                    new Quantiles(weeks.p10(), weeks.p50(), weeks.p80(), weeks.p90()),
                    new Quantiles(cost.p10(), cost.p50(), cost.p80(), cost.p90()),
                    new Horizon(points.get(i).scenario().program().horizonWeeks(), weeks.censored(), s.runs(),
                            cost.censoredMin()),
                    targets.targetWeek().isPresent() ? targets.targetWeek().getAsInt() : null,
                    targets.budget().isPresent() ? targets.budget().getAsDouble() : null,
                    p.onTime(), p.onBudget(), p.onTimeAndBudget(), p.onBudgetNotKnown()));
        }
        int runs = summaries.isEmpty() ? 0 : summaries.get(0).runs();
        // the board reads the inputs' names, as the drivers chart names them; the paths stay in the subtitle and table
        List<String> names = parameters.stream().map(p -> SweptInputName.of(base.scenario(), p)).toList();
        return new SweepData(base.scenario().name() + ": sweep of " + String.join(" and ", names), parameters,
                program.start(), currencySymbol(program.currency()),
                provenance(invocation, base.contentHash(), invocation.batch().seed(), runs, files), rows, names);
    }

    static Integer targetWeek(Program program) {
        return program.targetWeek().isPresent() ? program.targetWeek().getAsInt() : null;
    }

    static Double budget(Program program) {
        return program.budget().isPresent() ? program.budget().getAsDouble() : null;
    }

    static String currencySymbol(String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY" -> "¥";
            default -> code + " ";
        };
    }

    static Probabilities probabilities(TargetProbabilities p) {
        return TargetChances.of(p);
    }

    private static List<WaveRow> waves(ScenarioBatch.Outcome outcome) {
        BatchSummary summary = outcome.summary();
        BatchStatistics statistics = outcome.statistics();
        int horizon = outcome.scenario().scenario().program().horizonWeeks();
        List<WaveRow> rows = new ArrayList<>();
        int runs = statistics.runs();
        boolean[] all = new boolean[runs];
        java.util.Arrays.fill(all, true);
        for (PlannedWave wave : outcome.plan()) {
            String prefix = "waves." + wave.id() + ".";
            MetricSummary goLive = summary.metric(prefix + "goLiveWeek");
            MetricSummary stabilized = summary.metric(prefix + "stabilizedWeek");
            Slips slips = Slips.count(statistics, prefix, all, horizon);
            // a model that replans records the baseline apart from the plan in force at go-live
            double replanned = summary.hasMetric(prefix + "baselineGoLiveWeek")
                    ? summary.metric(prefix + "plannedGoLiveWeek").p50() : Double.NaN;
            rows.add(new WaveRow(wave.id(), wave.siteIds().size(), wave.goLiveWeek(),
                    new Quantiles(goLive.p10(), goLive.p50(), goLive.p80(), goLive.p90()),
                    stabilized.p50(), slips.slipped(runs), siteNames(outcome.scenario().scenario(), wave.siteIds()),
                    replanned, Double.NaN, slips.notKnown(runs)));
        }
        addedWaves(outcome, rows, horizon);
        return rows;
    }

    /**
     * How many of a wave's runs slipped, and in how many that cannot be told. runs.csv gives a wave
     * planned past the horizon (the follow-on wave, planned in a run's last weeks) the horizon as its
     * baseline and, when it had not gone live by then, a go-live at the horizon and a slip of 0: it
     * did not slip within the horizon, but whether it slipped after it is not known, so such a run
     * is counted apart, not as on time. A wave planned within the horizon and not live by then is
     * known to have slipped (its slip is above 0).
     */
    record Slips(int slippedRuns, int notKnownRuns) {

        /** Over the runs marked; a model that records no baseline apart has none that cannot be told. */
        static Slips count(BatchStatistics statistics, String prefix, boolean[] runs, int horizon) {
            ColumnReader slip = statistics.reader(prefix + "slipWeeks");
            boolean baselines = statistics.schema().scalarIndex(prefix + "baselineGoLiveWeek") >= 0;
            ColumnReader baseline = baselines ? statistics.reader(prefix + "baselineGoLiveWeek") : null;
            ColumnReader goLive = baselines ? statistics.reader(prefix + "goLiveWeek") : null;
            int slipped = 0;
            int notKnown = 0;
            for (int i = 0; i < runs.length; i++) {
                if (!runs[i]) {
                    continue;
                }
                if (baselines && baseline.get(i) >= horizon && goLive.get(i) >= horizon) {
                    notKnown++;
                } else if (slip.get(i) > 0) {
                    slipped++;
                }
            }
            return new Slips(slipped, notKnown);
        }

        /** The share of {@code of} runs that slipped (0 of none). */
        double slipped(int of) {
            return of == 0 ? 0 : slippedRuns / (double) of;
        }

        /** The share of {@code of} runs in which it cannot be told (0 of none). */
        double notKnown(int of) {
            return of == 0 ? 0 : notKnownRuns / (double) of;
        }
    }

    /** Runs that deferred a module: they gave the follow-on wave its work. */
    static final String MODULES_DEFERRED = "modulesDeferred";

    /**
     * The waves the model adds to the plan, which the plan does not list but the outputs do: under
     * {@code governance.response: full}, the follow-on wave that takes the modules reviews deferred
     * (docs/model.md 12.4). It exists only in the runs that deferred a module; in the others its
     * columns read the run's completion week. Its row is over the runs that gave it work, and says in
     * what share of runs that was; a follow-on wave no run needed has no row.
     */
    private static void addedWaves(ScenarioBatch.Outcome outcome, List<WaveRow> rows, int horizon) {
        BatchStatistics statistics = outcome.statistics();
        java.util.Set<String> planned = new java.util.HashSet<>();
        for (PlannedWave wave : outcome.plan()) {
            planned.add(wave.id());
        }
        int runs = statistics.runs();
        boolean[] used = new boolean[runs];
        int count = 0;
        if (statistics.schema().scalarIndex(MODULES_DEFERRED) >= 0) {
            ColumnReader deferred = statistics.reader(MODULES_DEFERRED);
            for (int i = 0; i < runs; i++) {
                used[i] = deferred.get(i) > 0;
                count += used[i] ? 1 : 0;
            }
        }
        for (OutputSchema.Scalar scalar : statistics.schema().scalars()) {
            String name = scalar.name();
            if (!name.startsWith("waves.") || !name.endsWith(".goLiveWeek") || count == 0) {
                continue;
            }
            String id = name.substring("waves.".length(), name.length() - ".goLiveWeek".length());
            if (planned.contains(id)) {
                continue;
            }
            String prefix = "waves." + id + ".";
            float[] goLive = over(statistics, prefix + "goLiveWeek", used, count);
            Slips slips = Slips.count(statistics, prefix, used, horizon);
            rows.add(new WaveRow(id, 0, (int) Quantiles.of(over(statistics, prefix + "baselineGoLiveWeek", used, count)).p50(),
                    Quantiles.of(goLive),
                    Quantiles.of(over(statistics, prefix + "stabilizedWeek", used, count)).p50(), slips.slipped(count),
                    List.of(), Quantiles.of(over(statistics, prefix + "plannedGoLiveWeek", used, count)).p50(),
                    count / (double) runs, slips.notKnown(count)));
        }
    }

    /** A column's values in the runs marked, in run order. */
    private static float[] over(BatchStatistics statistics, String column, boolean[] runs, int count) {
        ColumnReader reader = statistics.reader(column);
        float[] out = new float[count];
        int k = 0;
        for (int i = 0; i < runs.length; i++) {
            if (runs[i]) {
                out[k++] = (float) reader.get(i);
            }
        }
        return out;
    }

    private static List<String> siteNames(Scenario scenario, List<String> ids) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            names.add(scenario.sites().stream().filter(s -> s.id().equals(id)).map(s -> s.name()).findFirst().orElse(id));
        }
        return names;
    }

    private static List<Driver> drivers(Scenario scenario, BatchSummary summary, BatchStatistics statistics) {
        Map<String, double[]> byInput = new LinkedHashMap<>();
        collect(byInput, summary, BatchStatistics.COMPLETION_WEEK, 0);
        collect(byInput, summary, BatchStatistics.PROGRAM_COST, 1);
        List<Driver> drivers = new ArrayList<>();
        // the share of runs not finished by the horizon at each end, which the swings cannot show
        boolean censoring = statistics.schema().scalarIndex(BatchStatistics.CENSORED) >= 0;
        String[] outcomes = BoardAssembler.swingOutcomes(censoring);
        byInput.forEach((input, rho) -> {
            SwingEnds ends = statistics.swingEnds(input, BoardAssembler.SWING_TAIL, outcomes);
            drivers.add(new Driver(driverLabel(scenario, input), rho[0], rho[1], ends.swing(0), ends.swing(1),
                    censoring ? ends.low(2) : Double.NaN, censoring ? ends.high(2) : Double.NaN));
        });
        return drivers;
    }

    /** As {@link #driverLabel(String)}, with a risk's description and a site's name from the scenario. */
    static String driverLabel(Scenario scenario, String input) {
        String[] parts = input.split("\\.");
        if (parts.length >= 3 && parts[0].equals("risks")) {
            String description = scenario.risks().stream().filter(r -> r.id().equals(parts[1]))
                    .map(r -> r.description()).findFirst().orElse("");
            if (!description.isBlank()) {
                String what = input.endsWith(".occurred") ? "" : " (" + humanize(String.join(" ",
                        java.util.Arrays.copyOfRange(parts, 2, parts.length))).toLowerCase(Locale.ROOT) + ")";
                return "Risk: " + stripStop(description) + what;
            }
        }
        if (parts.length >= 3 && parts[0].equals("sites")) {
            String name = scenario.sites().stream().filter(s -> s.id().equals(parts[1])).map(s -> s.name())
                    .findFirst().orElse(parts[1]);
            return name + ": " + humanize(String.join(" ", java.util.Arrays.copyOfRange(parts, 2, parts.length)))
                    .toLowerCase(Locale.ROOT);
        }
        return driverLabel(input);
    }

    private static String stripStop(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static void collect(Map<String, double[]> byInput, BatchSummary summary, String output, int slot) {
        if (summary.sensitivityOf(output) == null) {
            return;
        }
        for (SensitivityEntry e : summary.sensitivityOf(output).ranked()) {
            byInput.computeIfAbsent(e.input(), k -> new double[2])[slot] = clamp(e.rho());
        }
    }

    private static double clamp(double rho) {
        return Double.isNaN(rho) ? 0 : Math.max(-1, Math.min(1, rho));
    }

    /** A name a board member can read: "Effort per workflow", "Risk: vendor upgrade". */
    static String driverLabel(String input) {
        if (input.startsWith("risks.") && input.endsWith(".occurred")) {
            return "Risk: " + input.substring("risks.".length(), input.length() - ".occurred".length());
        }
        if (input.startsWith("program.fixedCosts.") && input.endsWith(".amount")) {
            return "Fixed cost: " + input.substring("program.fixedCosts.".length(), input.length() - ".amount".length());
        }
        Optional<Parameter> parameter = Parameter.byKey(input);
        if (parameter.isPresent()) {
            String meaning = parameter.get().meaning();
            return Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1);
        }
        String[] parts = input.split("\\.");
        if (parts.length >= 3 && (parts[0].equals("sites") || parts[0].equals("risks"))) {
            return parts[1] + ": " + humanize(String.join(" ", java.util.Arrays.copyOfRange(parts, 2, parts.length)));
        }
        return humanize(input.replace('.', ' '));
    }

    private static String humanize(String camel) {
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static List<WeeklyFan> fans(BatchSummary summary, BatchStatistics statistics) {
        int weeks = displayWeeks(statistics);
        List<WeeklyFan> fans = new ArrayList<>();
        for (Map.Entry<String, WeeklyFan.Unit> e : FANS.entrySet()) {
            org.rolloutsim.stats.WeeklyFan fan = summary.fan(e.getKey());
            if (fan == null) {
                continue;
            }
            int n = Math.min(weeks, fan.weeks());
            float[] p10 = new float[n];
            float[] p50 = new float[n];
            float[] p90 = new float[n];
            for (int w = 0; w < n; w++) {
                p10[w] = (float) fan.p10(w);
                p50[w] = (float) fan.p50(w);
                p90[w] = (float) fan.p90(w);
            }
            fans.add(new WeeklyFan(FAN_TITLES.get(e.getKey()), e.getValue(), p10, p50, p90));
        }
        return fans;
    }

    /**
     * Weeks worth drawing: up to the 99th percentile of completion plus a quarter, so that a few
     * runs years late do not squash the other 99 into the left edge (the histograms show the tail).
     */
    private static int displayWeeks(BatchStatistics statistics) {
        double p99 = statistics.quantile(BatchStatistics.COMPLETION_WEEK, 0.99).value();
        OutputSchema schema = statistics.schema();
        return (int) Math.min(schema.maxWeeks(), Math.ceil(p99) + 13);
    }
}
