package org.rolloutsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.Interval;
import org.rolloutsim.stats.SyntheticModel;

/**
 * Properties of paired comparisons on generated pairs of batches: whole weeks with many ties,
 * costs, counts with zeros, and missing values. Seeds are fixed.
 */
class ComparisonPropertiesTest {
    private static final OutputSchema SCHEMA = SyntheticModel.schema(List.of(
            SyntheticModel.output("completionWeek"), SyntheticModel.output("programCost")), List.of(), 1);

    /** Two batches of the same runs: A's and B's values of week and cost, run by run. */
    record Pair(double[] weekA, double[] weekB, double[] costA, double[] costB) {
    }

    /**
     * A against B is B against A with the sign turned: mean difference and its interval negated
     * exactly, and the median difference too when it is one run's; the shares of runs where A is
     * lower and where it is higher swap; the two-sided p-values are the same.
     */
    @Property(tries = 200, seed = "20261205")
    void pairedDifferencesAreAntisymmetric(@ForAll("pairs") Pair p) {
        PairComparison ab = Comparison.pair(batch("a", p.weekA(), p.costA()), batch("b", p.weekB(), p.costB()));
        PairComparison ba = Comparison.pair(batch("b", p.weekB(), p.costB()), batch("a", p.weekA(), p.costA()));
        for (String metric : List.of("completionWeek", "programCost")) {
            MetricDifference x = ab.metric(metric);
            MetricDifference y = ba.metric(metric);
            assertEquals(x.n(), y.n());
            assertEquals(x.meanDiff() + 0.0, -y.meanDiff() + 0.0, metric);
            assertEquals(x.meanDiffCi().lower() + 0.0, -y.meanDiffCi().upper() + 0.0, metric);
            assertEquals(x.meanDiffCi().upper() + 0.0, -y.meanDiffCi().lower() + 0.0, metric);
            if (x.n() % 2 == 1) { // the median of an odd count is the middle run either way round
                assertEquals(x.p50Diff() + 0.0, -y.p50Diff() + 0.0, metric);
            }
            assertEquals(x.pLower(), y.pHigher(), metric);
            assertEquals(x.pHigher(), y.pLower(), metric);
            assertEquals(x.pSame(), y.pSame(), metric);
            assertEquals(x.wilcoxonP(), y.wilcoxonP(), 1e-12, metric);
            assertEquals(x.pairedTP(), y.pairedTP(), 1e-12, metric);
        }
    }

    /** A batch compared with a copy of itself differs by exactly zero on every measure. */
    @Property(tries = 200, seed = "20261206")
    void aBatchComparedWithItselfDiffersByExactlyZero(@ForAll("pairs") Pair p) {
        PairComparison self = Comparison.pair(batch("a", p.weekA(), p.costA()), batch("again", p.weekA(), p.costA()));
        for (MetricDifference d : self.metrics()) {
            if (d.n() == 0) {
                continue;
            }
            assertEquals(0.0, d.meanDiff(), d.metric());
            assertEquals(0.0, d.p10Diff(), d.metric());
            assertEquals(0.0, d.p50Diff(), d.metric());
            assertEquals(0.0, d.p90Diff(), d.metric());
            assertEquals(0.0, d.pLower(), d.metric());
            assertEquals(0.0, d.pHigher(), d.metric());
            assertEquals(1.0, d.pSame(), d.metric());
            assertEquals(1.0, d.wilcoxonP(), d.metric());
            if (d.n() > 1) {
                assertEquals(new Interval(0, 0), d.meanDiffCi(), d.metric());
                assertEquals(1.0, d.pairedTP(), d.metric());
            }
        }
    }

    @Provide
    Arbitrary<Pair> pairs() {
        Arbitrary<Integer> runs = Arbitraries.integers().between(1, 400);
        Arbitrary<Long> seeds = Arbitraries.longs();
        Arbitrary<Double> shift = Arbitraries.doubles().between(-20, 20);
        return Combinators.combine(runs, seeds, shift).as(ComparisonPropertiesTest::pair);
    }

    private static Pair pair(int runs, long seed, double shift) {
        java.util.Random rng = new java.util.Random(seed);
        double[] weekA = new double[runs];
        double[] weekB = new double[runs];
        double[] costA = new double[runs];
        double[] costB = new double[runs];
        for (int i = 0; i < runs; i++) {
            double common = 200 + 30 * rng.nextGaussian(); // common random numbers: shared noise
            weekA[i] = Math.floor(common);
            weekB[i] = rng.nextDouble() < 0.3 ? weekA[i] : Math.floor(common + shift + 5 * rng.nextGaussian());
            costA[i] = 3e8 + 1e6 * common;
            costB[i] = rng.nextDouble() < 0.02 ? Double.NaN : costA[i] * (1 + 0.05 * rng.nextGaussian());
        }
        return new Pair(weekA, weekB, costA, costB);
    }

    private static ComparedBatch batch(String label, double[] weeks, double[] costs) {
        BatchStatistics stats = new BatchStatistics(SCHEMA, weeks.length);
        RunOutput out = SCHEMA.newRunOutput();
        for (int i = 0; i < weeks.length; i++) {
            out.reset(i);
            out.set(0, weeks[i]);
            out.set(1, costs[i]);
            stats.accept(out);
        }
        return new ComparedBatch(label, stats);
    }
}
