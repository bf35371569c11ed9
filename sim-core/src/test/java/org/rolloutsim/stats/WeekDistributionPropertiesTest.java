package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The weekly fan store against exact quantiles computed by sorting, on generated weeks of values:
 * whole numbers, point masses at zero, magnitudes over many powers of two, mixed signs. Seeds are
 * fixed so a run is reproducible.
 */
class WeekDistributionPropertiesTest {
    private static final double RELATIVE = Math.pow(2, -10);
    private static final double FLOOR = Math.pow(2, -16);
    /** The answer is written as a float: one more rounding of at most 2^-24, relative. */
    private static final double FLOAT_ROUNDING = Math.pow(2, -24);

    @Property(tries = 300, seed = "20261201")
    void everyQuantileIsWithinTheDocumentedBound(@ForAll("weeks") float[] values,
                                                 @ForAll @DoubleRange(min = 0.0, max = 1.0) double level,
                                                 @ForAll @IntRange(min = 0, max = 3000) int extraZeros) {
        double exact = exact(values, extraZeros, level);
        double got = (float) quantile(values, extraZeros, level);
        if (exact == 0 || values.length <= WeekDistribution.EXACT_VALUES || wholeAndNarrow(values)) {
            assertEquals(exact, got, "exact: zero, few values, or whole numbers within the span");
            return;
        }
        double largest = 0;
        boolean whole = true;
        for (float v : values) {
            if (Math.signum(v) == Math.signum(exact)) {
                largest = Math.max(largest, Math.abs(v));
            }
            whole &= v == Math.rint(v);
        }
        double floor = FLOOR * largest;
        if (whole) {
            assertEquals(Math.rint(got), got, "whole numbers give a whole number");
            if (Math.abs(exact) < 1024 && Math.abs(exact) >= 2 * floor) {
                assertEquals(exact, got, "whole numbers below 1,024 and above the floor are exact");
                return;
            }
        }
        double bound = Math.max(RELATIVE * Math.abs(exact), floor) + FLOAT_ROUNDING * Math.abs(exact);
        assertEquals(exact, got, bound);
    }

    @Property(tries = 100, seed = "20261202")
    void theOrderValuesArriveInChangesNothing(@ForAll("weeks") float[] values, @ForAll long shuffleSeed) {
        List<Float> shuffled = new ArrayList<>();
        for (float v : values) {
            shuffled.add(v);
        }
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        float[] other = new float[values.length];
        for (int i = 0; i < other.length; i++) {
            other[i] = shuffled.get(i);
        }
        double[] levels = {0.0, 0.01, 0.1, 0.5, 0.9, 0.99, 1.0};
        assertArrayEquals(all(values, levels), all(other, levels));
    }

    /** Weeks shaped like the model's series, 0 to 6,000 values. */
    @Provide
    Arbitrary<float[]> weeks() {
        Arbitrary<Integer> size = Arbitraries.integers().between(0, 6000);
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 6);
        Arbitrary<Long> seed = Arbitraries.longs();
        Arbitrary<Double> zeroShare = Arbitraries.doubles().between(0, 0.9);
        return Combinators.combine(size, shape, seed, zeroShare).as(WeekDistributionPropertiesTest::week);
    }

    private static float[] week(int size, int shape, long seed, double zeroShare) {
        Random rng = new Random(seed);
        float[] v = new float[size];
        for (int i = 0; i < size; i++) {
            if (rng.nextDouble() < zeroShare) {
                continue; // a point mass at 0 (ended runs, nothing open)
            }
            v[i] = switch (shape) {
                case 0 -> rng.nextInt(200); // open defects, head-count
                case 1 -> rng.nextInt(13); // sites live
                case 2 -> (float) (3.8e8 * Math.exp(0.3 * rng.nextGaussian())); // cumulative cost
                case 3 -> (float) Math.pow(1e-15, rng.nextDouble()); // fatigue decaying over 50 octaves
                case 4 -> (float) (rng.nextGaussian() * 1e3); // both signs
                case 5 -> rng.nextInt(200_000) - 100_000; // whole numbers too wide to count one by one
                default -> rng.nextDouble() < 0.9 ? rng.nextInt(300) : rng.nextInt(250_000); // a long tail
            };
        }
        return v;
    }

    private static boolean wholeAndNarrow(float[] values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            if (v != Math.rint(v)) {
                return false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min < WeekDistribution.INTEGER_SPAN;
    }

    private static double quantile(float[] values, int extraZeros, double level) {
        WeekDistribution d = new WeekDistribution();
        for (float v : values) {
            d.add(v);
        }
        double[] q = new double[1];
        d.quantiles(new double[] {level}, extraZeros, q);
        return q[0];
    }

    private static double[] all(float[] values, double[] levels) {
        WeekDistribution d = new WeekDistribution();
        for (float v : values) {
            d.add(v);
        }
        double[] q = new double[levels.length];
        d.quantiles(levels, 250, q);
        return q;
    }

    private static double exact(float[] values, int extraZeros, double level) {
        float[] all = Arrays.copyOf(values, values.length + extraZeros);
        if (all.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(all);
        return all[(int) OrderStatistics.rank(level, all.length) - 1];
    }
}
