package org.rolloutsim.report.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.SweepData;

/** The sweep report judges each grid point against its own target and budget, and names the base's hash. */
class SweepReportTest {

    private static SweepData sweep(int... targetWeeks) {
        List<SweepData.Point> points = new ArrayList<>();
        double[] onTime = {0.1, 0.5, 0.9};
        for (int i = 0; i < targetWeeks.length; i++) {
            points.add(new SweepData.Point(List.of((double) targetWeeks[i]), new Quantiles(170, 200, 240, 300),
                    new Quantiles(4.3e8, 4.7e8, 5.4e8, 6.0e8), targetWeeks[i], 4.8e8, onTime[i], 0.55, onTime[i] / 2));
        }
        return new SweepData("Regional: sweep of program.targetWeek", List.of("program.targetWeek"),
                LocalDate.of(2027, 1, 4), "$", new Provenance("0.1.0", "b4se", 7, 100, "rollout sweep"), points);
    }

    @Test
    void aSweptTargetIsGivenPointByPoint() {
        String html = SweepReport.render(sweep(150, 200, 250));
        assertFalse(html.contains("Target date: 19 November 2029"), "the first point's target is not everyone's");
        assertTrue(html.contains("Each point is judged against its own target date, from 19 November 2029 to"
                + " 20 October 2031 (in the table); budget: $480M."), html);
        assertTrue(html.contains("<th scope=\"col\">Target date</th><th scope=\"col\">On time</th>"), "a column of targets");
        // each row: its own target beside its own chance on time
        assertTrue(html.contains("<td data-label=\"Target date\">19 Nov 2029</td><td data-label=\"On time\">10%</td>"), html);
        assertTrue(html.contains("<td data-label=\"Target date\">4 Nov 2030</td><td data-label=\"On time\">50%</td>"), html);
        assertTrue(html.contains("<td data-label=\"Target date\">20 Oct 2031</td><td data-label=\"On time\">90%</td>"), html);
        assertFalse(html.contains("<th scope=\"col\">Budget</th>"), "the budget is one for all: said once");
        assertTrue(html.contains("<dt>Base scenario hash</dt><dd>b4se</dd>"), "the hash is the base's, said to be");
    }

    @Test
    void aTargetAllPointsShareIsSaidOnce() {
        String html = SweepReport.render(sweep(190, 190, 190));
        assertTrue(html.contains("Target date: 26 August 2030; budget: $480M."), html);
        assertFalse(html.contains("<th scope=\"col\">Target date</th>"));
    }
}
