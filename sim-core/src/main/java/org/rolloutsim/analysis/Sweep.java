package org.rolloutsim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;

/**
 * Tabulates a sweep: one or more parameters over a grid, each point a batch run with the same seed
 * (so neighbouring points differ by the parameter, not the noise). Running the batches is the
 * caller's job; this turns their summaries into one table.
 */
public final class Sweep {
    private Sweep() {
    }

    /**
     * @param parameters the swept parameters
     * @param points     the grid points, each with one value per parameter, in the order to show
     */
    public static SweepTable tabulate(List<String> parameters, List<SweepPoint> points) {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a sweep has at least one parameter");
        }
        List<SweepRow> rows = new ArrayList<>(points.size());
        for (SweepPoint p : points) {
            if (p.values().size() != parameters.size()) {
                throw new IllegalArgumentException("grid point " + p.values() + " needs "
                        + parameters.size() + " values");
            }
            BatchSummary s = p.summary();
            long unfinished = s.hasMetric(BatchStatistics.COMPLETION_WEEK)
                    ? s.metric(BatchStatistics.COMPLETION_WEEK).censored() : 0;
            rows.add(new SweepRow(p.values(), s.runs(), unfinished, p.horizonWeeks(),
                    quantile(s, BatchStatistics.COMPLETION_WEEK, 0.5), quantile(s, BatchStatistics.COMPLETION_WEEK, 0.8),
                    quantile(s, BatchStatistics.PROGRAM_COST, 0.5), quantile(s, BatchStatistics.PROGRAM_COST, 0.8),
                    s.probabilities().onTime(), s.probabilities().onBudget(), s.probabilities().jcl(),
                    s.hasMetric(BatchStatistics.PROGRAM_COST) ? s.metric(BatchStatistics.PROGRAM_COST).censoredMin()
                            : Double.NaN, s.probabilities().onBudgetNotKnown()));
        }
        return new SweepTable(parameters, rows);
    }

    private static double quantile(BatchSummary s, String metric, double level) {
        return s.hasMetric(metric) ? s.metric(metric).quantile(level).value() : Double.NaN;
    }
}
