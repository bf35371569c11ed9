package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Merging weekly distributions made apart (on Spark executors, block by block) answers exactly as
 * adding every value to one distribution does: the property that makes a distributed summary
 * byte-identical to a local one. Parts go through {@link WeekDistribution#encode} and back, as they
 * do between an executor and the driver.
 */
class WeekDistributionMergeTest {
    private static final double[] LEVELS = levels();

    @Property(tries = 300, seed = "20261210")
    void mergedPartsAnswerAsAddingEveryValue(@ForAll("weeks") float[] values,
                                             @ForAll @IntRange(min = 1, max = 12) int parts,
                                             @ForAll long splitSeed) {
        Random rng = new Random(splitSeed);
        List<WeekDistribution> pieces = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            pieces.add(new WeekDistribution());
        }
        // Blocks of very different sizes: some stay exact, some count whole numbers, some bucket.
        for (float v : values) {
            pieces.get(Math.min(parts - 1, (int) (parts * Math.pow(rng.nextDouble(), 2)))).add(v);
        }
        Collections.shuffle(pieces, rng);
        WeekDistribution merged = new WeekDistribution();
        for (WeekDistribution piece : pieces) {
            merged.merge(roundTrip(piece));
        }
        WeekDistribution one = new WeekDistribution();
        for (float v : values) {
            one.add(v);
        }
        assertEquals(one.count(), merged.count());
        for (long zeros : new long[] {0, 1, 250, 5000}) {
            assertArrayEquals(answers(one, zeros), answers(merged, zeros), "with " + zeros + " extra zeros");
        }
    }

    @Test
    void aBucketedPartRaisesTheFloorOfSmallValuesAlreadyCounted() {
        WeekDistribution small = new WeekDistribution();
        WeekDistribution large = new WeekDistribution();
        WeekDistribution one = new WeekDistribution();
        for (int i = 0; i < 2000; i++) {
            float a = 1e-3f * (1 + i % 7);
            float b = 1e9f * (1 + i % 5) + 0.5f;
            small.add(a);
            large.add(b);
            one.add(a);
            one.add(b);
        }
        small.merge(roundTrip(large));
        assertArrayEquals(answers(one, 0), answers(small, 0));
    }

    private static WeekDistribution roundTrip(WeekDistribution d) {
        ByteSink sink = new ByteSink();
        d.encode(sink);
        return WeekDistribution.decode(ByteBuffer.wrap(sink.toArray()));
    }

    private static double[] answers(WeekDistribution d, long extraZeros) {
        double[] q = new double[LEVELS.length];
        d.quantiles(LEVELS, extraZeros, q);
        return q;
    }

    private static double[] levels() {
        double[] l = new double[201];
        for (int i = 0; i < l.length; i++) {
            l[i] = i / 200.0;
        }
        return l;
    }

    @Provide
    Arbitrary<float[]> weeks() {
        return new WeekDistributionPropertiesTest().weeks();
    }

    @Test
    void countedWholeNumbersMergeIntoEveryKindOfDistribution() {
        // a part of 2,000 whole numbers 0..99 is past the exact values, so it counts them; it is
        // merged into a part of each kind: empty, exact, counting nearby whole numbers, counting
        // whole numbers too far away to share a span, and bucketed (fractions)
        float[] counted = new float[2000];
        for (int i = 0; i < counted.length; i++) {
            counted[i] = i * 37 % 100;
        }
        float[][] receivers = {
            {},
            {1000, 1001, 1002, 1003},
            wholeNumbers(2000, 50),
            wholeNumbers(2000, 100_000),
            fractions(2000),
        };
        for (float[] values : receivers) {
            WeekDistribution part = new WeekDistribution();
            WeekDistribution one = new WeekDistribution();
            for (float v : values) {
                part.add(v);
                one.add(v);
            }
            WeekDistribution other = new WeekDistribution();
            for (float v : counted) {
                other.add(v);
                one.add(v);
            }
            part.merge(roundTrip(other));
            assertEquals(one.count(), part.count());
            for (long zeros : new long[] {0, 250}) {
                assertArrayEquals(answers(one, zeros), answers(part, zeros),
                        "into a part of " + values.length + " values, with " + zeros + " extra zeros");
            }
        }
    }

    private static float[] wholeNumbers(int n, int from) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + i % 100;
        }
        return v;
    }

    private static float[] fractions(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = 0.5f + i * 1.25f;
        }
        return v;
    }
}
