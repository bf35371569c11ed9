package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;

class TargetProbabilitiesTest {
    private static final int RUNS = 20_000;

    private static final OutputSchema SCHEMA = SyntheticModel.schema(List.of(
            SyntheticModel.output("completionWeek"),
            SyntheticModel.output("censored"),
            SyntheticModel.output("programCost")), List.of(), 1);

    /** Completion uniform on whole weeks 100..119, cost uniform on [0, 1e6), independent. */
    private static BatchStatistics independentBatch() {
        SyntheticModel model = new SyntheticModel(SCHEMA, (d, out, s) -> {
            out.set(0, 100 + Math.floor(20 * d.uniform("week")));
            out.set(1, 0);
            out.set(2, 1e6 * d.uniform("cost"));
        }, 0);
        BatchStatistics stats = new BatchStatistics(SCHEMA, RUNS);
        try (BatchRunner runner = new BatchRunner(2)) {
            runner.run(model, 11, RUNS, stats, null, null);
        }
        return stats;
    }

    /**
     * P(week <= 109) = 0.5 and P(cost <= 700,000) = 0.7 exactly; independent, so the JCL is 0.35.
     * Each estimate is a binomial proportion over 20,000 runs (sd at most 0.0036); we allow 4 sd,
     * 0.015. The JCL must also match the product of the two estimated marginals within 0.015.
     */
    @Test
    void jointConfidenceOfIndependentOutputsIsTheProductOfMarginals() {
        BatchSummary summary = independentBatch().summary(Targets.of(109, 7e5));
        TargetProbabilities p = summary.probabilities();
        assertEquals(0.5, p.onTime(), 0.015);
        assertEquals(0.7, p.onBudget(), 0.015);
        assertEquals(0.35, p.jcl(), 0.015);
        assertEquals(p.onTime() * p.onBudget(), p.jcl(), 0.015);
    }

    @Test
    void dateAndCostAtJclAreMarginalQuantilesAtTheSmallestSufficientLevel() {
        BatchStatistics stats = independentBatch();
        BatchSummary summary = stats.summary(Targets.NONE, 0.7);
        JclPoint point = summary.dateAndCostAtJcl(0.7);
        assertTrue(point.isReached());
        assertTrue(point.jointProbability() >= 0.7);
        assertEquals(stats.quantile("completionWeek", point.q()).value(), point.week());
        assertEquals(stats.quantile("programCost", point.q()).value(), point.cost());
        // One run less and the joint share falls short: count it by hand.
        double[] weeks = stats.values("completionWeek");
        double[] costs = stats.values("programCost");
        double q = point.q() - 1.0 / RUNS;
        double w = stats.quantile("completionWeek", q).value();
        double c = stats.quantile("programCost", q).value();
        int within = 0;
        for (int i = 0; i < RUNS; i++) {
            if (weeks[i] <= w && costs[i] <= c) {
                within++;
            }
        }
        assertTrue((double) within / RUNS < 0.7);
        // Independent outputs need both marginals near sqrt(0.7) = 0.837 (weeks are whole, so the
        // date jumps by 1/20 steps): the level found is between 0.80 and 0.90.
        assertTrue(point.q() > 0.8 && point.q() < 0.9, "q " + point.q());
    }

