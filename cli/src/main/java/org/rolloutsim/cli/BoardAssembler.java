package org.rolloutsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.report.view.BoardFigures;
import org.rolloutsim.report.view.ProgrammeResponse;
import org.rolloutsim.report.view.RiskRow;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.ColumnReader;
import org.rolloutsim.stats.JclPoint;
import org.rolloutsim.stats.MetricSummary;

/**
 * The board figures of one batch: total cost, the JCL-70 point, how precisely the runs pin down P80,
 * each risk's contribution before and after mitigation, and how far each input swings the outcomes
 * in weeks and money. Reads the batch's per-run values; knows nothing of how the runs were simulated.
 */
final class BoardAssembler {
    static final String TOTAL_COST = "totalCost";
    /** The joint confidence level boards are usually shown. */
    static final double JCL = 0.7;
    /** The share of runs at each end that a swing compares: the top tenth against the bottom tenth. */
    static final double SWING_TAIL = 0.1;

    private BoardAssembler() {
    }

    static BoardFigures board(ScenarioBatch.Outcome outcome, double confidence, boolean mitigated) {
        BatchSummary summary = outcome.summary();
        BatchStatistics statistics = outcome.statistics();
        RunDistribution total = summary.hasMetric(TOTAL_COST)
                ? RunDistribution.of(statistics.floatValues(TOTAL_COST)) : null;
        BoardFigures.JointPoint jcl = null;
        try {
            JclPoint point = summary.dateAndCostAtJcl(JCL);
            if (point.isReached()) {
                jcl = new BoardFigures.JointPoint(JCL, point.week(), point.cost());
            }
        } catch (IllegalArgumentException notComputed) {
            // the summary was computed at other levels: no point to show
        }
        MetricSummary weeks = summary.metric(BatchStatistics.COMPLETION_WEEK);
        MetricSummary cost = summary.metric(BatchStatistics.PROGRAM_COST);
        BoardFigures.Precision precision = new BoardFigures.Precision(
                weeks.quantile(0.8).ci().lower(), weeks.quantile(0.8).ci().upper(),
                cost.quantile(0.8).ci().lower(), cost.quantile(0.8).ci().upper());
        return new BoardFigures(confidence, total, jcl, precision, risks(outcome, mitigated), responses(statistics));
    }

    /** What a programme that manages itself did as it slipped, for the outputs the model records. */
    static List<ProgrammeResponse> responses(BatchStatistics statistics) {
        List<ProgrammeResponse> out = new ArrayList<>();
        response(out, statistics, "replans", "replanned", ProgrammeResponse.Unit.TIMES);
        response(out, statistics, "surgeFte", "brought in surge staff", ProgrammeResponse.Unit.FTE);
        response(out, statistics, "cost.surge", "paid for surge staff", ProgrammeResponse.Unit.CURRENCY);
        response(out, statistics, "modulesDeferred", "deferred modules", ProgrammeResponse.Unit.TIMES);
        response(out, statistics, "forcedGoLives", "forced a go-live past its gate", ProgrammeResponse.Unit.TIMES);
        return out;
    }

    private static void response(List<ProgrammeResponse> out, BatchStatistics statistics, String output, String label,
                                 ProgrammeResponse.Unit unit) {
        if (statistics.schema().scalarIndex(output) < 0) {
            return;
        }
        int n = statistics.runs();
        if (n == 0) {
            return;
        }
        ColumnReader values = statistics.reader(output);
        int any = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double v = values.get(i);
            any += v > 0 ? 1 : 0;
            sum += v;
        }
        out.add(new ProgrammeResponse(label, any / (double) n, sum / n, unit));
    }

    /**
     * Each risk of the register: the share of runs it occurred in, times how much later and dearer
     * those runs were than the others. After mitigation: the mitigated chance times the same effect
     * scaled by the mitigated impact (delay if the risk delays, else cost), plus the mitigation's cost.
     * A batch already run after mitigation shows its figures as they are in both columns, the risk
     * marked as mitigated in these runs.
     */
    static List<RiskRow> risks(ScenarioBatch.Outcome outcome, boolean mitigated) {
        Scenario scenario = outcome.scenario().scenario();
        BatchStatistics statistics = outcome.statistics();
        List<RiskRow> rows = new ArrayList<>();
        for (Risk risk : scenario.risks()) {
            String name = "risks." + risk.id() + ".occurred";
            if (statistics.schema().scalarIndex(name) < 0) {
                continue;
            }
            double[] when = meansByOccurrence(statistics, name);
            double share = when[0];
            double weeksEffect = share == 0 || share == 1 ? 0 : when[1] - when[2];
            double costEffect = share == 0 || share == 1 ? 0 : when[3] - when[4];
            String label = risk.description().isBlank() ? risk.id() : risk.description();
            if (risk.mitigation() == null) {
                rows.add(new RiskRow(label, share, share * weeksEffect, share * costEffect, Double.NaN, Double.NaN,
                        Double.NaN));
                continue;
            }
            if (mitigated) {
                // the runs were made with the mitigation in place: what they show is the figure after it
                rows.add(new RiskRow(label + " (mitigated in these runs)", share, share * weeksEffect,
                        share * costEffect, share, share * weeksEffect, share * costEffect));
                continue;
            }
            Risk.Mitigation m = risk.mitigation();
            double after = m.probability().mean();
            double delayRatio = ratio(m.impact().delayWeeks().mean(), risk.impact().delayWeeks().mean());
            double costRatio = risk.impact().delayWeeks().mean() > 0 ? delayRatio
                    : ratio(m.impact().cost().mean(), risk.impact().cost().mean());
            rows.add(new RiskRow(label, share, share * weeksEffect, share * costEffect, after,
                    after * weeksEffect * delayRatio, after * costEffect * costRatio + m.cost().mean()));
        }
        return rows;
    }

    private static double ratio(double mitigated, double planned) {
        return planned > 0 ? mitigated / planned : 1;
    }

    /**
     * In one pass over the runs: the share of runs where risk indicator {@code occurred} is set, and
     * the mean completion week and programme cost of the runs where it is and where it is not set
     * (0 for a group without runs).
     */
    private static double[] meansByOccurrence(BatchStatistics statistics, String occurred) {
        ColumnReader flags = statistics.reader(occurred);
        ColumnReader weeks = statistics.reader(BatchStatistics.COMPLETION_WEEK);
        ColumnReader costs = statistics.reader(BatchStatistics.PROGRAM_COST);
        int n = statistics.runs();
        int set = 0;
        double weeksSet = 0;
        double weeksUnset = 0;
        double costsSet = 0;
        double costsUnset = 0;
        for (int i = 0; i < n; i++) {
            if (flags.get(i) > 0.5) {
                set++;
                weeksSet += weeks.get(i);
                costsSet += costs.get(i);
            } else {
                weeksUnset += weeks.get(i);
                costsUnset += costs.get(i);
            }
        }
        int unset = n - set;
        return new double[] {n == 0 ? 0 : set / (double) n,
            set == 0 ? 0 : weeksSet / set, unset == 0 ? 0 : weeksUnset / unset,
            set == 0 ? 0 : costsSet / set, unset == 0 ? 0 : costsUnset / unset};
    }
}
