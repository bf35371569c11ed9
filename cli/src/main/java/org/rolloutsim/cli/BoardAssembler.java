package org.rolloutsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.report.view.BoardFigures;
import org.rolloutsim.report.view.ProgrammeResponse;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.ColumnReader;
import org.rolloutsim.stats.JclPoint;
import org.rolloutsim.stats.MetricSummary;
import org.rolloutsim.stats.QuantileEstimate;

/**
 * The board figures of one batch: total cost, the JCL-70 point, how precisely the runs pin down the
 * date and cost at the board's confidence level, each risk's contribution before and after mitigation
 * ({@link RiskContributions}), and how far each input swings the outcomes in weeks and money. Reads the batch's per-run values; knows nothing of how
 * the runs were simulated.
 */
final class BoardAssembler {
    static final String TOTAL_COST = "totalCost";
    /** The joint confidence level boards are usually shown. */
    static final double JCL = 0.7;
    /** The share of runs at each end that a swing compares: the top tenth against the bottom tenth. */
    static final double SWING_TAIL = 0.1;
    /** Where {@link #swingOutcomes} puts the share of runs not finished by the horizon. */
    static final int SWING_CENSORED = 2;

    private BoardAssembler() {
    }

    /**
     * The outcomes a driver's swing ends are taken of: completion week and programme cost, then, when
     * the batch records it, the share not finished (at {@link #SWING_CENSORED}). The report's drivers
     * and summary.json's unfinished shares ask for the same, so the statistics answer each input once.
     */
    static String[] swingOutcomes(boolean censoring) {
        return censoring
                ? new String[] {BatchStatistics.COMPLETION_WEEK, BatchStatistics.PROGRAM_COST, BatchStatistics.CENSORED}
                : new String[] {BatchStatistics.COMPLETION_WEEK, BatchStatistics.PROGRAM_COST};
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
        // how precisely the runs pin down the figures at the board's level, the level the headline states
        QuantileEstimate weeksAtLevel = TextSummary.quantile(outcome, weeks, confidence);
        QuantileEstimate costAtLevel = TextSummary.quantile(outcome, cost, confidence);
        BoardFigures.Precision precision = new BoardFigures.Precision(
                weeksAtLevel.ci().lower(), weeksAtLevel.ci().upper(), costAtLevel.ci().lower(), costAtLevel.ci().upper());
        return new BoardFigures(confidence, total, jcl, precision,
                RiskContributions.rows(outcome.scenario().scenario(), statistics, mitigated), responses(statistics));
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
}
