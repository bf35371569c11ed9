package org.rolloutsim.stats;

import java.util.Arrays;

/**
 * P10, P50 and P90 of one weekly series in each week, over all runs of a batch: the bands of a fan
 * chart. Weeks run from 0 to the last week any run recorded. Values are exact for batches of up to
 * 1,024 runs, for whole-number series (sites live, head-count, open defects) and at 0; otherwise
 * within 0.1% (see {@link WeekDistribution}).
 */
public final class WeeklyFan {
    private final String series;
    private final double[] p10;
    private final double[] p50;
    private final double[] p90;

    public WeeklyFan(String series, double[] p10, double[] p50, double[] p90) {
        if (p10.length != p50.length || p10.length != p90.length) {
            throw new IllegalArgumentException("band arrays differ in length");
        }
        this.series = series;
        this.p10 = p10.clone();
        this.p50 = p50.clone();
        this.p90 = p90.clone();
    }

    public String series() {
        return series;
    }

    public int weeks() {
        return p50.length;
    }

    public double p10(int week) {
        return p10[week];
    }

    public double p50(int week) {
        return p50[week];
    }

    public double p90(int week) {
        return p90[week];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyFan f && series.equals(f.series) && Arrays.equals(p10, f.p10)
                && Arrays.equals(p50, f.p50) && Arrays.equals(p90, f.p90);
    }

    @Override
    public int hashCode() {
        return series.hashCode() * 31 + Arrays.hashCode(p50);
    }
}
