package org.rolloutsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The convenience draws of a stream, each against the uniform it is made from. */
class RandomStreamTest {
    private static final int N = 100_000;

    @Test
    void openDoubleIsOneMinusTheUniform() {
        RandomStream a = RandomStream.of(1, 2, "open");
        RandomStream b = RandomStream.of(1, 2, "open");
        for (int i = 0; i < 1000; i++) {
            double open = a.nextOpenDouble();
            assertEquals(1.0 - b.nextDouble(), open);
            assertTrue(open > 0 && open <= 1);
        }
    }

    @Test
    void inclusiveIntegersReachBothEndsAndNothingElse() {
        RandomStream s = RandomStream.of(1, 2, "dice");
        int[] seen = new int[8];
        for (int i = 0; i < 7000; i++) {
            int x = s.nextIntInclusive(3, 9);
            assertTrue(x >= 3 && x <= 9, "drew " + x);
            seen[x - 2]++;
        }
        // each of the 7 values expects 1,000 draws (sd about 29); all within 150
        for (int v = 1; v <= 7; v++) {
            assertEquals(1000, seen[v], 150, "value " + (v + 2));
        }
        assertEquals(0, seen[0]);
    }

    @Test
    void integersBelowABoundComeFromTheUniformGenerator() {
        RandomStream a = RandomStream.of(4, 0, "int");
        RandomStream b = RandomStream.of(4, 0, "int");
        long sum = 0;
        for (int i = 0; i < N; i++) {
            int x = a.nextInt(10);
            assertEquals(b.provider().nextInt(10), x);
            sum += x;
        }
        // mean 4.5, sd of the mean sqrt(8.25 / N) ≈ 0.009: within 5 of them
        assertEquals(4.5, (double) sum / N, 0.05);
    }

    /** Frequency of true is p: its sd at N draws is below 0.0016; we allow 5 of them. */
    @Test
    void bernoulliIsTrueWithProbabilityP() {
        for (double p : new double[] {0.0, 0.03, 0.5, 0.9, 1.0}) {
            RandomStream s = RandomStream.of(5, 0, "coin-" + p);
            int hits = 0;
            for (int i = 0; i < N; i++) {
                if (s.bernoulli(p)) {
                    hits++;
                }
            }
            assertEquals(p, (double) hits / N, 0.008, "p = " + p);
        }
    }

    @Test
    void aStreamOpenedByItsSourceHashIsTheSameStream() {
        RandomStream byName = RandomStream.of(9, 4, "risks");
        RandomStream byHash = RandomStream.ofSource(9, 4, StreamKey.sourceHash("risks"));
        for (int i = 0; i < 100; i++) {
            assertEquals(byName.nextDouble(), byHash.nextDouble());
        }
    }
}
