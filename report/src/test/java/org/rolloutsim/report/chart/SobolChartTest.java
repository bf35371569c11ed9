package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.SensitivityData;

/** The Sobol chart's value axis leaves room for every bar's label, on whichever side it falls. */
class SobolChartTest {

    private static Range valueAxis(double... firstOrder) {
        List<SensitivityData.Index> indices = new ArrayList<>();
        for (int i = 0; i < firstOrder.length; i++) {
            indices.add(new SensitivityData.Index("input " + i, firstOrder[i], 0, 0, Math.max(0, firstOrder[i]), 0, 0));
        }
        SensitivityData.OutcomeIndices outcome = new SensitivityData.OutcomeIndices("completionWeek",
                "Completion week", "week", 100, 25, indices);
        SensitivityData data = new SensitivityData("t", "s", 100, 0.95, List.of("a"), List.of(outcome),
                new Provenance("0.1.0", "sha256:00", 7, 400, "rollout sensitivity s"));
        JFreeChart chart = SobolChart.create(data, outcome);
        return ((CategoryPlot) chart.getPlot()).getRangeAxis().getRange();
    }

    @Test
    void aSmallNegativeEstimateHasRoomForItsLabelLeftOfZero() {
        Range range = valueAxis(0.8, -0.003);
        // the label of a -0.003 bar needs about as much room as that of a positive one: a tenth of the axis
        assertTrue(-range.getLowerBound() > 0.1 * range.getUpperBound(), "room left of zero: " + range);
    }

    @Test
    void withoutNegativeEstimatesTheAxisStartsAtZero() {
        Range range = valueAxis(0.8, 0.1);
        assertEquals(0, range.getLowerBound());
        assertEquals(1.0, range.getUpperBound(), 1e-12, "a quarter beyond the largest bar for its label");
    }
}
