package org.rolloutsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.report.view.RiskRow;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.ColumnReader;

/**
 * The risk register of one batch: what each risk added to the programme, before and after its
 * mitigation, with both columns on one basis.
 *
 * <p>A risk occurs when its Bernoulli draw succeeds <em>and</em> its uniformly drawn week comes while
 * the run is still going (MODEL.md 2.6; docs/model.md 11.15): a week drawn after the programme has
 * stabilized, or beyond the horizon, never comes. So the share of runs in which a risk occurred is
 * {@code p · q}, where {@code q} is the chance that its week falls while the programme runs. The two
 * draws are independent, and until its week the risk has done nothing to the run, so {@code q} does
 * not depend on the risk's own probability: after mitigation the risk occurs in {@code p' · q} of
 * runs, which is the observed share times {@code p'/p}. (Taking {@code p'} alone, the nominal input,
 * would compare a 30% input with a 5% observed share when most of a risk's window lies after the
 * programme has ended.)
 */
final class RiskContributions {

    /** Half-width of a 95% normal interval, in standard errors. */
    private static final double Z95 = 1.959963984540054;

    private RiskContributions() {
    }

    /**
     * Each risk of the register: the share of runs it occurred in, times how much later and dearer
     * those runs were than the others. After mitigation: the observed share scaled by the mitigated
     * probability over the planned one, times the same effect scaled by the mitigated impact (delay if
     * the risk delays, else cost), plus the mitigation's cost. A batch already run after mitigation
     * shows its figures as they are in both columns, the mitigation's cost (paid in every one of its
     * runs) counted in what the risk adds, and the risk marked as mitigated in these runs.
     */
    static List<RiskRow> rows(Scenario scenario, BatchStatistics statistics, boolean mitigated) {
        List<RiskRow> rows = new ArrayList<>();
        int n = statistics.runs();
        for (Risk risk : scenario.risks()) {
            String name = "risks." + risk.id() + ".occurred";
            if (statistics.schema().scalarIndex(name) < 0) {
                continue;
            }
            OccurrenceEffect weeks = OccurrenceEffect.of(statistics.reader(name)::get,
                    statistics.reader(BatchStatistics.COMPLETION_WEEK)::get, n);
            OccurrenceEffect cost = OccurrenceEffect.of(statistics.reader(name)::get,
                    statistics.reader(BatchStatistics.PROGRAM_COST)::get, n);
            double share = weeks.share();
            double weeksMargin = Z95 * weeks.standardError();
            double costMargin = Z95 * cost.standardError();
            String label = risk.description().isBlank() ? risk.id() : risk.description();
            if (risk.mitigation() == null) {
                rows.add(new RiskRow(label, share, weeks.added(), cost.added(), Double.NaN, Double.NaN, Double.NaN,
                        weeksMargin, costMargin, Double.NaN, Double.NaN));
                continue;
            }
            Risk.Mitigation m = risk.mitigation();
            if (mitigated) {
                // the runs were made with the mitigation in place: what they show is the figure after it
                double after = cost.added() + m.cost().mean();
                rows.add(new RiskRow(label + " (mitigated in these runs)", share, weeks.added(), after, share,
                        weeks.added(), after, weeksMargin, costMargin, weeksMargin, costMargin));
                continue;
            }
            double after = m.probability().mean() * whileRunning(scenario, statistics, risk, share);
            double delayRatio = ratio(m.impact().delayWeeks().mean(), risk.impact().delayWeeks().mean());
            double costRatio = risk.impact().delayWeeks().mean() > 0 ? delayRatio
                    : ratio(m.impact().cost().mean(), risk.impact().cost().mean());
            // the effect where it occurs, scaled to the mitigated chance and impact, and so its margin;
            // a risk that occurred in no run has no effect to scale unless it cannot occur after either
            double weeksScale = after == 0 ? 0 : share > 0 ? after / share * delayRatio : Double.NaN;
            double costScale = after == 0 ? 0 : share > 0 ? after / share * costRatio : Double.NaN;
            rows.add(new RiskRow(label, share, weeks.added(), cost.added(), after, scaled(weeksScale, weeks.added()),
                    scaled(costScale, cost.added()) + m.cost().mean(), weeksMargin, costMargin,
                    scaled(weeksScale, weeksMargin), scaled(costScale, costMargin)));
        }
        return rows;
    }

    /**
     * The chance that the risk's drawn week came while the programme was still running: the observed
     * share over the mean planned probability of these runs. A risk planned never to occur shows no
     * share to divide; then, since it never changed a run, the runs' own lengths tell it exactly: the
     * mean share of the window's weeks up to each run's last simulated week.
     */
    static double whileRunning(Scenario scenario, BatchStatistics statistics, Risk risk, double share) {
        double planned = plannedProbability(statistics, risk);
        if (planned > 0) {
            return Math.min(1, share / planned);
        }
        int n = statistics.runs();
        if (n == 0) {
            return 0;
        }
        int horizon = scenario.program().horizonWeeks();
        int from = risk.fromWeek();
        int to = risk.toWeek();
        ColumnReader weeks = statistics.reader(BatchStatistics.COMPLETION_WEEK);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            // a run simulates weeks 0 to its completion week (to the horizon's last week when censored)
            int last = (int) Math.min(weeks.get(i), horizon - 1);
            sum += Math.max(0, Math.min(last, to) - from + 1);
        }
        return sum / n / (to - from + 1.0);
    }

    /** The mean probability the runs drew the risk with: the sampled values when it is uncertain. */
    private static double plannedProbability(BatchStatistics statistics, Risk risk) {
        String sampled = "risks." + risk.id() + ".probability";
        int n = statistics.runs();
        if (n == 0 || statistics.schema().scalarIndex(sampled) < 0) {
            return risk.probability().mean();
        }
        ColumnReader values = statistics.reader(sampled);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values.get(i);
        }
        return sum / n;
    }

    /** {@code scale · value}, where a scale of 0 (a risk that cannot occur) gives 0 whatever the value. */
    private static double scaled(double scale, double value) {
        return scale == 0 ? 0 : scale * value;
    }

    private static double ratio(double mitigated, double planned) {
        return planned > 0 ? mitigated / planned : 1;
    }
}
