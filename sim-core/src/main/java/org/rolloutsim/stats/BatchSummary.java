package org.rolloutsim.stats;

import java.util.List;
import java.util.Objects;

/**
 * Everything a batch of runs says, as numbers a planner can quote: one {@link MetricSummary} per
 * scalar of the output schema (in schema order), the chances of meeting the targets, the date and
 * cost at chosen joint confidence levels, what drives completion and cost, how the answers settled
 * as runs were added, and the weekly fans. Immutable.
 *
 * @param firstRun      index of the first run included
 * @param runs          runs included (a contiguous range from {@code firstRun})
 * @param metrics       per scalar, in schema order
 * @param targets       the targets the probabilities refer to
 * @param probabilities P(on time), P(on budget), and both (JCL)
 * @param jclPoints     date and cost at each joint confidence level computed
 * @param sensitivity   tornado rankings for completion week and programme cost (those present)
 * @param convergence   running P50/P80 of completion week and programme cost (those present)
 * @param fans          P10/P50/P90 per week of each weekly series, in schema order; none for a batch
 *                      that collected none
 */
public record BatchSummary(int firstRun, int runs, List<MetricSummary> metrics, Targets targets,
                           TargetProbabilities probabilities, List<JclPoint> jclPoints,
                           List<Sensitivity> sensitivity, List<ConvergenceTrace> convergence,
                           List<WeeklyFan> fans) {

    public BatchSummary {
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(probabilities, "probabilities");
        jclPoints = List.copyOf(jclPoints);
        sensitivity = List.copyOf(sensitivity);
        convergence = List.copyOf(convergence);
        fans = List.copyOf(fans);
    }

    /**
     * This summary with only the named metrics and no sensitivity, convergence or weekly fans: what a
     * table over many summaries (a sweep's grid) needs to keep of each, in a fraction of the memory.
     */
    public BatchSummary keeping(List<String> metricNames) {
        List<MetricSummary> kept = metrics.stream().filter(m -> metricNames.contains(m.name())).toList();
        return new BatchSummary(firstRun, runs, kept, targets, probabilities, jclPoints, List.of(), List.of(),
                List.of());
    }

    /** The summary of the scalar named {@code name}; fails when the batch has none. */
    public MetricSummary metric(String name) {
        for (MetricSummary m : metrics) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no metric named " + name);
    }

    /** True when the batch has a scalar named {@code name}. */
    public boolean hasMetric(String name) {
        return metrics.stream().anyMatch(m -> m.name().equals(name));
    }

    /**
     * The date and cost at joint confidence {@code level}; the level must be one the summary was
     * computed for ({@link BatchStatistics#DEFAULT_JCL_LEVELS} unless others were asked for).
     */
    public JclPoint dateAndCostAtJcl(double level) {
        for (JclPoint p : jclPoints) {
            if (p.level() == level) {
                return p;
            }
        }
        throw new IllegalArgumentException("no JCL point computed at level " + level);
    }

    /** The tornado ranking for output {@code output}; fails when it was not computed. */
    public Sensitivity sensitivityOf(String output) {
        for (Sensitivity s : sensitivity) {
            if (s.output().equals(output)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sensitivity for " + output);
    }

    /** The weekly fan of series {@code series}; fails when there is none. */
    public WeeklyFan fan(String series) {
        for (WeeklyFan f : fans) {
            if (f.series().equals(series)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no weekly series named " + series);
    }
}
