package org.rolloutsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
            SyntheticModel.output("programCost")), List.of(), 1);

    /** Completion 100 + waves·U·10 weeks; cost 1e6 per wave; target week 110, budget 3.5e6. */
    private static BatchSummary pointAt(int waves) {
        SyntheticModel model = new SyntheticModel(SCHEMA, (d, out, s) -> {
            out.set(0, 100 + Math.floor(waves * 10 * d.uniform("week")));
            out.set(1, 1e6 * waves);
        }, 0);
        BatchStatistics stats = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(model, 5, 1000, stats, null, null);
        }
        return stats.summary(Targets.of(110, 3.5e6));
    }

    @Test
    void tabulatesEachGridPointInOrder() {
        List<SweepPoint> points = new ArrayList<>();
        for (int waves = 1; waves <= 4; waves++) {
            points.add(new SweepPoint(List.of((double) waves), pointAt(waves)));
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
    }

    @Test
    void gridPointsMustGiveOneValuePerParameter() {
        assertThrows(IllegalArgumentException.class, () -> Sweep.tabulate(List.of("a", "b"),
                List.of(new SweepPoint(List.of(1.0), pointAt(1)))));
        assertThrows(IllegalArgumentException.class, () -> Sweep.tabulate(List.of(), List.of()));
        assertEquals(3, Sweep.tabulate(List.of("a", "b", "c"), List.of(new SweepPoint(List.of(1.0, 2.0, 3.0),
                pointAt(1)))).rows().get(0).values().size(), "any number of parameters, one value each");
    }
}
