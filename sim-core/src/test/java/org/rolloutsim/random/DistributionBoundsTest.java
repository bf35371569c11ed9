package org.rolloutsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What each distribution says about its range, and truncation to a field's range. */
class DistributionBoundsTest {

    @Test
    void boundedDistributionsReportTheirRange() {
        assertRange(new Distribution.Triangular(2, 3, 7), 2, 7);
        assertRange(new Distribution.Pert(-4, 1, 9), -4, 9);
        assertRange(new Distribution.Uniform(0.25, 0.5), 0.25, 0.5);
        assertRange(new Distribution.Normal(5, 2), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertRange(new Distribution.Normal(5, 0), 5, 5);
        assertRange(new Distribution.LogNormal(5, 2), 0, Double.POSITIVE_INFINITY);
        assertRange(new Distribution.LogNormal(5, 0), 5, 5);
    }

    private static void assertRange(Distribution d, double lower, double upper) {
        assertEquals(lower, d.lower(), d.toString());
        assertEquals(upper, d.upper(), d.toString());
        assertFalse(d.isConstant(), d + " is sampled");
    }

    @Test
    void aConstantIsItsValueEverywhere() {
        Distribution c = Distribution.constant(-2.5);
        RandomStream s = RandomStream.of(1, 1, "c");
        assertTrue(c.isConstant());
        assertEquals(-2.5, c.sample(s));
        assertEquals(-2.5, c.mean());
        assertEquals(-2.5, c.lower());
        assertEquals(-2.5, c.upper());
        assertEquals(-2.5, c.sampleWithin(s, 0, 1), "a constant is validated, never truncated");
    }

    @Test
    void degenerateRangesGiveTheirOnlyValue() {
        RandomStream s = RandomStream.of(1, 1, "d");
        assertEquals(4.0, new Distribution.Triangular(4, 4, 4).sample(s));
        assertEquals(4.0, new Distribution.Pert(4, 4, 4).sample(s));
    }

    @Test
    void nonFiniteParametersAreRefused() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Triangular(nan, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Triangular(0, nan, 2));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Triangular(0, 1, inf));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Pert(-inf, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(0, nan));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Triangular(0, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Constant(nan));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Distribution.Triangular(0, nan, 2));
        assertTrue(e.getMessage().startsWith("mode must be a finite number"), e.getMessage());
        // equal bounds are a valid, degenerate range
        new Distribution.Triangular(1, 1, 1);
    }

    /**
     * Truncation by rejection: a normal truncated to [-0.5, 0.5] draws inside it, and (unlike
     * clamping) puts no mass on the bounds; the truncated mean is 0 and its sd sqrt(0.0797) ≈ 0.282
     * (Johnson and Kotz), so the mean of 20,000 draws is within 5 × 0.282 / sqrt(20,000) ≈ 0.01.
     */
    @Test
    void truncationRedrawsAndNeverClampsWhenTheRangeIsReachable() {
        Distribution d = new Distribution.Normal(0, 1);
        RandomStream s = RandomStream.of(3, 0, "truncated");
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            double x = d.sampleWithin(s, -0.5, 0.5);
            assertTrue(x > -0.5 && x < 0.5, "drew " + x);
            sum += x;
        }
        assertEquals(0, sum / 20_000, 0.01);
        // a range starting at the mode: every draw is positive, none is 0 by clamping
        Distribution t = new Distribution.Triangular(0, 0, 1);
        for (int i = 0; i < 1000; i++) {
            assertTrue(t.sampleWithin(s, 0.5, 1) > 0.5);
        }
    }

    @Test
    void aRangeTheDistributionCannotReachIsClampedNotHung() {
        RandomStream s = RandomStream.of(3, 0, "miss");
        assertEquals(5.0, new Distribution.Uniform(0, 1).sampleWithin(s, 5, 6));
        assertEquals(-1.0, new Distribution.Uniform(0, 1).sampleWithin(s, -2, -1));
    }

    /**
     * Sampled shapes: the mean of 40,000 triangular draws with mode at the minimum (every draw
     * takes the upper branch) is (0 + 0 + 3) / 3 = 1, sd sqrt(0.5) ≈ 0.71, so within 5 × 0.71 / 200.
     */
    @Test
    void triangularWithItsModeAtAnEndHasTheRightMean() {
        RandomStream s = RandomStream.of(6, 0, "tri");
        Distribution d = new Distribution.Triangular(0, 0, 3);
        double sum = 0;
        for (int i = 0; i < 40_000; i++) {
            sum += d.sample(s);
        }
        assertEquals(1.0, sum / 40_000, 5 * Math.sqrt(0.5) / 200);
    }
}
