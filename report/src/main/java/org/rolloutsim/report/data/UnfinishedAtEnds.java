package org.rolloutsim.report.data;

/**
 * How many runs at each end of an input's swing had not finished by the horizon: the share of the
 * tenth of runs with the least of the input (for a risk, where it did not occur) and of the tenth
 * with the most (where it occurred). The report marks a driver whose two ends differ in it by 10
 * points or more, as its swing then compares runs cut off at the horizon with runs that finished;
 * {@code summary.json} gives both shares so a reader can tell the same.
 *
 * @param withLeast share (0 to 1) of the runs with the least of the input not finished; NaN when unknown
 * @param withMost  the same for the runs with the most of it
 */
public record UnfinishedAtEnds(double withLeast, double withMost) {
}
