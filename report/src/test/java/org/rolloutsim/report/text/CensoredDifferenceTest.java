package org.rolloutsim.report.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.text.CensoredDifference.Bound;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.VariantResult;

/**
 * Paired differences with runs cut off at the horizon (week 520), on ten runs worked out by hand:
 * a run an option did not finish holds week 520, so its difference is only a bound.
 */
class CensoredDifferenceTest {

    private static final ComparisonData DATA = SampleData.comparison(100);
    private static final int HORIZON = 520;

    /** Completion weeks of ten runs, with the runs given left unfinished (at the horizon). */
    private static VariantResult variant(String name, float[] weeks, int... unfinished) {
        float[] w = weeks.clone();
        for (int i : unfinished) {
            w[i] = HORIZON;
        }
        return new VariantResult(name, RunDistribution.of(w), RunDistribution.of(w), unfinished.length,
                Probabilities.count(w, w, null, null));
    }

    private static final java.util.function.DoubleFunction<String> WEEKS = Verdict::weeksDifference;

    private static final float[] STEADY = {100, 110, 120, 130, 140, 150, 160, 170, 180, 190};

    private static CensoredDifference pair(VariantResult first, VariantResult second) {
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(first, second), List.of(difference(first, second)));
        return CensoredDifference.of(data, data.differences().get(0));
    }

    private static PairedDifference difference(VariantResult first, VariantResult second) {
        float[] a = first.completion().values();
        float[] b = second.completion().values();
        float[] d = new float[a.length];
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
            sum += d[i];
        }
        double mean = sum / a.length;
        return PairedDifference.counted(first.name(), second.name(), Outcome.COMPLETION, d, mean, mean - 1, mean + 1);
    }

    @Test
    void withoutUnfinishedRunsEveryFigureIsExact() {
        CensoredDifference c = pair(variant("A", STEADY), variant("B", STEADY));
        assertTrue(c.exact());
        assertEquals(Bound.EXACT, c.mean());
        assertEquals(Bound.EXACT, c.percentile(0.5, WEEKS));
        assertEquals("+4 weeks", c.percentile(0.5, WEEKS).of("+4 weeks"));
    }

    /**
     * The first option left runs 8 and 9 unfinished: their differences (520 − 180, 520 − 190) can
     * only be larger. A percentile below them is exact; one they could pass is a lower bound.
     */
    @Test
    void aFirstOptionUnfinishedInSomeRunsGivesLowerBoundsWhereThoseRunsCount() {
        CensoredDifference c = pair(variant("Slow", STEADY, 8, 9), variant("B", STEADY));
        assertEquals(Bound.AT_LEAST, c.mean(), "every run enters the mean");
        // differences 0 (eight runs), 340 and 330: the cut-off runs are the two largest
        assertEquals(Bound.EXACT, c.percentile(0.5, WEEKS), "the median, 0, is one of the eight finished runs");
        assertEquals(Bound.EXACT, c.percentile(0.8, WEEKS), "P80 is the eighth smallest, still a finished run");
        assertEquals(Bound.AT_LEAST, c.percentile(0.9, WEEKS), "P90 is the ninth smallest, 330: a cut-off run");
        assertEquals("at least +330 weeks", c.percentile(0.9, WEEKS).of("+330 weeks"));
        assertArrayEquals(new double[] {0, 0.2, 0.8, 0}, c.shares(difference(variant("Slow", STEADY, 8, 9),
                variant("B", STEADY))), 1e-12, "later in both cut-off runs, for certain");
    }

    @Test
    void aSecondOptionUnfinishedGivesUpperBounds() {
        CensoredDifference c = pair(variant("A", STEADY), variant("Slow", STEADY, 8, 9));
        assertEquals(Bound.AT_MOST, c.mean());
        assertEquals(Bound.AT_MOST, c.percentile(0.2, WEEKS), "P20, the second smallest, \u2212330: a cut-off run");
        assertEquals(Bound.EXACT, c.percentile(0.3, WEEKS));
        assertEquals("at most \u2212330 weeks", c.percentile(0.2, WEEKS).of("\u2212330 weeks"));
    }

    /**
     * The option that never finishes against one that leaves run 9 unfinished too: in run 9 neither
     * finished, so that run's difference could be anything and which is earlier is not known.
     */
    @Test
    void runsNeitherFinishedAreNotKnownAndMakeTheMeanNotExact() {
        VariantResult never = variant("Never", STEADY, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        VariantResult late = variant("Late", STEADY, 9);
        CensoredDifference c = pair(never, late);
        assertEquals(Bound.NOT_EXACT, c.mean());
        assertEquals("+5 weeks, not exact", c.mean().of("+5 weeks"));
        // differences 420, 410, … 340 and 0 (run 9): every run can rise, and run 9 can fall too
        assertEquals(Bound.AT_LEAST, c.percentile(0.5, WEEKS), "the median, 370, can only rise");
        assertEquals(Bound.NOT_EXACT, c.percentile(0.1, WEEKS), "P10 is run 9's 0, which could move either way");
        assertArrayEquals(new double[] {0, 0.9, 0, 0.1}, c.shares(difference(never, late)), 1e-12,
                "run 9 is neither the same week nor later: not known");
    }

    /**
     * A scenario against itself (the same hash): run 9, cut off in both, is one run cut off once; its
     * difference is exactly 0, the same week, and every figure exact. Without the hash, not known.
     */
    @Test
    void runsBothLeftUnfinishedInOneScenarioAreTheSame() {
        VariantResult a = hashed(variant("A", STEADY, 9), "sha256:aa");
        VariantResult again = hashed(variant("A (2)", STEADY, 9), "sha256:aa");
        CensoredDifference c = pair(a, again);
        assertTrue(c.exact());
        assertEquals(Bound.EXACT, c.mean());
        assertEquals(Bound.EXACT, c.percentile(0.95, WEEKS));
        assertArrayEquals(new double[] {0, 0, 1, 0}, c.shares(difference(a, again)), 1e-12, "the same in every run");
        CensoredDifference other = pair(a, hashed(variant("B", STEADY, 9), "sha256:bb"));
        assertEquals(Bound.NOT_EXACT, other.mean(), "another scenario: run 9 could go either way");
        assertArrayEquals(new double[] {0, 0, 0.9, 0.1}, other.shares(difference(a, variant("B", STEADY, 9))), 1e-12);
        assertEquals(Bound.NOT_EXACT, pair(variant("A", STEADY, 9), variant("A (2)", STEADY, 9)).mean(),
                "hashes not known");
    }

    private static VariantResult hashed(VariantResult v, String hash) {
        return new VariantResult(v.name(), v.completion(), v.cost(), v.censoredRuns(), v.probabilities(),
                v.description(), v.lowestUnfinishedCost(), hash);
    }

    /** One run cut off on both sides among ten equal differences leaves their median where it is. */
    @Test
    void aFewCutOffRunsAmongEqualDifferencesLeaveTheMedianExact() {
        CensoredDifference c = pair(variant("A", STEADY, 9), variant("B", STEADY, 9));
        assertEquals(Bound.NOT_EXACT, c.mean(), "run 9 could be anything, and the mean takes it in");
        assertEquals(Bound.EXACT, c.percentile(0.5, WEEKS), "nine runs differ by exactly 0: the median is 0 whatever run 9 does");
        assertArrayEquals(new double[] {0, 0, 0.9, 0.1}, c.shares(difference(variant("A", STEADY, 9),
                variant("B", STEADY, 9))), 1e-12);
    }

    /**
     * A cut-off run below the median could pass it, but only to the next run's value, $100 away: the
     * median is written the same either way (+$1.85M), so it is not called a bound; written to the
     * dollar it would be.
     */
    @Test
    void aPercentileIsABoundOnlyWhenTheCutOffRunsCouldChangeWhatIsWritten() {
        VariantResult slow = variant("Slow", STEADY, 9);
        VariantResult b = variant("B", STEADY);
        float[] diff = new float[10];
        for (int i = 0; i < 9; i++) {
            diff[i] = 1_850_000 + 100 * i;
        }
        diff[9] = 1_000_000; // the run cut off, cheaper as far as it was counted
        PairedDifference cost = PairedDifference.counted("Slow", "B", Outcome.COST, diff, 1.7e6, 1.6e6, 1.8e6);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(slow, b), List.of(cost));
        CensoredDifference c = CensoredDifference.of(data, cost);
        org.rolloutsim.report.view.Money money = new org.rolloutsim.report.view.Money("$");
        assertEquals("+$1.85M", money.formatSigned(cost.difference().quantiles().p50()));
        assertEquals(Bound.EXACT, c.percentile(0.5, money::formatSigned), "1,850,300 or 1,850,400: +$1.85M either way");
        assertEquals(Bound.AT_LEAST, c.percentile(0.5, x -> Double.toString(x)));
        assertEquals(Bound.AT_LEAST, c.mean(), "the run could add any amount to the mean");
    }

    /**
     * The verdict reads the table's pair the other way round ("B against A" of A − B), and the
     * median it gives is the table's negated, so the two must say the same of it. Differences A − B
     * of nine finished runs −9, −8, −7, −5, −5, −4, −3, −2, −1 and of run 9, which neither option
     * finished, 0, above the median: the median −5 (the lower middle) is exact, since run 9 falling
     * below every other leaves −5 there and rising changes nothing. B − A's median is +5, the same
     * run, and exact too; it used to be judged at B − A's lower middle, +4, and called "at least".
     */
    @Test
    void theMedianOfAPairReadTheOtherWayRoundIsTheTablesWithItsBoundTurned() {
        CensoredDifference[] tie = tableAndVerdict(-9, -8, -7, -5, -5, -4, -3, -2, -1);
        assertEquals(Bound.EXACT, tie[0].percentile(0.5, WEEKS), "the table's P50, −5");
        assertEquals(Bound.EXACT, tie[1].percentile(0.5, WEEKS), "the verdict's median, +5: the same run");
        // without the tie, run 9 falling below every other lowers A − B's median to −6
        CensoredDifference[] apart = tableAndVerdict(-9, -8, -7, -6, -5, -4, -3, -2, -1);
        assertEquals(Bound.AT_MOST, apart[0].percentile(0.5, WEEKS), "at most −5 weeks");
        assertEquals(Bound.AT_LEAST, apart[1].percentile(0.5, WEEKS), "at least +5 weeks");
    }

    /**
     * The pair A − B with nine finished runs' differences as given and run 9 left unfinished by
     * both (difference 0), as the table reads it and as the verdict does (B − A).
     */
    private static CensoredDifference[] tableAndVerdict(float... finished) {
        float[] a = new float[10];
        for (int i = 0; i < 10; i++) {
            a[i] = STEADY[i] + (i < 9 ? finished[i] : 0);
        }
        VariantResult first = variant("A", a, 9);
        VariantResult second = variant("B", STEADY, 9);
        PairedDifference held = difference(first, second);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(first, second), List.of(held));
        PairedDifference otherWay = held.reversed();
        assertEquals(-otherWay.difference().quantiles().p50(), held.difference().quantiles().p50(), 0,
                "B − A's median is A − B's negated");
        return new CensoredDifference[] {CensoredDifference.of(data, held), CensoredDifference.of(data, otherWay)};
    }
}
