package org.rolloutsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inverse distribution functions, which Latin hypercube sampling draws through. */
class QuantileTest {
    private static final List<Distribution> SHAPES = List.of(
            new Distribution.Triangular(0.25, 0.35, 0.5), new Distribution.Pert(8, 26, 78),
            new Distribution.Uniform(0.05, 0.1), new Distribution.Normal(10, 3), new Distribution.LogNormal(4, 1.6),
            new Distribution.Truncated(new Distribution.Normal(0.3, 0.4), 0, 1));

    @Test
    void quantileInvertsTheDistributionFunction() {
        for (Distribution d : SHAPES) {
            for (double p = 0.01; p < 1; p += 0.049) {
                assertEquals(p, d.cdf(d.quantile(p)), 1e-9, d + " at " + p);
            }
        }
    }

    /**
     * A uniform probability pushed through quantileWithin has the distribution of sampleWithin:
     * means over 200,000 draws agree within 4 standard errors of their difference.
     */
    @Test
    void quantileWithinARangeDrawsLikeTruncationByRedrawing() {
        RandomStream stream = RandomStream.of(1, 0, "quantile");
        for (Distribution d : SHAPES) {
            double min = d.mean() * 0.8;
            double max = d.mean() * 1.5;
            int n = 200_000;
            double sumQ = 0;
            double sumS = 0;
            double sumS2 = 0;
            for (int i = 0; i < n; i++) {
                double q = d.quantileWithin(stream.nextDouble(), min, max);
                double s = d.sampleWithin(stream, min, max);
                assertTrue(q >= min && q <= max, d + ": " + q);
                sumQ += q;
                sumS += s;
                sumS2 += s * s;
            }
            double sd = Math.sqrt(sumS2 / n - (sumS / n) * (sumS / n));
            assertEquals(sumS / n, sumQ / n, 4 * sd * Math.sqrt(2.0 / n), d.toString());
        }
    }

    @Test
    void triangularQuantileIsTheInversionItsSamplerUses() {
        Distribution.Triangular t = new Distribution.Triangular(0.75, 0.85, 0.95);
        RandomStream a = RandomStream.of(3, 1, "t");
        RandomStream b = RandomStream.of(3, 1, "t");
        for (int i = 0; i < 100; i++) {
            assertEquals(t.sample(a), t.quantile(b.nextDouble()), 0);
        }
    }
}
