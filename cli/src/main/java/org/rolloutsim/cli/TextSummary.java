package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;
import org.rolloutsim.report.text.Counted;
import org.rolloutsim.report.text.Verdict;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.WeekCalendar;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.MetricSummary;
import org.rolloutsim.stats.QuantileEstimate;
import org.rolloutsim.stats.TargetProbabilities;

/** The few lines a planner reads in the terminal after a batch: when, how much, how likely. */
final class TextSummary {
    private TextSummary() {
    }

    /** The summary at the default confidence level, P80. */
    static void print(ScenarioBatch.Outcome outcome, PrintWriter out) {
        print(outcome, ReportOptions.DEFAULT_CONFIDENCE, out);
    }

    /**
     * The summary with completion and programme cost at P50 and at the board's confidence level
     * ({@code --confidence}, e.g. 0.95 for P95), the level the report's headline states.
     */
    static void print(ScenarioBatch.Outcome outcome, double confidence, PrintWriter out) {
        Program program = outcome.scenario().scenario().program();
        WeekCalendar calendar = new WeekCalendar(program.start());
        Money money = new Money(ReportAssembler.currencySymbol(program.currency()));
        MetricSummary completion = outcome.summary().metric(BatchStatistics.COMPLETION_WEEK);
        MetricSummary cost = outcome.summary().metric(BatchStatistics.PROGRAM_COST);
        TargetProbabilities p = outcome.summary().probabilities();
        Horizon horizon = new Horizon(program.horizonWeeks(), completion.censored(), outcome.runs(), cost.censoredMin());
        out.printf(Locale.ROOT, "%s: %s, seed %d%n", outcome.scenario().name(), Counted.of(outcome.runs(), "run"),
                outcome.seed());
        String level = Verdict.label(confidence);
        double completionAtLevel = quantile(outcome, completion, confidence).value();
        double costAtLevel = quantile(outcome, cost, confidence).value();
        // at P50 the board's level is P50 itself: each figure once
        boolean median = Verdict.median(confidence);
        out.printf(Locale.ROOT, "  Completion      P50 %s%s%s%n", horizon.longDate(calendar, completion.p50()),
                median ? "" : "   " + level + " " + horizon.longDate(calendar, completionAtLevel),
                program.targetWeek().isPresent() ? "   (target " + calendar.longDate(program.targetWeek().getAsInt()) + ")" : "");
        out.printf(Locale.ROOT, "  Programme cost  P50 %s%s%s%n", horizon.cost(money, cost.p50()),
                median ? "" : "   " + level + " " + horizon.cost(money, costAtLevel),
                program.budget().isPresent() ? "   (budget " + money.format(program.budget().getAsDouble()) + ")" : "");
        // on budget is a range while runs not finished by the horizon are within budget so far
        out.printf(Locale.ROOT, "  Chance on time %s, on budget %s, both (JCL) %s%n",
                share(p.onTime()), Double.isNaN(p.onBudget()) ? "n/a" : ReportAssembler.probabilities(p).onBudgetText(),
                share(p.jcl()));
        if (outcome.precision() != null && !outcome.precision().checks().isEmpty()
                && outcome.precision().checks().get(outcome.precision().checks().size() - 1).beyondHorizon()) {
            out.printf(Locale.ROOT, "  Precision: not measurable: P80 completion lies beyond the horizon (week %d) with 95%%"
                            + " confidence after %s runs, and runs not finished have no completion to measure; lengthen"
                            + " program.horizonWeeks to measure it%n", horizon.week(),
                    NumberFormat.getIntegerInstance(Locale.UK).format(outcome.runs()));
        } else if (outcome.precision() != null && !outcome.precision().checks().isEmpty()) {
            var last = outcome.precision().checks().get(outcome.precision().checks().size() - 1);
            out.printf(Locale.ROOT, "  Precision: 95%% interval of P80 completion within %.2f%% of it, of P80 cost within %.2f%%,"
                            + " after %s runs%s%n",
                    100 * last.completionRelativeReach(), 100 * last.costRelativeReach(),
                    NumberFormat.getIntegerInstance(Locale.UK).format(outcome.runs()),
                    outcome.precision().reached() ? "" : " (stopped at --max-runs before reaching the precision asked)");
        }
        if (horizon.unfinishedRuns() > 0) {
            // such a run may finish in the horizon's own week: not finished before its date, not "by" it
            out.printf(Locale.ROOT, "  %s of runs had not finished before the horizon (%s, week %d); their costs count"
                            + " only to then%n",
                    Percent.format(horizon.unfinishedShare()), calendar.longDate(horizon.week()), horizon.week());
        }
        out.flush();
    }

    /**
     * A metric's percentile at {@code level} with its 95% interval: the summary's own where it carries
     * that level (so the figures agree with summary.json), else from the batch's per-run values by the
     * same rule (nearest rank), as the report's headline takes it.
     */
    static QuantileEstimate quantile(ScenarioBatch.Outcome outcome, MetricSummary metric, double level) {
        return MetricSummary.LEVELS.contains(level) ? metric.quantile(level)
                : outcome.statistics().quantile(metric.name(), level);
    }

    private static String share(double p) {
        return Double.isNaN(p) ? "n/a" : Percent.format(p);
    }
}
