package org.rolloutsim.report.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.SensitivityData;

class SensitivityReportTest {

    /** An index estimated at -0.0004 reads 0.000 in the table; one at -0.012 keeps its minus sign. */
    @Test
    void anEstimateThatRoundsToZeroReadsZero() {
        SensitivityData.OutcomeIndices outcome = new SensitivityData.OutcomeIndices("completionWeek", "Completion week",
                "week", 200, 900, List.of(new SensitivityData.Index("trainingRate", -0.0004, -0.012, 0.012, 0.002,
                        0.002, 0.004)));
        SensitivityData data = new SensitivityData("t", "s", 200, 0.95, List.of("trainingRate"), List.of(outcome),
                new Provenance("0.1.0", "sha256:00", 7, 600, "rollout sensitivity s"));
        String html = SensitivityReport.render(data);
        assertFalse(html.contains("\u22120.000"), "no negative zero");
        assertTrue(html.contains(">0.000</td>"), html);
        assertTrue(html.contains("\u22120.012 to 0.012"), "a negative bound stays negative");
    }
}
