package org.rolloutsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.SyntheticModel;
import org.rolloutsim.stats.Targets;

class SweepTest {
    private static final OutputSchema SCHEMA = SyntheticModel.schema(List.of(
            SyntheticModel.output("completionWeek"),
            SyntheticModel.output("programCost"),
            SyntheticModel.output("censored")), List.of(), 1);
    /** The horizon of every point here: week 130, which a point of four waves reaches. */
    private static final int HORIZON = 130;

    /**
     * Completion 100 + waves·U·10 weeks, but not finished (the horizon, censored) past week 130;
     * cost 1e6 per wave; target week 110, budget 3.5e6.
     */
    private static BatchSummary pointAt(int waves) {
        return pointAt(waves, 3.5e6);
    }

    private static BatchSummary pointAt(int waves, double budget) {
        SyntheticModel model = new SyntheticModel(SCHEMA, (d, out, s) -> {
            double week = 100 + Math.floor(waves * 10 * d.uniform("week"));
            out.set(0, Math.min(week, HORIZON));
            out.set(1, 1e6 * waves);
            out.set(2, week >= HORIZON ? 1 : 0);
        }, 0);
        BatchStatistics stats = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(model, 5, 1000, stats, null, null);
        }
        return stats.summary(Targets.of(110, budget));
    }

    /**
     * Four waves with a budget of 5e6: the runs not finished by week 130 have paid 4e6 so far, within
     * it, and may or may not stay within it; the row carries their share, as the run's summary does,
     * so the sweep can give the chance on budget as the range {@code rollout run} gives. With the
     * budget of 3.5e6 they are over it already and the share is 0.
     */
    @Test
    void aRowCarriesTheShareOfUnfinishedRunsWithinBudgetSoFar() {
        BatchSummary within = pointAt(4, 5e6);
        SweepRow row = Sweep.tabulate(List.of("strategy.waves"),
                List.of(new SweepPoint(List.of(4.0), within, HORIZON))).rows().get(0);
        double unfinished = row.unfinishedShare();
        assertTrue(unfinished > 0.2, "weeks 130 to 139 of 100 to 139: " + unfinished);
        assertEquals(within.probabilities().onBudgetNotKnown(), row.onBudgetNotKnown());
        assertEquals(unfinished, row.onBudgetNotKnown(), 1e-12, "every unfinished run is within budget so far");
        assertEquals(1 - unfinished, row.onBudget(), 1e-12, "the lower end: they are not counted on budget");
        assertEquals(1.0, row.onBudgetAtMost(), 1e-12);

        SweepRow over = Sweep.tabulate(List.of("strategy.waves"),
                List.of(new SweepPoint(List.of(4.0), pointAt(4), HORIZON))).rows().get(0);
        assertEquals(0.0, over.onBudgetNotKnown(), "over the budget already");
    }

    @Test
    void tabulatesEachGridPointInOrder() {
        List<SweepPoint> points = new ArrayList<>();
        for (int waves = 1; waves <= 4; waves++) {
            points.add(new SweepPoint(List.of((double) waves), pointAt(waves), HORIZON));
        }
        SweepTable table = Sweep.tabulate(List.of("strategy.waves"), points);
        assertEquals(4, table.rows().size());
        SweepRow one = table.rows().get(0);
        assertEquals(List.of(1.0), one.values());
        assertEquals(1000, one.runs());
        assertEquals(1.0, one.onTime(), "one wave: at most 109 weeks");
        assertEquals(1e6, one.p80Cost());
        SweepRow four = table.rows().get(3);
        assertEquals(0.0, four.onBudget(), "four waves cost 4e6 > 3.5e6");
        assertEquals(0.0, four.jcl());
        // Four waves: week uniform on 100..139, P(<= 110) = 11/40 up to sampling (sd 0.014; 4 sd).
        assertEquals(11 / 40.0, four.onTime(), 0.06);
        assertEquals(points.get(3).summary().metric("completionWeek").p80(), four.p80Completion());
        assertEquals(0, one.unfinishedRuns(), "one wave finishes by week 110");
        assertEquals(HORIZON, one.horizonWeek());
    }

    /**
     * Runs not finished by the horizon are counted point by point, beside the percentiles they hold
     * at the horizon: the table says how many runs a P80 at the horizon stands for.
     */
    @Test
    void countsTheRunsNotFinishedByTheHorizon() {
        List<SweepPoint> points = new ArrayList<>();
        for (int waves = 2; waves <= 4; waves++) {
            points.add(new SweepPoint(List.of((double) waves), pointAt(waves), HORIZON));
        }
        List<SweepRow> rows = Sweep.tabulate(List.of("strategy.waves"), points).rows();
        assertEquals(0, rows.get(0).unfinishedRuns(), "two waves: at most week 119");
        // four waves: week 100 + floor(40 U) reaches 130 when U >= 0.75, a quarter of runs (sd 0.014; 4 sd)
        assertEquals(0.25, rows.get(2).unfinishedShare(), 0.06);
        assertEquals(rows.get(2).unfinishedRuns() / 1000.0, rows.get(2).unfinishedShare());
        assertEquals(HORIZON, rows.get(2).p80Completion(), "P80 falls among the unfinished runs");
        assertEquals(HORIZON, rows.get(2).horizonWeek());
        assertEquals(0, rows.get(1).unfinishedRuns(), "three waves: at most week 129");
    }

    @Test
    void gridPointsMustGiveOneValuePerParameter() {
        assertThrows(IllegalArgumentException.class, () -> Sweep.tabulate(List.of("a", "b"),
                List.of(new SweepPoint(List.of(1.0), pointAt(1), HORIZON))));
        assertThrows(IllegalArgumentException.class, () -> Sweep.tabulate(List.of(), List.of()));
        assertEquals(3, Sweep.tabulate(List.of("a", "b", "c"), List.of(new SweepPoint(List.of(1.0, 2.0, 3.0),
                pointAt(1), HORIZON))).rows().get(0).values().size(), "any number of parameters, one value each");
    }
}
