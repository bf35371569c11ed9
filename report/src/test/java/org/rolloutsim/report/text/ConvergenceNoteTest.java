package org.rolloutsim.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.view.BoardFigures;
import org.rolloutsim.report.view.ReportData;

/** The convergence sentence, its interval ends read against the horizon (week 200 in these runs). */
class ConvergenceNoteTest {

    private static ReportData withPrecision(int censored, double low, double high) {
        return withPrecision(0.8, censored, low, high);
    }

    private static ReportData withPrecision(double confidence, int censored, double low, double high) {
        return withPrecision(confidence, censored, low, high, 1.3e9, 1.4e9);
    }

    private static ReportData withPrecision(double confidence, int censored, double low, double high, double costLow,
                                            double costHigh) {
        ReportData d = ExecutiveSummaryTest.tenRuns(68, 1.2e9, List.of(), censored);
        return new ReportData(d.title(), d.scenarioName(), d.description(), d.start(), d.currency(), d.targetWeek(),
                d.budget(), d.horizonWeeks(), d.provenance(), d.keyInputs(), d.completion(), d.cost(), d.censoredRuns(),
                d.probabilities(), d.waves(), d.drivers(), d.fans(), new BoardFigures(confidence, null, null,
                new BoardFigures.Precision(low, high, costLow, costHigh), List.of()));
    }

    @Test
    void anIntervalWithinTheHorizonIsGivenByItsEnds() {
        assertEquals("Convergence: with 10 runs, the true P80 date lies between 1 Jan 2029 and 22 Jan 2029 and the"
                + " true P80 cost between $1.3B and $1.4B (95% intervals); more runs narrow them.",
                ConvergenceNote.of(withPrecision(0, 104, 107)));
    }

    /**
     * An interval whose ends read alike is given as the one figure: it had read "lies between 2 Apr
     * 2029 and 2 Apr 2029", and "between $961 and $961" for a scenario whose runs mostly agree.
     */
    @Test
    void anIntervalWhoseEndsReadAlikeIsOneFigure() {
        assertEquals("Convergence: with 10 runs, the true P80 date is 1 Jan 2029 and the true P80 cost between $1.3B"
                + " and $1.4B (95% intervals); more runs narrow them.", ConvergenceNote.of(withPrecision(0, 104, 104)));
        assertEquals("Convergence: with 10 runs, the true P80 date is 1 Jan 2029 and the true P80 cost is $961"
                + " (95% intervals).", ConvergenceNote.of(withPrecision(0.8, 0, 104, 104, 960.8, 960.8)));
        assertEquals("Convergence: with 10 runs, the true P80 date lies between 1 Jan 2029 and 22 Jan 2029 and the"
                + " true P80 cost is $1.3B (95% intervals); more runs narrow them.",
                ConvergenceNote.of(withPrecision(0.8, 0, 104, 107, 1.3e9, 1.3e9)));
    }

    @Test
    void anIntervalReachingRunsNotFinishedByTheHorizonHasNoUpperEnd() {
        // week 200, the horizon, is 4 Nov 2030
        assertEquals("Convergence: with 10 runs, the true P80 date is 1 Jan 2029 or later (the interval reaches"
                + " the horizon, 4 Nov 2030), and the true P80 cost at least $1.3B (95% intervals; runs not finished by"
                + " the horizon count their cost only to then).", ConvergenceNote.of(withPrecision(2, 104, 200)));
        assertEquals("Convergence: with 10 runs, the true P80 date is 4 Nov 2030 or later (the horizon), and the true"
                + " P80 cost at least $1.3B (95% intervals; runs not finished by the horizon count their cost only to"
                + " then).", ConvergenceNote.of(withPrecision(10, 200, 200)));
    }

    @Test
    void theIntervalIsOfTheBoardsConfidenceLevel() {
        // --confidence P95: the headline states P95, so the note bounds P95, not P80
        assertEquals("Convergence: with 10 runs, the true P95 date lies between 1 Jan 2029 and 22 Jan 2029 and the"
                + " true P95 cost between $1.3B and $1.4B (95% intervals); more runs narrow them.",
                ConvergenceNote.of(withPrecision(0.95, 0, 104, 107)));
        assertEquals("Convergence: with 10 runs, the true P90 date is 4 Nov 2030 or later (the horizon), and the true"
                + " P90 cost at least $1.3B (95% intervals; runs not finished by the horizon count their cost only to"
                + " then).", ConvergenceNote.of(withPrecision(0.9, 10, 200, 200)));
        assertEquals("Convergence: 10 runs are too few to bound the true P99 date and cost with 95% confidence; more"
                + " runs will.", ConvergenceNote.of(withPrecision(0.99, 0, Double.NaN, 107)));
    }
}
