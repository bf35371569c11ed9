package org.rolloutsim.stats;

import java.nio.DoubleBuffer;
import java.util.Arrays;

/**
 * How far an input swings an outcome: the mean outcome of the share {@code tail} of runs with the
 * most of the input minus that of the share with the least (runs ordered by the input, ties by run
 * index, so a yes/no input compares runs where it happened with runs where it did not whenever each
 * is at least that share). In the outcome's unit: weeks or money.
 *
 * <p>The runs at each end are found from the input's sorted values (the value at each edge, and how
 * many runs equal to it are inside), then the outcomes are summed in one pass over the runs, so
 * nothing is kept per run beyond the summary's working space, and the input is sorted once for all
 * outcomes.
 */
final class InputSwing {
    private InputSwing() {
    }

    /**
     * The swing of each of {@code outcomes} by the first {@code n} runs of {@code input}; NaN when
     * the share is less than one run.
     */
    static double[] of(ScalarColumn input, int n, double tail, ColumnReader[] outcomes, RunScratch scratch) {
        int count = (int) Math.floor(n * tail);
        double[] swing = new double[outcomes.length];
        if (count < 1) {
            Arrays.fill(swing, Double.NaN);
            return swing;
        }
        DoubleBuffer sorted = scratch.doubles(n);
        input.sortedCopy(sorted, n, scratch);
        double lowEdge = sorted.get(count - 1);
        double highEdge = sorted.get(n - count);
        // runs equal to an edge value: the first ones by index belong to the bottom end, the last ones to the top
        int lowTies = count - Ranking.lowerBound(sorted, n, lowEdge);
        int highUpper = Ranking.upperBound(sorted, n, highEdge);
        int highSkipped = (highUpper - Ranking.lowerBound(sorted, n, highEdge)) - (count - (n - highUpper));
        ColumnReader in = new ColumnReader(input, n);
        double[] low = new double[outcomes.length];
        double[] high = new double[outcomes.length];
        for (int i = 0; i < n; i++) {
            double v = in.get(i);
            int belowLow = Double.compare(v, lowEdge);
            boolean inLow = belowLow < 0 || (belowLow == 0 && lowTies-- > 0);
            int aboveHigh = Double.compare(v, highEdge);
            boolean inHigh = aboveHigh > 0 || (aboveHigh == 0 && highSkipped-- <= 0);
            for (int o = 0; o < outcomes.length; o++) {
                if (inLow) {
                    low[o] += outcomes[o].get(i);
                }
                if (inHigh) {
                    high[o] += outcomes[o].get(i);
                }
            }
        }
        for (int o = 0; o < outcomes.length; o++) {
            swing[o] = (high[o] - low[o]) / count;
        }
        return swing;
    }
}
