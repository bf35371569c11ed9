package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;

/**
 * Properties of the batch statistics on generated batches. Seeds are fixed, so every run of the
 * build tries the same cases.
 */
class BatchStatisticsPropertiesTest {
    private static final OutputSchema ONE = SyntheticModel.schema(List.of(SyntheticModel.output("x")), List.of(), 1);
    private static final OutputSchema BATCH = new OutputSchema(List.of(
            SyntheticModel.output(BatchStatistics.COMPLETION_WEEK),
            SyntheticModel.output(BatchStatistics.CENSORED),
            SyntheticModel.output(BatchStatistics.PROGRAM_COST),
            SyntheticModel.parameter("team.staff.fte"),
            SyntheticModel.risk("risks.vendor.occurred")),
            List.of("cumulativeProgramCost", "openDefects"), 12);
    private static final int BATCHES = 400;

    /** Distributions whose quantiles are known in closed form. */
    enum Known {
        UNIFORM {
            double draw(RandomStream r) {
                return r.nextDouble();
            }

            double quantile(double p) {
                return p;
            }
        },
        EXPONENTIAL {
            double draw(RandomStream r) {
                return -Math.log(1 - r.nextDouble());
            }

            double quantile(double p) {
                return -Math.log(1 - p);
            }
        },
        LOGNORMAL_COST {
            double draw(RandomStream r) {
                return 3.8e8 * Math.exp(0.25 * r.gaussian());
            }

            double quantile(double p) {
                return 3.8e8 * Math.exp(0.25 * new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
                        .inverseCumulativeProbability(p));
            }
        },
        PARETO_TAIL {
            double draw(RandomStream r) {
                return Math.pow(1 - r.nextDouble(), -1 / 1.5);
            }

            double quantile(double p) {
                return Math.pow(1 - p, -1 / 1.5);
            }
        };

        abstract double draw(RandomStream r);

        abstract double quantile(double p);
    }

    private static long pooledCovered;
    private static long pooledBatches;
    private static double pooledStated;

    /**
     * For a distribution with known quantiles, the 95% interval of a quantile covers the true value
     * in the share of batches the method states (the exact binomial coverage, at least 95%). Each
     * case runs 400 batches: the covered count is Binomial(400, c), and we allow 4 standard
     * deviations (about 0.044 at c = 0.95), which a correct method exceeds about once in 16,000
     * cases. {@link #pooledCoverageMatchesTheStatedRate} then checks all cases together, tighter.
     */
    @Property(tries = 24, seed = "20261203")
    void quantileIntervalsCoverTheTrueQuantileAtTheirStatedRate(
            @ForAll Known distribution,
            @ForAll("levels") double level,
            @ForAll @IntRange(min = 40, max = 300) int runs) {
        int covered = 0;
        double truth = distribution.quantile(level);
        long[] ranks = OrderStatistics.confidenceRanks(runs, level, 0.95);
        double stated = OrderStatistics.coverage(runs, level, ranks[0], ranks[1]);
        RunOutput out = ONE.newRunOutput();
        for (int b = 0; b < BATCHES; b++) {
            BatchStatistics stats = new BatchStatistics(ONE, runs);
            for (int i = 0; i < runs; i++) {
                out.reset(i);
                out.set(0, distribution.draw(RandomStream.of(runs * 1000L + b, i, distribution.name())));
                stats.accept(out);
            }
            Interval ci = stats.quantile("x", level).ci();
            // a missing bound (too few runs for the tail) is an unbounded side
            boolean above = Double.isNaN(ci.lower()) || ci.lower() <= truth;
            boolean below = Double.isNaN(ci.upper()) || truth <= ci.upper();
            if (above && below) {
                covered++;
            }
        }
        double observed = (double) covered / BATCHES;
        double sd = Math.sqrt(stated * (1 - stated) / BATCHES);
        assertTrue(stated >= 0.95 || ranks[0] < 1 || ranks[1] > runs, "ranks chosen for at least 95%: " + stated);
        assertEquals(stated, observed, 4 * sd, distribution + " P" + level + " n=" + runs);
        pooledCovered += covered;
        pooledBatches += BATCHES;
        pooledStated += stated * BATCHES;
    }

    /**
     * All cases above together: 9,600 batches, so 4 standard deviations of the pooled coverage are
     * about 0.009: intervals that covered even 1% less often than stated would show here.
     */
    @AfterContainer
    static void pooledCoverageMatchesTheStatedRate() {
        if (pooledBatches == 0) {
            return;
        }
        double stated = pooledStated / pooledBatches;
        double observed = (double) pooledCovered / pooledBatches;
        double sd = Math.sqrt(stated * (1 - stated) / pooledBatches);
        assertEquals(stated, observed, 4 * sd, "pooled coverage over " + pooledBatches + " batches");
    }

    @Provide
    Arbitrary<Double> levels() {
        return Arbitraries.of(0.05, 0.1, 0.2, 0.5, 0.8, 0.9, 0.95);
    }

    /**
     * The summary of a batch (quantiles and their intervals, means, target probabilities, JCL points,
     * fans) does not depend on the order its runs arrive in. Sensitivity sums rank products in run
     * order, so it may differ in the last bits: within 1e-12.
     */
    @Property(tries = 30, seed = "20261204")
    void theSummaryDoesNotDependOnTheOrderRunsArrive(@ForAll @IntRange(min = 1, max = 2000) int runs,
                                                     @ForAll long seed) {
        List<RunOutput> batch = new ArrayList<>();
        Random rng = new Random(seed);
        for (int i = 0; i < runs; i++) {
            RunOutput out = BATCH.newRunOutput();
            out.reset();
            boolean censored = rng.nextDouble() < 0.05;
            double fte = 80 + 40 * rng.nextDouble();
            out.set(0, censored ? 520 : Math.floor(200 + fte + 30 * rng.nextGaussian()));
            out.set(1, censored ? 1 : 0);
            out.set(2, 3e8 + 1e6 * fte + 2e7 * rng.nextGaussian());
            out.set(3, fte);
            out.set(4, rng.nextDouble() < 0.3 ? 1 : 0);
            int weeks = 1 + rng.nextInt(12);
            double cost = 0;
            for (int w = 0; w < weeks; w++) {
                cost += 1e6 * rng.nextDouble();
                out.record(0, w, (float) cost);
                out.record(1, w, rng.nextInt(30));
            }
            batch.add(out);
        }
        Targets targets = Targets.of(300, 4.2e8);
        BatchSummary inOrder = summarize(batch, targets);
        Collections.shuffle(batch, new Random(~seed));
        BatchSummary shuffled = summarize(batch, targets);
        assertEquals(inOrder.metrics(), shuffled.metrics());
        assertEquals(inOrder.probabilities(), shuffled.probabilities());
        assertEquals(inOrder.jclPoints(), shuffled.jclPoints());
        assertEquals(inOrder.fans(), shuffled.fans());
        for (int s = 0; s < inOrder.sensitivity().size(); s++) {
            List<SensitivityEntry> a = inOrder.sensitivity().get(s).ranked();
            List<SensitivityEntry> b = shuffled.sensitivity().get(s).ranked();
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).input(), b.get(i).input());
                assertEquals(a.get(i).rho(), b.get(i).rho(), 1e-12);
            }
        }
    }

    private static BatchSummary summarize(List<RunOutput> runs, Targets targets) {
        BatchStatistics stats = new BatchStatistics(BATCH);
        for (RunOutput run : runs) {
            stats.accept(run);
        }
        return stats.summary(targets);
    }
}
