package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;
import org.rolloutsim.report.text.Counted;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.WeekCalendar;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.MetricSummary;
import org.rolloutsim.stats.TargetProbabilities;

/** The few lines a planner reads in the terminal after a batch: when, how much, how likely. */
final class TextSummary {
    private TextSummary() {
    }

    static void print(ScenarioBatch.Outcome outcome, PrintWriter out) {
        Program program = outcome.scenario().scenario().program();
        WeekCalendar calendar = new WeekCalendar(program.start());
        Money money = new Money(ReportAssembler.currencySymbol(program.currency()));
        MetricSummary completion = outcome.summary().metric(BatchStatistics.COMPLETION_WEEK);
        MetricSummary cost = outcome.summary().metric(BatchStatistics.PROGRAM_COST);
        TargetProbabilities p = outcome.summary().probabilities();
        out.printf(Locale.ROOT, "%s: %s, seed %d%n", outcome.scenario().name(), Counted.of(outcome.runs(), "run"),
                outcome.seed());
        out.printf(Locale.ROOT, "  Completion      P50 %s   P80 %s%s%n",
                completionDate(calendar, completion.p50(), program), completionDate(calendar, completion.p80(), program),
                program.targetWeek().isPresent() ? "   (target " + calendar.longDate(program.targetWeek().getAsInt()) + ")" : "");
        out.printf(Locale.ROOT, "  Programme cost  P50 %s   P80 %s%s%n",
                money.format(cost.p50()), money.format(cost.p80()),
                program.budget().isPresent() ? "   (budget " + money.format(program.budget().getAsDouble()) + ")" : "");
        out.printf(Locale.ROOT, "  Chance on time %s, on budget %s, both (JCL) %s%n",
                share(p.onTime()), share(p.onBudget()), share(p.jcl()));
        if (outcome.precision() != null && !outcome.precision().checks().isEmpty()) {
            var last = outcome.precision().checks().get(outcome.precision().checks().size() - 1);
            out.printf(Locale.ROOT, "  Precision: 95%% interval of P80 completion within %.2f%% of it, of P80 cost within %.2f%%,"
                            + " after %s runs%s%n",
                    100 * last.completionRelativeReach(), 100 * last.costRelativeReach(),
                    NumberFormat.getIntegerInstance(Locale.UK).format(outcome.runs()),
                    outcome.precision().reached() ? "" : " (stopped at --max-runs before reaching the precision asked)");
        }
        if (completion.censored() > 0) {
            out.printf(Locale.ROOT, "  %s of runs had not finished by the horizon (week %d); their costs count only to then%n",
                    Percent.format(completion.censored() / (double) outcome.runs()), program.horizonWeeks());
        }
        out.flush();
    }

    /**
     * A completion percentile as a date; one at the horizon is a run not finished by then, whose
     * completion is only known to be later: "after" the horizon's date, as the report says.
     */
    private static String completionDate(WeekCalendar calendar, double week, Program program) {
        return week >= program.horizonWeeks() ? "after " + calendar.longDate(program.horizonWeeks())
                : calendar.longDate(week);
    }

    private static String share(double p) {
        return Double.isNaN(p) ? "n/a" : Percent.format(p);
    }
}
