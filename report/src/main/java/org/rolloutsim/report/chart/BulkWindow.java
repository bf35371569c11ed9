package org.rolloutsim.report.chart;

import org.rolloutsim.report.view.SortedValues;

/**
 * The part of an axis given to the bulk of the runs, and a separate band after it for the rest.
 *
 * <p>A tail of runs far out (or runs not finished by the horizon, which sit at the horizon) would
 * stretch an axis so far that the bulk becomes a thin spike at its left end. So the axis shows
 * values in place up to {@link #high()}: the largest finished value that lies no further than
 * {@value #FAR} of the bulk's width beyond the bulk (from the smallest value to the 90th
 * percentile), or beyond the target or budget when that lies further out. Values above {@code high} (outliers and
 * unfinished runs) are drawn together in a labelled band after a gap, so they are never hidden.
 * All positions are in the values' own unit (weeks or currency); charts map them to their axes.
 */
final class BulkWindow {

    /**
     * Share of runs whose span the axis always shows in place: the rest, if far out, go in the band,
     * so a tail of 5% of runs years late never squeezes the bulk into a sliver.
     */
    static final double QUANTILE = 0.9;
    /** How far beyond the bulk (as a share of its width) the largest value must lie to be gathered. */
    static final double FAR = 0.5;
    private static final double GAP = 0.05;
    private static final double BAND = 0.09;

    private final double low;
    private final double high;
    private final double edge;
    private final int beyond;
    private final int beyondUnfinished;
    private final int total;

    private BulkWindow(double low, double high, double edge, int beyond, int beyondUnfinished, int total) {
        this.low = low;
        this.high = high;
        this.edge = edge;
        this.beyond = beyond;
        this.beyondUnfinished = beyondUnfinished;
        this.total = total;
    }

    /**
     * The window of {@code sorted} values.
     *
     * @param unfinishedAt values at or above it are unfinished runs (the horizon); +∞ when none can be
     * @param keep         a target or budget to keep on the scale, or null
     */
    static BulkWindow of(SortedValues sorted, double unfinishedAt, Double keep) {
        int n = sorted.size();
        if (n == 0) {
            double at = keep == null ? 0 : keep;
            return new BulkWindow(at, at, at, 0, 0, 0);
        }
        int finished = 0;
        while (finished < n && sorted.get(finished) < unfinishedAt) {
            finished++;
        }
        double min = sorted.get(0);
        if (finished == 0) {
            // nothing finished: one value (the horizon) and nothing to gather
            double at = sorted.get(n - 1);
            return new BulkWindow(min, at, keep == null ? at : Math.max(at, keep), 0, 0, n);
        }
        double maxFinished = sorted.get(finished - 1);
        double quantile = sorted.get(Math.max(0, Math.min(n - 1, (int) Math.ceil(QUANTILE * n) - 1)));
        double bulk = Math.min(quantile, maxFinished);
        // values up to a little beyond the bulk stay in place; only the far ones are gathered
        double high = largestUpTo(sorted, finished, bulk + FAR * (bulk - min));
        if (keep != null && keep > high) {
            high = largestUpTo(sorted, finished, Math.max(keep, keep + FAR * (keep - min)));
        }
        double edge = keep == null ? high : Math.max(high, Math.min(keep, unfinishedAt));
        int beyond = 0;
        int unfinished = 0;
        for (int i = n - 1; i >= 0 && sorted.get(i) > high; i--) {
            beyond++;
            unfinished += sorted.get(i) >= unfinishedAt ? 1 : 0;
        }
        return new BulkWindow(min, high, edge, beyond, unfinished, n);
    }

    /** The largest of the first {@code count} sorted values that is at most {@code limit} (the first if none). */
    private static double largestUpTo(SortedValues sorted, int count, double limit) {
        int i = count - 1;
        while (i > 0 && sorted.get(i) > limit) {
            i--;
        }
        return sorted.get(i);
    }

    /** Smallest value. */
    double low() {
        return low;
    }

    /** Largest value drawn in place; larger ones go to the band. */
    double high() {
        return high;
    }

    /** End of the in-place scale: {@code high} or the target/budget if that lies further. */
    double edge() {
        return edge;
    }

    boolean hasBand() {
        return beyond > 0;
    }

    /** Runs drawn in the band. */
    int beyond() {
        return beyond;
    }

    /** Of the runs in the band, those not finished by the horizon. */
    int beyondUnfinished() {
        return beyondUnfinished;
    }

    double shareBeyond() {
        return total == 0 ? 0 : beyond / (double) total;
    }

    double shareUnfinished() {
        return total == 0 ? 0 : beyondUnfinished / (double) total;
    }

    /** Width of the in-place scale, at least {@code minSpan}. */
    double span(double minSpan) {
        return Math.max(minSpan, edge - low);
    }

    double bandLow(double minSpan) {
        return edge + GAP * span(minSpan);
    }

    double bandHigh(double minSpan) {
        return bandLow(minSpan) + BAND * span(minSpan);
    }

    double bandCentre(double minSpan) {
        return (bandLow(minSpan) + bandHigh(minSpan)) / 2;
    }

    /** Where a value is drawn: in place, or in the middle of the band. */
    double place(double value, double minSpan) {
        return value <= high ? value : bandCentre(minSpan);
    }
}
