package org.rolloutsim.batch;

/**
 * How a batch ended.
 *
 * @param firstRun     index of the first run
 * @param runsDone     runs handed to the consumer, a contiguous range from {@code firstRun}
 * @param cancelled    true when cancellation stopped the batch before all runs were done
 */
public record BatchResult(int firstRun, int runsDone, boolean cancelled) {
}
