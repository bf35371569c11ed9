package org.rolloutsim.report.chart;

/**
 * Equal-width bins over per-run values, and the cumulative share at each bin's upper edge (the
 * S-curve). One pass over the values, so millions of runs cost no copy.
 */
final class Histogram {

    private final double low;
    private final double width;
    private final long[] counts;
    private final long total;

    private Histogram(double low, double width, long[] counts, long total) {
        this.low = low;
        this.width = width;
        this.counts = counts;
        this.total = total;
    }

    /**
     * Bins {@code values} into at most {@code bins} bins. When every value is the same (zero
     * variance) a single bin of {@code minWidth} centred on it is returned, so the chart still shows
     * one bar rather than nothing.
     */
    static Histogram of(float[] values, int bins, double minWidth) {
        return of(values, bins, minWidth, false);
    }

    /**
     * As {@link #of(float[], int, double)}; with {@code whole} the bin width is a whole multiple of
     * {@code minWidth} and bins are centred on multiples of it, so whole-week completion values
     * never alternate between 4 and 5 weeks per bin (a comb-shaped, misleading histogram).
     */
    static Histogram of(float[] values, int bins, double minWidth, boolean whole) {
        return of(values, bins, minWidth, whole, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #of(float[], int, double, boolean)} over the values up to {@code upTo} only; larger
     * values are not binned but still count in the total, so shares stay shares of all runs and the
     * S-curve ends below 1 by exactly the share left out.
     */
    static Histogram of(float[] values, int bins, double minWidth, boolean whole, double upTo) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long inside = 0;
        for (float v : values) {
            if (v <= upTo) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                inside++;
            }
        }
        if (inside == 0) {
            return new Histogram(0, minWidth, new long[0], values.length);
        }
        if (max - min < minWidth) {
            long[] one = {inside};
            double centre = (min + max) / 2;
            return new Histogram(centre - minWidth / 2, minWidth, one, values.length);
        }
        double width = Math.max(minWidth, (max - min) / bins);
        if (whole) {
            width = Math.ceil(width / minWidth) * minWidth;
            min -= minWidth / 2;
            max += minWidth / 2;
        }
        int n = (int) Math.ceil((max - min) / width);
        // the maximum lands exactly on the last edge; keep it in the last bin
        long[] counts = new long[Math.max(1, n)];
        for (float v : values) {
            if (v <= upTo) {
                int bin = (int) ((v - min) / width);
                counts[Math.min(counts.length - 1, bin)]++;
            }
        }
        return new Histogram(min, width, counts, values.length);
    }

    int bins() {
        return counts.length;
    }

    double lower(int bin) {
        return low + bin * width;
    }

    double upper(int bin) {
        return low + (bin + 1) * width;
    }

    long count(int bin) {
        return counts[bin];
    }

    /** Share of all values in the bin. */
    double share(int bin) {
        return total == 0 ? 0 : counts[bin] / (double) total;
    }

    /** Share of values in this bin or below: the S-curve at the bin's upper edge. */
    double cumulativeShare(int bin) {
        long sum = 0;
        for (int i = 0; i <= bin; i++) {
            sum += counts[i];
        }
        return total == 0 ? 0 : sum / (double) total;
    }
}
