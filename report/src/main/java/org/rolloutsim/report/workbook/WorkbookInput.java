package org.rolloutsim.report.workbook;

import java.util.List;
import java.util.Objects;
import org.rolloutsim.report.data.BatchIdentity;
import org.rolloutsim.report.data.DatesAndCurrency;
import org.rolloutsim.report.view.BoardFigures;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.WaveRow;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.MetricSummary;

/**
 * Everything the workbook shows of one batch.
 *
 * @param statistics the batch's per-run values (for the runs sheet)
 * @param summary    what the batch says (the same numbers as summary.json)
 * @param waves      the per-wave table of the report, the waves the programme added (the follow-on
 *                   wave of {@code response: full}) included
 * @param horizonWeeks the simulated horizon: a run not finished by then holds it as its completion,
 *                   and a go-live that had not come by then reads as it
 * @param confidence the board's confidence level ({@code --confidence}, e.g. 0.8 for P80): the Summary
 *                   sheet gives completion and costs at P50 and at this level
 */
public record WorkbookInput(BatchIdentity identity, DatesAndCurrency units, BatchStatistics statistics,
                            BatchSummary summary, List<WaveRow> waves, int horizonWeeks, double confidence) {

    /** A workbook at the default confidence level, P80. */
    public WorkbookInput(BatchIdentity identity, DatesAndCurrency units, BatchStatistics statistics,
                         BatchSummary summary, List<WaveRow> waves, int horizonWeeks) {
        this(identity, units, statistics, summary, waves, horizonWeeks, BoardFigures.DEFAULT_CONFIDENCE);
    }

    public WorkbookInput {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(summary, "summary");
        waves = List.copyOf(waves);
        if (horizonWeeks <= 0) {
            throw new IllegalArgumentException("horizonWeeks must be positive: " + horizonWeeks);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1: " + confidence);
        }
    }

    /**
     * The percentile of {@code metric} at the board's confidence level: the summary's own where it
     * carries that level (as summary.json), else from the per-run values by the same rule (nearest rank).
     */
    public double atConfidence(MetricSummary metric) {
        return MetricSummary.LEVELS.contains(confidence) ? metric.quantile(confidence).value()
                : statistics.quantile(metric.name(), confidence).value();
    }

    /**
     * A week (a go-live, stabilization or plan) that reads as the horizon in a batch with runs not
     * finished by then: what it dates had not come by the horizon, so it is only known to be later.
     */
    public boolean afterHorizon(double week) {
        return week >= horizonWeeks && summary.metric(BatchStatistics.COMPLETION_WEEK).censored() > 0;
    }

    /**
     * The mean of a cost metric takes in every run, so with any run not finished by the horizon,
     * whose cost counts only to then, it is only known to be at least what it reads.
     */
    public boolean meanAtLeast(MetricSummary metric) {
        return metric.censored() > 0;
    }

    /**
     * The mean of a dated output ({@code completionWeek}, a wave's go-live) whose largest value is the
     * horizon in a batch with runs not finished by then: it takes in runs for which what it dates had
     * not come, whose week counts only to the horizon, so it is only known to be at least what it reads.
     */
    public boolean meanOfWeeksAtLeast(MetricSummary metric) {
        return afterHorizon(metric.max());
    }

    /**
     * A cost figure of {@code metric} (a percentile, its smallest or largest value) that may take in
     * runs not finished by the horizon, whose costs count only to then: it is only known to be at
     * least what it reads. The rule of {@link Horizon#costCut}, fed with the metric's lowest value
     * among those runs.
     */
    public boolean atLeast(MetricSummary metric, double value) {
        return new Horizon(horizonWeeks, metric.censored(), Math.max(summary.runs(), metric.censored()),
                metric.censoredMin()).costCut(value);
    }
}
