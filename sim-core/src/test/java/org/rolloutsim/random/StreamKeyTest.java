package org.rolloutsim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StreamKeyTest {
    private static final int N = 200_000;

    @Test
    void aStreamIsReproducibleFromItsKey() {
        RandomStream a = RandomStream.of(42, 7, "defects");
        RandomStream b = RandomStream.of(42, 7, "defects");
        for (int i = 0; i < 1000; i++) {
            assertEquals(Double.doubleToLongBits(a.nextDouble()), Double.doubleToLongBits(b.nextDouble()));
        }
    }

    @Test
    void knownAnswerPinsTheDerivation() {
        // If this changes, every published result changes: change it only on purpose.
        long[] state = StreamKey.state(1, 0, "team");
        assertEquals(4, state.length);
        assertArrayEquals(state, StreamKey.state(1, 0, "team"));
        assertFalse(Arrays.equals(state, StreamKey.state(1, 0, "teams")));
        assertFalse(Arrays.equals(state, StreamKey.state(1, 1, "team")));
        assertFalse(Arrays.equals(state, StreamKey.state(2, 0, "team")));
        assertEquals(0xaf63dc4c8601ec8cL, StreamKey.fnv1a64("a"));
    }

    /**
     * Pearson correlation of paired uniforms from two streams. Under independence its sd is
     * 1/sqrt(N) ≈ 0.0022; 5 sd keeps a false alarm below one in a million.
     */
    private static double correlation(RandomStream x, RandomStream y) {
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < N; i++) {
            double a = x.nextDouble();
            double b = y.nextDouble();
            sx += a;
            sy += b;
            sxx += a * a;
            syy += b * b;
            sxy += a * b;
        }
        double cov = sxy / N - (sx / N) * (sy / N);
        return cov / Math.sqrt((sxx / N - (sx / N) * (sx / N)) * (syy / N - (sy / N) * (sy / N)));
    }

    @Test
    void twoSourcesOfOneRunAreUncorrelated() {
        double r = correlation(RandomStream.of(9, 3, "defects"), RandomStream.of(9, 3, "team"));
        assertTrue(Math.abs(r) < 5 / Math.sqrt(N), "correlation " + r);
    }

    @Test
    void oneSourceOfTwoAdjacentRunsIsUncorrelated() {
        double r = correlation(RandomStream.of(9, 3, "defects"), RandomStream.of(9, 4, "defects"));
        assertTrue(Math.abs(r) < 5 / Math.sqrt(N), "correlation " + r);
    }

    @Test
    void adjacentSeedsAreUncorrelated() {
        double r = correlation(RandomStream.of(9, 0, "live"), RandomStream.of(10, 0, "live"));
        assertTrue(Math.abs(r) < 5 / Math.sqrt(N), "correlation " + r);
    }

    @Test
    void streamsDoNotOverlapInTheirFirstValues() {
        // Lagged copies would show as equal values at some shift; 64-bit collisions by chance are
        // astronomically unlikely.
        long[] a = new long[4096];
        long[] b = new long[4096];
        RandomStream x = RandomStream.of(5, 0, "risks");
        RandomStream y = RandomStream.of(5, 1, "risks");
        for (int i = 0; i < a.length; i++) {
            a[i] = x.provider().nextLong();
            b[i] = y.provider().nextLong();
        }
        long[] sortedA = a.clone();
        Arrays.sort(sortedA);
        for (long v : b) {
            assertTrue(Arrays.binarySearch(sortedA, v) < 0);
        }
    }
}
