package org.rolloutsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The distribution functions and their inverses where a distribution is degenerate or extreme:
 * a point mass (constant, zero spread, min = max), the ends of the probability scale, a range that
 * misses the distribution, a lognormal whose spread overflows a double when squared.
 */
class DistributionEdgesTest {

    @Test
    void aPointMassHasAStepDistributionFunctionAndOneQuantile() {
        Distribution[] points = {Distribution.constant(5), new Distribution.Normal(5, 0),
            new Distribution.LogNormal(5, 0), new Distribution.Triangular(5, 5, 5), new Distribution.Pert(5, 5, 5)};
        for (Distribution d : points) {
            assertEquals(0, d.cdf(4.99), d + " below the point");
            assertEquals(1, d.cdf(5), d + " at the point");
            assertEquals(5, d.quantile(0.3), d.toString());
        }
    }

    @Test
    void theEndsOfTheProbabilityScaleAreTheEndsOfTheSupport() {
        Distribution.Normal normal = new Distribution.Normal(0, 1);
        assertEquals(Double.NEGATIVE_INFINITY, normal.quantile(0));
        assertEquals(Double.POSITIVE_INFINITY, normal.quantile(1));
        Distribution.LogNormal lognormal = new Distribution.LogNormal(2, 1);
        assertEquals(0, lognormal.cdf(0), "no mass at or below 0");
        assertEquals(0, lognormal.cdf(-3));
        Distribution.Pert pert = new Distribution.Pert(1, 2, 4);
        assertEquals(1, pert.cdf(4), "all the mass by the maximum");
        assertEquals(1, pert.cdf(9));
        assertEquals(0, pert.cdf(0.5));
    }

    @Test
    void aRangeThatMissesTheDistributionGivesItsNearestPoint() {
        // quantileWithin clamps to the range when the distribution and the range overlap in a point or not at all
        assertEquals(7, new Distribution.Normal(5, 1).quantileWithin(0.3, 7, 7));
        assertEquals(2, new Distribution.Uniform(0, 1).quantileWithin(0.5, 2, 3));
    }

    @Test
    void aTruncatedDistributionReportsItsRangeAndItsShare() {
        Distribution.Truncated t = new Distribution.Truncated(new Distribution.Normal(0, 1), -1, 5);
        assertEquals(-1, t.lower());
        assertEquals(5, t.upper());
        // P(-1 <= Z <= 1) = 0.682689492...: the share inside a range, to 1e-9
        assertEquals(0.682689492137, new Distribution.Normal(0, 1).massWithin(-1, 1), 1e-9);
    }

    @Test
    void aLognormalWhoseSpreadOverflowsWhenSquaredStillHasItsMedian() {
        // sd/mean = 1e200: (sd/mean)^2 overflows, so sigma^2 = log(1 + cv^2) is taken as 2 log(cv),
        // and the median exp(mu) = mean / sqrt(1 + cv^2) = 1e-100 / 1e200
        Distribution.LogNormal wide = new Distribution.LogNormal(1e-100, 1e100);
        assertEquals(1e-300, wide.quantile(0.5), 1e-309);
    }
}
