package org.rolloutsim.report.text;

import java.util.function.DoubleFunction;

import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.report.view.VariantResult;

/**
 * What a paired difference (first − second) can claim when runs of either option did not finish by
 * the horizon. Such a run holds the horizon as its completion and its costs up to then, both only
 * known to be too small: in a run where the first option did not finish, the difference can only be
 * larger than recorded; where the second did not, only smaller; where neither did, it could be
 * anything. A figure of the differences is then exact, a lower bound, an upper bound, or neither,
 * according to the runs that could move it: the paired form of {@link BoardTables#unfinishedAt} (a
 * level among unfinished runs) and of the contingency's "at least".
 *
 * <p>Two variants of one scenario (the same hash: {@link VariantResult#sameScenarioAs}) ran the same
 * runs: a run both left unfinished, equal in what it records, differs by exactly 0, and counts as the
 * same, not as not known.
 */
public final class CensoredDifference {

    /** What a figure of the differences is. */
    public enum Bound {
        /** No run that could move it: the figure is what it says. */
        EXACT,
        /** Only runs in which the first option did not finish could move it, and only up. */
        AT_LEAST,
        /** Only runs in which the second option did not finish could move it, and only down. */
        AT_MOST,
        /** Runs could move it either way. */
        NOT_EXACT;

        /** The figure with what it is: "+396 weeks", "at least +396 weeks", "at most −$12M", "+3.1 weeks, not exact". */
        public String of(String figure) {
            return switch (this) {
                case EXACT -> figure;
                case AT_LEAST -> "at least " + figure;
                case AT_MOST -> "at most " + figure;
                case NOT_EXACT -> figure + ", not exact";
            };
        }

        static Bound of(boolean up, boolean down) {
            return up && down ? NOT_EXACT : up ? AT_LEAST : down ? AT_MOST : EXACT;
        }
    }

    /** What the words "at least", "at most" and "not exact" of a paired difference mean. */
    public static final String NOTE = "Runs not finished by the horizon count the horizon as their completion and"
            + " their cost only up to then, both too small: a paired difference that takes in such runs is at least"
            + " the figure shown where the first option did not finish, at most the figure where the second did not,"
            + " and not exact where neither did or both cases occur. \u201cNot known\u201d: the runs in which, for"
            + " that reason, it cannot be told which option is lower.";

    private final float[] differences;
    /** Per run: the first option did not finish (the difference can only rise). */
    private final boolean[] rises;
    /** Per run: the second option did not finish (the difference can only fall). */
    private final boolean[] falls;
    private final boolean anyRise;
    private final boolean anyFall;
    /**
     * The pair is the one the comparison holds the other way round ({@link PairedDifference#reversed}):
     * its median is the held pair's median negated, which over an even number of runs is the upper of
     * its own two middle values, not the lower.
     */
    private final boolean reversed;
    /** Sorted on first use by {@link #percentile}: every difference, those that cannot rise, those that cannot fall. */
    private float[] sorted;
    private float[] steady;
    private float[] floor;

    private CensoredDifference(float[] differences, boolean[] rises, boolean[] falls, boolean anyRise, boolean anyFall,
                               boolean reversed) {
        this.differences = differences;
        this.rises = rises;
        this.falls = falls;
        this.anyRise = anyRise;
        this.anyFall = anyFall;
        this.reversed = reversed;
    }

    /**
     * The pair {@code d} read against the runs its two variants left unfinished. Without per-run
     * differences (quantiles only) every figure is taken as moved by every unfinished run.
     */
    public static CensoredDifference of(ComparisonData data, PairedDifference d) {
        VariantResult first = data.variant(d.first());
        VariantResult second = data.variant(d.second());
        float[] values = d.difference().values();
        boolean[] rises = unfinished(first, values.length);
        boolean[] falls = unfinished(second, values.length);
        boolean anyRise = first != null && first.censoredRuns() > 0;
        boolean anyFall = second != null && second.censoredRuns() > 0;
        if (rises == null || falls == null) {
            return new CensoredDifference(new float[0], null, null, anyRise, anyFall, false);
        }
        if (first.sameScenarioAs(second)) {
            // the same scenario on the same random numbers: run i of each is one run, cut off at the same
            // horizon with the same cost so far, and had it gone on it would have gone on alike; the
            // difference is exactly what it reads, 0, not a bound
            anyRise = false;
            anyFall = false;
            for (int i = 0; i < values.length; i++) {
                if (rises[i] && falls[i] && values[i] == 0) {
                    rises[i] = false;
                    falls[i] = false;
                }
                anyRise |= rises[i];
                anyFall |= falls[i];
            }
        }
        return new CensoredDifference(values, rises, falls, anyRise, anyFall, heldTheOtherWay(data, d));
    }

