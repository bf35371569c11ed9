package org.rolloutsim.output;

import java.util.Arrays;

/**
 * What one run recorded, laid out by an {@link OutputSchema}: scalars in a {@code double[]},
 * weekly series in {@code float[series][week]}. A buffer is reused from run to run, so recording
 * allocates nothing; {@link #reset()} clears it before a run.
 */
public final class RunOutput {
    private final double[] scalars;
    private final float[][] series;
    private int weeks;
    private int runIndex = -1;

    RunOutput(int scalarCount, int seriesCount, int maxWeeks) {
        this.scalars = new double[scalarCount];
        this.series = new float[seriesCount][maxWeeks];
    }

    /** Clears every value, ready for run {@code runIndex}. */
    public void reset(int runIndex) {
        Arrays.fill(scalars, 0);
        for (float[] s : series) {
            Arrays.fill(s, 0, weeks, 0f);
        }
        weeks = 0;
        this.runIndex = runIndex;
    }

    /** Clears every value. */
    public void reset() {
        reset(-1);
    }

    /** The run this buffer currently holds. */
    public int runIndex() {
        return runIndex;
    }

    public void set(int scalar, double value) {
        scalars[scalar] = value;
    }

    public double get(int scalar) {
        return scalars[scalar];
    }

    /** Records week {@code week} of series {@code s}; weeks must be recorded from 0 upward. */
    public void record(int s, int week, float value) {
        series[s][week] = value;
        if (week >= weeks) {
            weeks = week + 1;
        }
    }

    public float series(int s, int week) {
        return series[s][week];
    }

    /** Weeks recorded: the run's last simulated week + 1. */
    public int weeks() {
        return weeks;
    }

    /** Copies everything from {@code other}, which must have the same shape. */
    public void copyFrom(RunOutput other) {
        System.arraycopy(other.scalars, 0, scalars, 0, scalars.length);
        for (int s = 0; s < series.length; s++) {
            System.arraycopy(other.series[s], 0, series[s], 0, Math.max(weeks, other.weeks));
        }
        weeks = other.weeks;
        runIndex = other.runIndex;
    }
}
