package org.rolloutsim.stats;

import java.nio.DoubleBuffer;
import java.util.Arrays;

/**
 * How far an input swings an outcome: the mean outcome of the share {@code tail} of runs with the
 * most of the input minus that of the share with the least (runs ordered by the input, ties by run
 * index). A yes/no input (every value 0 or 1, a risk's {@code occurred}) compares all the runs where
 * it happened with all those where it did not: a tenth of each, taken by run index from a group of
 * many tied runs, would be a small sample of it, noisy enough to give a risk the wrong sign. In the
 * outcome's unit: weeks or money.
 *
 * <p>The runs at each end are found from the input's values at the two edge ranks (selected, not
 * sorted: a report orders runs by some forty inputs) and how many runs equal each edge value lie
 * inside; then the outcomes are summed in one pass over the runs, so nothing is kept per run beyond
 * the summary's working space, and the edges are found once for all outcomes.
 */
final class InputSwing {
    private InputSwing() {
    }

    /**
     * The swing of each of {@code outcomes} by the first {@code n} runs of {@code input}; NaN when
     * the share is less than one run.
     */
    static double[] of(ScalarColumn input, int n, double tail, ColumnReader[] outcomes, RunScratch scratch) {
        SwingEnds ends = ends(input, n, tail, outcomes, scratch);
        double[] swing = new double[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            swing[o] = ends.swing(o);
        }
        return swing;
    }

    /**
     * The mean of each of {@code outcomes} at the two ends of the first {@code n} runs of
     * {@code input}: the runs {@link #of} compares. NaN at both ends when the share is less than one
     * run; for a yes/no input that always or never happened, the mean of all runs at both ends.
     */
    static SwingEnds ends(ScalarColumn input, int n, double tail, ColumnReader[] outcomes, RunScratch scratch) {
        int count = (int) Math.floor(n * tail);
        if (count < 1) {
            double[] none = new double[outcomes.length];
            Arrays.fill(none, Double.NaN);
            return new SwingEnds(none, none.clone(), none.clone());
        }
        // the input's values at the two edges, by rank, and how many runs lie below and at each
        DoubleBuffer values = scratch.doubles(n);
        ColumnReader copy = new ColumnReader(input, n);
        int segmentRuns = copy.segmentRuns();
        int ones = 0;
        boolean yesNo = true;
        for (int k = 0, start = 0; start < n; k++, start += segmentRuns) {
            int chunkRuns = Math.min(segmentRuns, n - start);
            double[] chunk = copy.segment(k);
            values.put(start, chunk, 0, chunkRuns);
            for (int j = 0; j < chunkRuns; j++) {
                double v = chunk[j];
                ones += v == 1 ? 1 : 0;
                yesNo &= v == 0 || v == 1;
            }
        }
        if (yesNo) {
            return occurredAgainstNot(input, n, ones, outcomes);
        }
        Selection selection = new Selection();
        double lowEdge = selection.select(values, 0, n, count - 1);
        int highRank = n - count;
        double highEdge = highRank > count - 1 ? selection.select(values, count, n, highRank)
                : highRank < count - 1 ? selection.select(values, 0, count - 1, highRank) : lowEdge;
        int lowCount = 0;
        int belowHigh = 0;
        int atOrBelowHigh = 0;
        for (int i = 0; i < n; i++) {
            double v = values.get(i);
            lowCount += Double.compare(v, lowEdge) < 0 ? 1 : 0;
            int c = Double.compare(v, highEdge);
            belowHigh += c < 0 ? 1 : 0;
            atOrBelowHigh += c <= 0 ? 1 : 0;
        }
        // runs equal to an edge value: the first ones by index belong to the bottom end, the last ones to the top
        int lowTies = count - lowCount;
        int highSkipped = (atOrBelowHigh - belowHigh) - (count - (n - atOrBelowHigh));
        // a segment of runs at a time, so the loop reads arrays; the sums take the runs in index order
        double[] low = new double[outcomes.length];
        double[] high = new double[outcomes.length];
        double[][] outcome = new double[outcomes.length][];
        for (int k = 0, start = 0; start < n; k++, start += segmentRuns) {
            int runs = Math.min(segmentRuns, n - start);
            double[] in = copy.segment(k);
            for (int o = 0; o < outcomes.length; o++) {
                outcome[o] = segmentOf(outcomes[o], k, segmentRuns);
            }
            for (int j = 0; j < runs; j++) {
                double v = in[j];
                int belowLow = Double.compare(v, lowEdge);
                boolean inLow = belowLow < 0 || (belowLow == 0 && lowTies-- > 0);
                int aboveHigh = Double.compare(v, highEdge);
                boolean inHigh = aboveHigh > 0 || (aboveHigh == 0 && highSkipped-- <= 0);
                if (inLow) {
                    for (int o = 0; o < outcomes.length; o++) {
                        low[o] += outcome[o][j];
                    }
                }
                if (inHigh) {
                    for (int o = 0; o < outcomes.length; o++) {
                        high[o] += outcome[o][j];
                    }
                }
            }
        }
        double[] swing = new double[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            swing[o] = (high[o] - low[o]) / count;
            low[o] /= count;
            high[o] /= count;
        }
        return new SwingEnds(low, high, swing);
    }

    /**
     * The mean outcomes where a yes/no input is 1 (the top end) and where it is 0 (the bottom end);
     * when it always or never happened, the mean of all runs at both ends, so the swing is 0.
     */
    private static SwingEnds occurredAgainstNot(ScalarColumn input, int n, int ones, ColumnReader[] outcomes) {
        double[] yes = new double[outcomes.length];
        double[] no = new double[outcomes.length];
        ColumnReader in = new ColumnReader(input, n);
        int segmentRuns = in.segmentRuns();
        double[][] outcome = new double[outcomes.length][];
        for (int k = 0, start = 0; start < n; k++, start += segmentRuns) {
            int runs = Math.min(segmentRuns, n - start);
            double[] happened = in.segment(k);
            for (int o = 0; o < outcomes.length; o++) {
                outcome[o] = segmentOf(outcomes[o], k, segmentRuns);
            }
            for (int j = 0; j < runs; j++) {
                double[] sums = happened[j] == 1 ? yes : no;
                for (int o = 0; o < outcomes.length; o++) {
                    sums[o] += outcome[o][j];
                }
            }
        }
        double[] swing = new double[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            if (ones == 0 || ones == n) {
                yes[o] = (yes[o] + no[o]) / n;
                no[o] = yes[o];
            } else {
                yes[o] /= ones;
                no[o] /= n - ones;
                swing[o] = yes[o] - no[o];
            }
        }
        return new SwingEnds(no, yes, swing);
    }

    /** Segment {@code k} of an outcome, read in the input's segments (those of one batch's columns agree). */
    private static double[] segmentOf(ColumnReader outcome, int k, int segmentRuns) {
        if (outcome.segmentRuns() != segmentRuns) {
            throw new IllegalArgumentException("input and outcome are read in segments of different lengths");
        }
        return outcome.segment(k);
    }
}