    /** Whether the comparison holds {@code d} only the other way round (second − first). */
    private static boolean heldTheOtherWay(ComparisonData data, PairedDifference d) {
        boolean asIs = false;
        boolean otherWay = false;
        for (PairedDifference held : data.differences()) {
            if (held.outcome() == d.outcome()) {
                asIs |= held.first().equals(d.first()) && held.second().equals(d.second());
                otherWay |= held.first().equals(d.second()) && held.second().equals(d.first());
            }
        }
        return otherWay && !asIs;
    }

    /** Per run, whether the variant did not finish by the horizon; null when its runs do not pair with {@code n}. */
    private static boolean[] unfinished(VariantResult v, int n) {
        boolean[] out = new boolean[n];
        if (v == null || v.censoredRuns() == 0) {
            return out;
        }
        float[] weeks = v.completion().values();
        if (weeks.length != n || n == 0) {
            return null;
        }
        double horizon = v.horizon();
        for (int i = 0; i < n; i++) {
            out[i] = weeks[i] >= horizon;
        }
        return out;
    }

    /** True when no run of either option was left unfinished: every figure is exact. */
    public boolean exact() {
        return !anyRise && !anyFall;
    }

    /** The mean difference and its interval: every run enters them. */
    public Bound mean() {
        return Bound.of(anyRise, anyFall);
    }

    /**
     * The percentile of the differences at {@code level} (nearest rank, as {@link
     * org.rolloutsim.report.view.Quantiles}), as {@code shown} writes it. Were every run that can rise
     * far larger, the percentile would become the same rank among the other runs, and likewise
     * downwards: it is a bound only when that could change what is written. A few cut-off runs among
     * many equal differences leave a median where it is; runs cut off beyond a percentile never move it.
     *
     * <p>The rank is that of the figure shown. The median of a pair read the other way round (the
     * verdict's "B against A" of the table's A − B) is the table's median negated, the same run, so
     * its bound is the table's with "at least" and "at most" exchanged: over an even number of runs
     * that is the upper of the pair's own two middle values.
     */
    public Bound percentile(double level, DoubleFunction<String> shown) {
        if (rises == null) {
            return mean();
        }
        int n = differences.length;
        int k = Math.max(0, Math.min(n - 1, (int) Math.ceil(level * n - 1e-9) - 1));
        if (reversed && level == 0.5) {
            k = n - 1 - k;
        }
        if (sorted == null) {
            sorted = differences.clone();
            java.util.Arrays.sort(sorted);
            steady = kept(rises);
            floor = kept(falls);
        }
        float[] all = sorted;
        String figure = shown.apply(all[k]);
        int falling = n - floor.length;
        // with the rising runs beyond every other, the k-th smallest is the k-th of the rest (or beyond all)
        boolean up = k >= steady.length || !shown.apply(steady[k]).equals(figure);
        // with the falling runs below every other, it is the (k − falling)-th of the rest (or below all)
        boolean down = k < falling || !shown.apply(floor[k - falling]).equals(figure);
        return Bound.of(up, down);
    }

    private float[] kept(boolean[] moves) {
        float[] out = new float[differences.length];
        int m = 0;
        for (int i = 0; i < differences.length; i++) {
            if (!moves[i]) {
                out[m++] = differences[i];
            }
        }
        out = java.util.Arrays.copyOf(out, m);
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * The shares of runs in which the first is lower, higher, the same, and in which that is not
     * known (they add up to 1): a run whose difference can rise but reads 0 or less, or can fall but
     * reads 0 or more, could be either. For completion these are the runs neither option finished;
     * for cost, also those where the option cut off reads cheaper.
     */
    public double[] shares(PairedDifference d) {
        double[] out = {d.firstLower(), d.firstHigher(), d.same(), 0};
        if (rises == null || differences.length == 0) {
            return out;
        }
        int lower = 0;
        int higher = 0;
        int same = 0;
        for (int i = 0; i < differences.length; i++) {
            float x = differences[i];
            if ((rises[i] && x <= 0) || (falls[i] && x >= 0)) {
                lower += x < 0 ? 1 : 0;
                higher += x > 0 ? 1 : 0;
                same += x == 0 ? 1 : 0;
            }
        }
        double n = differences.length;
        out[0] = Math.max(0, out[0] - lower / n);
        out[1] = Math.max(0, out[1] - higher / n);
        out[2] = Math.max(0, out[2] - same / n);
        out[3] = (lower + higher + same) / n;
        return out;
    }
}
