package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;

class SensitivityTest {
    private static final int RUNS = 20_000;

    /**
     * completionWeek = 100 + 10·(a + e) with a, e independent standard normals: its Pearson
     * correlation with a is 1/√2, so the Spearman correlation is (6/π)·asin(1/(2√2)) = 0.6902.
     * The noise parameter b plays no part (rho 0). Programme cost rises with the risk indicator r
     * and only with it. The standard error of Spearman's rho at n = 20,000 is below 0.007, so we
     * allow 0.03 (over 4 standard errors).
     */
    @Test
    void spearmanRecoversPlantedMonotoneRelations() {
        OutputSchema schema = SyntheticModel.schema(List.of(
                SyntheticModel.output("completionWeek"),
                SyntheticModel.output("programCost"),
                SyntheticModel.parameter("a"),
                SyntheticModel.parameter("b"),
                SyntheticModel.risk("risks.r.occurred")), List.of(), 1);
        SyntheticModel model = new SyntheticModel(schema, (d, out, s) -> {
            double a = d.gaussian("a");
            double b = d.uniform("b");
            boolean r = d.uniform("r") < 0.3;
            out.set(0, 100 + 10 * (a + d.gaussian("e")));
            out.set(1, 1e6 * (1 + d.uniform("c")) + (r ? 2e6 : 0));
            out.set(2, a);
            out.set(3, b);
            out.set(4, r ? 1 : 0);
        }, 0);
        BatchStatistics stats = new BatchStatistics(schema, RUNS);
        try (BatchRunner runner = new BatchRunner(2)) {
            runner.run(model, 7, RUNS, stats, null, null);
        }
        BatchSummary summary = stats.summary(Targets.NONE);

        Sensitivity completion = summary.sensitivityOf("completionWeek");
        assertEquals("a", completion.ranked().get(0).input(), "the planted driver ranks first");
        assertEquals(6 / Math.PI * Math.asin(1 / (2 * Math.sqrt(2))), completion.ranked().get(0).rho(), 0.03);
        for (SensitivityEntry e : completion.ranked().subList(1, 3)) {
            assertEquals(0, e.rho(), 0.03, e.input() + " does not drive completion");
        }
        double shares = completion.ranked().stream().mapToDouble(SensitivityEntry::varianceShare).sum();
        assertEquals(1, shares, 1e-12, "contributions to variance add up to 1");
        assertTrue(completion.ranked().get(0).varianceShare() > 0.9);

        Sensitivity cost = summary.sensitivityOf("programCost");
        SensitivityEntry top = cost.ranked().get(0);
        assertEquals("risks.r.occurred", top.input());
        assertEquals(OutputSchema.Kind.RISK, top.kind());
        // Cost is above 2e6 exactly when r occurred, so ranks split perfectly into two blocks:
        // rho = the point-biserial correlation of ranks, sqrt(3·p·(1-p))·(n/(n+1))^0.5 ≈ 0.794 at p = 0.3.
        assertEquals(Math.sqrt(3 * 0.3 * 0.7), top.rho(), 0.03);
    }

    @Test
    void tiedValuesShareTheirAverageRank() {
        double[] values = {5, 1, 5, 3};
        double[] ranks = new double[4];
        assertTrue(Ranking.averageRanks(values, 4, new double[4], ranks));
        assertEquals(3.5, ranks[0]);
        assertEquals(1, ranks[1]);
        assertEquals(3.5, ranks[2]);
        assertEquals(2, ranks[3]);
    }
}
