package org.rolloutsim.stats;

import java.util.Arrays;

/**
 * Running P50 and P80 of one metric over the first k runs, at checkpoints k (powers of two, regular
 * multiples and the last run): flat lines say more runs would not change the answer.
 */
public final class ConvergenceTrace {
    private final String metric;
    private final int[] runs;
    private final double[] p50;
    private final double[] p80;

    public ConvergenceTrace(String metric, int[] runs, double[] p50, double[] p80) {
        if (runs.length != p50.length || runs.length != p80.length) {
            throw new IllegalArgumentException("checkpoint arrays differ in length");
        }
        this.metric = metric;
        this.runs = runs.clone();
        this.p50 = p50.clone();
        this.p80 = p80.clone();
    }

    public String metric() {
        return metric;
    }

    public int size() {
        return runs.length;
    }

    /** Runs included at checkpoint i. */
    public int runs(int i) {
        return runs[i];
    }

    public double p50(int i) {
        return p50[i];
    }

    public double p80(int i) {
        return p80[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConvergenceTrace t && metric.equals(t.metric) && Arrays.equals(runs, t.runs)
                && Arrays.equals(p50, t.p50) && Arrays.equals(p80, t.p80);
    }

    @Override
    public int hashCode() {
        return metric.hashCode() * 31 + Arrays.hashCode(runs);
    }
}