    /**
     * A censored run counts as late even when the horizon is before the target, and as not on
     * budget even when what it paid by the horizon is within it: it had not finished paying.
     */
    @Test
    void censoredRunsCountAsLateAndNotOnBudgetEvenWhenTheHorizonIsBeforeTheTarget() {
        SyntheticModel model = new SyntheticModel(SCHEMA, (d, out, s) -> {
            boolean censored = d.run() % 4 == 0;
            out.set(0, censored ? 50 : 40);
            out.set(1, censored ? 1 : 0);
            out.set(2, 10);
        }, 0);
        BatchStatistics stats = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(model, 1, 400, stats, null, null);
        }
        BatchSummary summary = stats.summary(Targets.of(60, 100));
        assertEquals(0.75, summary.probabilities().onTime());
        assertEquals(0.75, summary.probabilities().onBudget());
        assertEquals(0.75, summary.probabilities().jcl());
        assertEquals(100, summary.metric("programCost").censored());
        // their cost so far is within the budget: whether they stay within it is not known
        assertEquals(0.25, summary.probabilities().onBudgetNotKnown());
        assertEquals(1.0, summary.probabilities().onBudgetAtMost());
        assertTrue(!summary.dateAndCostAtJcl(0.8).isReached(), "only 75% of runs ever finish");
        assertTrue(summary.dateAndCostAtJcl(0.7).isReached());
    }

    /**
     * The chance on budget is known only between counting every censored run within budget so far as
     * over budget and counting it as within: a censored run already over the budget is over it, and
     * without censored runs within budget the chance is exact; without a budget nothing is counted.
     */
    @Test
    void censoredRunsWithinBudgetSoFarMakeTheChanceOnBudgetARange() {
        SyntheticModel model = new SyntheticModel(SCHEMA, (d, out, s) -> {
            boolean censored = d.run() % 4 == 0;
            out.set(0, censored ? 50 : 40);
            out.set(1, censored ? 1 : 0);
            // half the censored runs have paid 10 so far, half 200; the finished ones 10 or 150
            out.set(2, censored ? (d.run() % 8 == 0 ? 10 : 200) : (d.run() % 2 == 1 ? 10 : 150));
        }, 0);
        BatchStatistics stats = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(model, 1, 800, stats, null, null);
        }
        TargetProbabilities p = stats.summary(Targets.of(50, 100)).probabilities();
        assertEquals(0.5, p.onBudget(), "the finished runs at 10");
        assertEquals(0.125, p.onBudgetNotKnown(), "the censored runs at 10 so far");
        assertEquals(0.625, p.onBudgetAtMost());
        assertEquals(0.5, p.jcl(), "a censored run is late: the JCL is exact");
        TargetProbabilities over = stats.summary(Targets.of(50, 5)).probabilities();
        assertEquals(0.0, over.onBudget());
        assertEquals(0.0, over.onBudgetNotKnown(), "every censored run is over a budget of 5 already");
        TargetProbabilities none = stats.summary(new Targets(java.util.OptionalInt.of(50),
                java.util.OptionalDouble.empty())).probabilities();
        assertTrue(Double.isNaN(none.onBudget()) && Double.isNaN(none.onBudgetNotKnown()));
    }

    /**
     * The JCL point, found from counts per rank, against the definition counted over every run for
     * every k: whole weeks with many ties, costs with ties, a fifth of the runs censored.
     */
    @Test
    void jclPointMatchesTheDefinitionCountedOverEveryRunAtEveryLevel() {
        int n = 600;
        SyntheticModel model = new SyntheticModel(SCHEMA, (d, out, s) -> {
            out.set(0, 100 + Math.floor(8 * d.uniform("week")));
            out.set(1, d.uniform("censored") < 0.2 ? 1 : 0);
            out.set(2, 1000 * Math.floor(30 * d.uniform("cost")));
        }, 0);
        BatchStatistics stats = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(model, 5, n, stats, null, null);
        }
        double[] weeks = stats.values("completionWeek");
        double[] censored = stats.values("censored");
        double[] costs = stats.values("programCost");
        double[] sortedWeeks = weeks.clone();
        double[] sortedCosts = costs.clone();
        Arrays.sort(sortedWeeks);
        Arrays.sort(sortedCosts);
        double[] levels = {0.05, 0.3, 0.5, 0.62, 0.7, 0.79, 0.8, 0.81};
        BatchSummary summary = stats.summary(Targets.NONE, levels);
        for (double level : levels) {
            int found = 0;
            double share = 0;
            for (int k = 1; k <= n && found == 0; k++) {
                int within = 0;
                for (int i = 0; i < n; i++) {
                    if (weeks[i] <= sortedWeeks[k - 1] && costs[i] <= sortedCosts[k - 1] && censored[i] == 0) {
                        within++;
                    }
                }
                if ((double) within / n >= level) {
                    found = k;
                    share = (double) within / n;
                }
            }
            JclPoint point = summary.dateAndCostAtJcl(level);
            if (found == 0) {
                assertTrue(!point.isReached(), "level " + level);
                continue;
            }
            assertEquals((double) found / n, point.q(), "level " + level);
            assertEquals(sortedWeeks[found - 1], point.week(), "level " + level);
            assertEquals(sortedCosts[found - 1], point.cost(), "level " + level);
            assertEquals(share, point.jointProbability(), "level " + level);
        }
    }

    @Test
    void missingTargetsGiveNaN() {
        BatchSummary summary = independentBatch().summary(Targets.NONE);
        assertTrue(Double.isNaN(summary.probabilities().onTime()));
        assertTrue(Double.isNaN(summary.probabilities().jcl()));
    }
}
