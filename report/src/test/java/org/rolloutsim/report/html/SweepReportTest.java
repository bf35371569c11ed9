package org.rolloutsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.view.Horizon;
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
                    new Quantiles(4.3e8, 4.7e8, 5.4e8, 6.0e8), new Horizon(520, 0, 100), targetWeeks[i], 4.8e8, onTime[i], 0.55, onTime[i] / 2));
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
        assertTrue(html.contains("<td data-label=\"Target date\">19\u00a0Nov\u00a02029</td><td data-label=\"On time\">10%</td>"), html);
        assertTrue(html.contains("<td data-label=\"Target date\">4\u00a0Nov\u00a02030</td><td data-label=\"On time\">50%</td>"), html);
        assertTrue(html.contains("<td data-label=\"Target date\">20\u00a0Oct\u00a02031</td><td data-label=\"On time\">90%</td>"), html);
        assertFalse(html.contains("<th scope=\"col\">Budget</th>"), "the budget is one for all: said once");
        assertTrue(html.contains("<dt>Base scenario hash</dt><dd>b4se</dd>"), "the hash is the base's, said to be");
    }

    /**
     * The table writes the swept values as the console's table does: a target week as its date, a
     * budget as money, a team's fte as the number given. It gave 150, 400000000 and 3.0... as raw numbers.
     */
    @Test
    void sweptValuesReadAsTheConsoleWritesThem() {
        String html = SweepReport.render(sweep(150, 200, 250));
        assertTrue(html.contains(">19\u00a0Nov\u00a02029</th>"), html);
        assertFalse(html.contains(">150</th>"), html);
        List<SweepData.Point> points = new ArrayList<>();
        for (double fte : new double[] {2, 3}) {
            for (double budget : new double[] {4e8, 4.5e8}) {
                points.add(new SweepData.Point(List.of(fte, budget), new Quantiles(170, 200, 240, 300),
                        new Quantiles(4.3e8, 4.7e8, 5.4e8, 6.0e8), new Horizon(520, 0, 100), 190, budget, 0.5, 0.5, 0.3));
            }
        }
        String two = SweepReport.render(new SweepData("t", List.of("team.staff.fte", "program.budget"),
                LocalDate.of(2027, 1, 4), "$", new Provenance("0.1.0", "b4se", 7, 100, "rollout sweep"), points));
        assertTrue(two.contains("<th scope=\"row\" data-label=\"team.staff.fte\">3</th><td data-label=\"program.budget\">$450M</td>"),
                two);
        assertTrue(two.contains("program.budget = $450M"), "and so does the charts' legend");
        assertFalse(two.contains("450000000"), two);
    }

    @Test
    void aTargetAllPointsShareIsSaidOnce() {
        String html = SweepReport.render(sweep(190, 190, 190));
        assertTrue(html.contains("Target date: 26 August 2030; budget: $480M."), html);
        assertFalse(html.contains("<th scope=\"col\">Target date</th>"));
        assertFalse(html.contains("horizon"), "every run finished: nothing to say of the horizon");
    }

    /**
     * A point where a quarter of runs had not finished by the horizon (week 520, 22 December 2036):
     * its P90 completion, held at the horizon, reads as that date "or later", and its P90 cost, counted only
     * to then, "at least"; a column gives the share and a note says why. The table gave the horizon's
     * date as the P90 and an exact P90 cost, and the word "horizon" appeared nowhere.
     */
    /**
     * On a phone, which hides the header row, each value of the grid is labelled alone: the completion
     * and cost columns read "P80 completion" and "P80 cost", where both would read "P80", and the swept
     * value its input's path. A wide screen keeps the short headings under "P50 completion" and "P50 cost".
     */
    @Test
    void onAPhoneTheCompletionAndCostColumnsAreToldApart() {
        String html = SweepReport.render(sweep(150, 200, 250));
        for (String label : List.of("P50 completion", "P80 completion", "P90 completion", "P50 cost", "P80 cost",
                "P90 cost")) {
            assertEquals(3, html.split("<td data-label=\"" + label + "\">", -1).length - 1, label + " on each row");
        }
        assertFalse(html.contains("data-label=\"P80\"") || html.contains("data-label=\"P90\""), "no bare P80 or P90");
        assertTrue(html.contains("<th scope=\"col\">P50 completion</th><th scope=\"col\">P80</th><th scope=\"col\">P90</th>"
                + "<th scope=\"col\">P50 cost</th><th scope=\"col\">P80</th><th scope=\"col\">P90</th>"),
                "the wide headings: P50 and P80, the board's levels, and P90");
        assertTrue(html.contains("<th scope=\"row\" data-label=\"program.targetWeek\">"), "the swept value: " + html);
    }

    @Test
    void runsNotFinishedByTheHorizonAreSaidSo() {
        List<SweepData.Point> points = List.of(
                new SweepData.Point(List.of(2.0), new Quantiles(60, 118, 520, 520), new Quantiles(4.5e5, 7.5e5, 2.3e6, 2.4e6),
                        new Horizon(520, 250, 1000, 2.0e6), 60, 2e6, 0.12, 0.74, 0.12),
                new SweepData.Point(List.of(3.0), new Quantiles(50, 61, 87, 100), new Quantiles(4.6e5, 5.7e5, 7.9e5, 8.5e5),
                        new Horizon(520, 0, 1000), 60, 2e6, 0.5, 0.97, 0.5));
        String html = SweepReport.render(new SweepData("Tiny: sweep of team.staff.fte", List.of("team.staff.fte"),
                LocalDate.of(2027, 1, 4), "$", new Provenance("0.1.0", "b4se", 7, 1000, "rollout sweep"), points));
        assertTrue(html.contains("<td data-label=\"P90 completion\">22\u00a0Dec\u00a02036 or\u00a0later</td>"),
                "P90 completion is the horizon or later");
        assertTrue(html.contains("<td data-label=\"P90 cost\">at\u00a0least $2.4M</td>"), "P90 cost counts those runs to then");
        assertTrue(html.contains("<td data-label=\"P50 completion\">9\u00a0Apr\u00a02029</td><td data-label=\"P80 completion\">22\u00a0Dec"
                + "\u00a02036 or\u00a0later</td><td data-label=\"P90 completion\">22\u00a0Dec\u00a02036 or\u00a0later</td>"),
                "P50 finished: an exact date; P80, like P90, among the unfinished runs");
        assertTrue(html.contains("<td data-label=\"P80 cost\">at\u00a0least $2.3M</td>"), "P80 cost counts those runs to then");
        assertTrue(html.contains("<td data-label=\"P50 cost\">$750k</td>"), "P50 cost is exact: below every unfinished run's cost");
        assertTrue(html.contains("<th scope=\"col\">Not finished</th>"), "a column of unfinished runs");
        assertTrue(html.contains("<td data-label=\"Not finished\">25%</td>")
                && html.contains("<td data-label=\"Not finished\">0%</td>"), "the share, point by point");
        assertTrue(html.contains("At 1 of the 2 grid points, some runs had not finished before 22 December 2036, the"
                + " end of the simulated horizon (up to 25% of runs"), "a note says how many and why");
        assertFalse(html.contains("<td data-label=\"P90 completion\">22\u00a0Dec\u00a02036</td>"), "the horizon is not given as the P90");
        assertTrue(html.contains("Triangles: a P10, P50 or P90 among runs not finished by the horizon"), "the charts' marks");
    }

    /**
     * A run not finished by the horizon and within budget so far may or may not stay within it: as in
     * the run report, the chance on budget is a range ("49% to 61%") and the note says so. The table
     * gave the lower end alone and the note said such a run "counts as neither on time nor on budget".
     * Where every such run is over budget already, the chance is one figure and the note as before.
     */
    @Test
    void theChanceOnBudgetIsARangeWhileUnfinishedRunsAreWithinBudgetSoFar() {
        List<SweepData.Point> points = List.of(
                new SweepData.Point(List.of(2.0), new Quantiles(150, 190, 210, 210), new Quantiles(4.3e8, 4.65e8, 5.0e8, 5.1e8),
                        new Horizon(210, 165, 400, 4.19e8), 200, 4.8e8, 0.5, 0.485, 0.4675, 0.12),
                new SweepData.Point(List.of(4.0), new Quantiles(150, 180, 200, 210), new Quantiles(4.3e8, 4.56e8, 4.9e8, 5.0e8),
                        new Horizon(210, 156, 400, 4.9e8), 200, 4.8e8, 0.54, 0.56, 0.53, 0.0));
        String html = SweepReport.render(new SweepData("Regional: sweep of strategy.waves", List.of("strategy.waves"),
                LocalDate.of(2027, 1, 4), "$", new Provenance("0.1.0", "b4se", 7, 400, "rollout sweep"), points));
        assertTrue(html.contains("<td data-label=\"On budget\">49% to 61%</td>"), "a range where some are not known");
        assertTrue(html.contains("<td data-label=\"On budget\">56%</td>"), "one figure where none is");
        assertTrue(html.contains("Such a run counts as late, and as over budget when it is over it already; within budget"
                + " so far, it may or may not stay within it, so the chance on budget is a range"), html);
        assertFalse(html.contains("neither on time nor on budget"), "as the run report says it");
        assertTrue(html.contains("the chance on budget lies from its line up to the dotted line"), "the chart's caption");

        String exact = SweepReport.render(new SweepData("Regional: sweep of strategy.waves", List.of("strategy.waves"),
                LocalDate.of(2027, 1, 4), "$", new Provenance("0.1.0", "b4se", 7, 400, "rollout sweep"),
                points.subList(1, 2)));
        assertTrue(exact.contains("Such a run counts as neither on time nor on budget;"), "over budget already: as before");
        assertFalse(exact.contains("dotted line"), exact);
    }

    /** A few unfinished runs, none of them at a percentile shown: the share is given, no figure is a bound. */
    @Test
    void aFewUnfinishedRunsAreCountedWithoutBounds() {
        List<SweepData.Point> points = List.of(new SweepData.Point(List.of(0.5), new Quantiles(170, 200, 240, 300),
                new Quantiles(4.3e8, 4.7e8, 5.4e8, 6.0e8), new Horizon(520, 8, 1000, 6.5e8), 190, 4.8e8, 0.4, 0.5, 0.3));
        String html = SweepReport.render(new SweepData("Regional: sweep of governance.customizationApproval",
                List.of("governance.customizationApproval"), LocalDate.of(2027, 1, 4), "$",
                new Provenance("0.1.0", "b4se", 7, 1000, "rollout sweep"), points));
        assertTrue(html.contains("<td data-label=\"Not finished\">1%</td>"), html);
        assertTrue(html.contains("At the one grid point, some runs had not finished before"), html);
        assertFalse(html.contains("or\u00a0later<") || html.contains(">at\u00a0least ") || html.contains("Triangles"),
                "no percentile shown is among them");
    }

    /**
     * The grid table breaks a cell only where it reads well, so its columns stay narrow without a
     * date over four lines: a date and an amount hold together, and an input's path may break after
     * its dots.
     */
    @Test
    void theGridKeepsDatesAndAmountsWholeAndBreaksPathsAtDots() {
        assertEquals("19\u00a0Nov\u00a02029 or\u00a0later", SweepReport.unbroken("19 Nov 2029 or later"));
        assertEquals("at\u00a0least $87.8M", SweepReport.unbroken("at least $87.8M"));
        assertEquals("59% to 82%", SweepReport.unbroken("59% to 82%"));
        String html = SweepReport.render(sweep(150, 200, 250));
        assertTrue(html.contains("<th scope=\"col\">program.<wbr>targetWeek</th>"), html);
        assertTrue(html.contains("<table class=\"compact grid\">"), html);
    }
}
