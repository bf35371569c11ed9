package org.rolloutsim.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rolloutsim.report.view.BoardFigures;
import org.rolloutsim.report.view.ProgrammeResponse;
import org.rolloutsim.report.view.RiskRow;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
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
                ? RunDistribution.of(ReportAssembler.floats(statistics.values(TOTAL_COST))) : null;
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
        double[] values = statistics.values(output);
        if (values.length == 0) {
            return;
        }
        int any = 0;
        double sum = 0;
        for (double v : values) {
            any += v > 0 ? 1 : 0;
            sum += v;
        }
        out.add(new ProgrammeResponse(label, any / (double) values.length, sum / values.length, unit));
    }

    /**
     * Each risk of the register: the share of runs it occurred in, times how much later and dearer
     * those runs were than the others. After mitigation: the mitigated chance times the same effect
     * scaled by the mitigated impact (delay if the risk delays, else cost), plus the mitigation's cost.
     * A batch already run after mitigation shows its figures as they are, with no second column.
     */
    static List<RiskRow> risks(ScenarioBatch.Outcome outcome, boolean mitigated) {
        Scenario scenario = outcome.scenario().scenario();
        BatchStatistics statistics = outcome.statistics();
        double[] weeks = statistics.values(BatchStatistics.COMPLETION_WEEK);
        double[] costs = statistics.values(BatchStatistics.PROGRAM_COST);
        List<RiskRow> rows = new ArrayList<>();
        for (Risk risk : scenario.risks()) {
            String name = "risks." + risk.id() + ".occurred";
            if (statistics.schema().scalarIndex(name) < 0) {
                continue;
            }
            double[] occurred = statistics.values(name);
            double share = mean(occurred, null, true);
            double weeksEffect = share == 0 || share == 1 ? 0
                    : mean(weeks, occurred, true) - mean(weeks, occurred, false);
            double costEffect = share == 0 || share == 1 ? 0
                    : mean(costs, occurred, true) - mean(costs, occurred, false);
            String label = risk.description().isBlank() ? risk.id() : risk.description();
            if (mitigated || risk.mitigation() == null) {
                rows.add(new RiskRow(label, share, share * weeksEffect, share * costEffect, Double.NaN, Double.NaN,
                        Double.NaN));
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

    /** Mean of {@code values} over the runs where {@code flag} is (or is not) set; all runs when flag is null. */
    private static double mean(double[] values, double[] flag, boolean set) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (flag == null || (flag[i] > 0.5) == set) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * How far an input swings each output: the mean output of the tenth of runs with the most of the
     * input minus that of the tenth with the least (runs ordered by the input, ties by run index, so a
     * yes/no input compares runs where it happened with runs where it did not whenever each is at
     * least a tenth). In each output's unit: weeks or money. The runs are ordered once for every
     * output: at 50,000 runs and some forty inputs, ordering is most of the report's arithmetic.
     */
    static double[] swings(double[] input, double[]... outputs) {
        int n = input.length;
        int tail = (int) Math.floor(n * SWING_TAIL);
        double[] swings = new double[outputs.length];
        int[] order = tail < 1 ? null : orderBy(input);
        for (int o = 0; o < outputs.length; o++) {
            double[] output = outputs[o];
            if (order == null || output.length != n) {
                swings[o] = Double.NaN;
                continue;
            }
            double low = 0;
            double high = 0;
            for (int k = 0; k < tail; k++) {
                low += output[order[k]];
                high += output[order[n - 1 - k]];
            }
            swings[o] = (high - low) / tail;
        }
        return swings;
    }

    /**
     * The run indices ordered by {@code key} ({@link Double#compare}), ties by index: a stable merge
     * sort of primitive indices, the order a stable sort of boxed indices gives.
     */
    static int[] orderBy(double[] key) {
        int n = key.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] spare = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int from = 0; from < n; from += 2 * width) {
                int mid = Math.min(from + width, n);
                int to = Math.min(from + 2 * width, n);
                int a = from;
                int b = mid;
                int k = from;
                while (a < mid && b < to) {
                    // the left run wins ties: equal keys keep their order
                    spare[k++] = Double.compare(key[order[b]], key[order[a]]) < 0 ? order[b++] : order[a++];
                }
                while (a < mid) {
                    spare[k++] = order[a++];
                }
                while (b < to) {
                    spare[k++] = order[b++];
                }
            }
            int[] t = order;
            order = spare;
            spare = t;
        }
        return order;
    }
}
