/**
 * Statistics of a batch of runs. {@link org.rolloutsim.stats.BatchStatistics} receives the runs from
 * the batch runner, in run-index order, keeping each scalar output in a compact primitive column and
 * each weekly series in per-week counts whose size does not grow with the run count; {@link org.rolloutsim.stats.BatchSummary} is what it
 * says: per-metric quantiles with distribution-free intervals, the chances of meeting the date and
 * the budget (and both: the JCL), the drivers of completion and cost, convergence, weekly fans.
 */
package org.rolloutsim.stats;
