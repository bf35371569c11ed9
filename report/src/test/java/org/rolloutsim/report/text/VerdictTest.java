package org.rolloutsim.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.VariantResult;

/** The comparison verdict at the board's confidence level, on small batches worked out by hand. */
class VerdictTest {

    private static final ComparisonData DATA = SampleData.comparison(1000);

    @Test
    void statesEachOptionAtTheLevelAndNamesAClearLeader() {
        List<String> s = new Verdict(DATA).sentences();
        assertTrue(s.get(0).startsWith("At P80, the confidence the board plans at"), s.get(0));
        assertTrue(s.get(1).startsWith("A, \u201cPhased, 4 waves\u201d: finishes by "), s.get(1));
        assertTrue(s.get(1).contains("chance of finishing more than 6 months after the target"), s.get(1));
        // the fixture's third variant is 5 weeks earlier in every run: a clear leader on dates
        assertEquals("At P80, C finishes earliest (" + DATA.calendar().longDate(
                DATA.variants().get(2).completion().percentile(0.8)) + ").", s.get(4));
        assertTrue(s.get(6).startsWith("B against A, run by run: earlier in 0% of runs, later in 100%, the same week in 0%"),
                s.get(6));
    }

    @Test
    void aComparisonWithItselfHasNoMaterialDifferenceAndNeverCountsATieAsAWin() {
        VariantResult a = DATA.variants().get(0);
        float[] zeros = new float[a.completion().runs()];
        List<PairedDifference> none = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            none.add(PairedDifference.counted("Copy", a.name(), outcome, zeros, 0, 0, 0));
        }
        ComparisonData self = new ComparisonData("Self", DATA.start(), "$", DATA.targetWeek(), DATA.budget(),
                DATA.provenance(), List.of(a, rename(a, "Copy")), none);
        List<String> s = new Verdict(self).sentences();
        assertTrue(s.get(3).startsWith("No material difference in completion date at P80 between A and B"), s.get(3));
        assertTrue(s.get(4).startsWith("No material difference in cost at P80 between A and B"), s.get(4));
        assertEquals("B against A, run by run: earlier in 0% of runs, later in 0%, the same week in 100%"
                + " (no material difference on average); cheaper in 0%, dearer in 0%, the same in 100% (no material difference on average).",
                s.get(5));
    }

    /** Two options $1M apart at P80 on about $400M are tied: the verdict does not pick whichever is listed first. */
    @Test
    void optionsWithinAHundredthOfTheCostAreTiedNotRankedByListOrder() {
        float[] weeks = new float[100];
        float[] cheap = new float[100];
        float[] dear = new float[100];
        for (int i = 0; i < 100; i++) {
            weeks[i] = 150 + i % 10;
            cheap[i] = 3.9e8f + i * 1e5f;
            dear[i] = cheap[i] + 1e6f;   // $1M dearer in every run: clear, but not material
        }
        Probabilities p = Probabilities.count(weeks, cheap, null, null);
        VariantResult first = new VariantResult("Dear", RunDistribution.of(weeks), RunDistribution.of(dear), 0, p);
        VariantResult second = new VariantResult("Cheap", RunDistribution.of(weeks), RunDistribution.of(cheap), 0, p);
        float[] diff = new float[100];
        java.util.Arrays.fill(diff, 1e6f);
        PairedDifference cost = PairedDifference.counted("Dear", "Cheap", Outcome.COST, diff, 1e6, 1e6, 1e6);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(first, second), List.of(cost));
        String costLeader = new Verdict(data).sentences().get(4);
        assertTrue(costLeader.startsWith("No material difference in cost at P80 between B and A"), costLeader);
    }

    /** An option whose runs do not finish by the horizon at P80 has no date, and its cut-off cost cannot lead. */
    /**
     * An option not finished at the level by a horizon before the earliest date of the others may yet
     * finish before it: the earliest is named among the options that finish, and the other said to
     * be undecided against it (it was left out, and "A finishes earliest" stood as a fact).
     */
    @Test
    void anOptionCutOffBeforeTheEarliestDateMayFinishBeforeOrAfterIt() {
        float[] weeks = new float[100];
        float[] early = new float[100];
        float[] costs = new float[100];
        for (int i = 0; i < 100; i++) {
            weeks[i] = 150 + i % 10;
            early[i] = i < 50 ? 100 + i % 20 : 140; // half the runs unfinished at an earlier horizon, week 140
            // A's P80: the 80th of 100 weeks 150..159, ten of each: week 157
            costs[i] = 3.9e8f;
        }
        VariantResult done = new VariantResult("Done", RunDistribution.of(weeks), RunDistribution.of(costs), 0,
                Probabilities.count(weeks, costs, null, null));
        VariantResult cut = new VariantResult("Cut", RunDistribution.of(early), RunDistribution.of(costs), 50,
                Probabilities.count(early, costs, null, null));
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(done, cut), List.of());
        List<String> s = new Verdict(data).sentences();
        assertEquals("At P80, A finishes earliest of the options that finish within the simulated horizon ("
                + DATA.calendar().longDate(157) + "). B (not finished before " + DATA.calendar().longDate(140)
                + ") may finish before or after A.", s.get(3));
    }

    @Test
    void anOptionUnfinishedAtTheLevelNeitherFinishesNorCostsLeast() {
        float[] weeks = new float[100];
        float[] stuck = new float[100];
        float[] costs = new float[100];
        float[] cutOff = new float[100];
        for (int i = 0; i < 100; i++) {
            weeks[i] = 150 + i % 10;
            stuck[i] = i < 50 ? 400 + i : 520; // half the runs unfinished at the horizon, week 520
            costs[i] = 3.9e8f + i * 1e5f;
            cutOff[i] = 1.0e8f;                 // far cheaper, because its costs stop at the horizon
        }
        VariantResult done = new VariantResult("Done", RunDistribution.of(weeks), RunDistribution.of(costs), 0,
                Probabilities.count(weeks, costs, null, null));
        VariantResult never = new VariantResult("Never", RunDistribution.of(stuck), RunDistribution.of(cutOff), 50,
                Probabilities.count(stuck, cutOff, null, null));
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(done, never), List.of());
        List<String> s = new Verdict(data).sentences();
        assertTrue(s.get(2).startsWith("B, \u201cNever\u201d: does not finish before "), s.get(2));
        assertEquals("B, \u201cNever\u201d: does not finish before " + DATA.calendar().longDate(520) + ", the end of the"
                + " simulated horizon; its cost at P80 is at least $100M, as runs not finished by the horizon count"
                + " their cost only to then.", s.get(2));
        assertTrue(s.get(3).startsWith("At P80, A finishes earliest"), s.get(3));
        // nor is the one that finishes said to cost least: B's true cost is not known; A's P80 is the
        // 80th of 100 costs, $390M + 79 x $0.1M = $397.9M
        assertEquals("At P80, only the cost of A is known ($398M). The cost of B (at least $100M), counted only to"
                + " the horizon for runs not finished by then, cannot be compared with that of A.", s.get(4));
        // with a second option that finishes, dearer by a tenth: the cheapest is named among those that finish
        float[] dearer = new float[100];
        for (int i = 0; i < 100; i++) {
            dearer[i] = costs[i] * 1.1f;
        }
        VariantResult alsoDone = new VariantResult("Also done", RunDistribution.of(weeks), RunDistribution.of(dearer), 0,
                Probabilities.count(weeks, dearer, null, null));
        ComparisonData three = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(done, never, alsoDone), List.of());
        assertTrue(new Verdict(three).sentences().contains("At P80, A costs least of the options whose cost is known"
                + " ($398M). The cost of B (at least $100M), counted only to the horizon for runs not finished by then,"
                + " cannot be compared with that of A."), new Verdict(three).sentences().toString());
        ComparisonData both = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(never, rename(never, "Never again")), List.of());
        assertEquals("At P80, no option finishes within the simulated horizon, so none can be said to finish earliest.",
                new Verdict(both).sentences().get(3));
        assertEquals("At P80, no option's cost is known: each takes in runs not finished by the simulated horizon,"
                + " whose costs count only to then, so none can be said to cost least.", new Verdict(both).sentences().get(4));
    }

    /**
     * Two options that finish, tied on cost at P80 ($397.9M against $400.9M, under a hundredth
     * apart), and one cut off at the horizon whose cost stops there: the tie is among the options
     * whose cost is known, and the sentence says that the cut-off option's cost cannot be compared, as the
     * sentence naming a clear leader does, rather than leave it out unexplained.
     */
    @Test
    void aTieOnCostIsAmongTheOptionsThatFinishAndSaysWhichCannotBeCompared() {
        float[] weeks = new float[100];
        float[] stuck = new float[100];
        float[] costs = new float[100];
        float[] close = new float[100];
        float[] cutOff = new float[100];
        for (int i = 0; i < 100; i++) {
            weeks[i] = 150 + i % 10;
            stuck[i] = i < 50 ? 400 + i : 520; // half the runs unfinished at the horizon, week 520
            costs[i] = 3.9e8f + i * 1e5f;
            close[i] = costs[i] + 3e6f;        // $3M dearer: within a hundredth, so tied
            cutOff[i] = 1.0e8f;
        }
        VariantResult done = new VariantResult("Done", RunDistribution.of(weeks), RunDistribution.of(costs), 0,
                Probabilities.count(weeks, costs, null, null));
        VariantResult never = new VariantResult("Never", RunDistribution.of(stuck), RunDistribution.of(cutOff), 50,
                Probabilities.count(stuck, cutOff, null, null));
        VariantResult alsoDone = new VariantResult("Also done", RunDistribution.of(weeks), RunDistribution.of(close), 0,
                Probabilities.count(weeks, close, null, null));
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(done, never, alsoDone), List.of());
        List<String> s = new Verdict(data).sentences();
        assertEquals("No material difference in cost at P80 between A and C, the cheapest of the options whose cost is"
                + " known ($398M against $401M): the choice between them rests on other grounds. The cost of B (at least"
                + " $100M), counted only to the horizon for runs not finished by then, cannot be compared with that of A.",
                s.get(5));
        // the dates tie too, and B, which does not finish, is later than both: that tie stands among all
        assertTrue(s.get(4).startsWith("No material difference in completion date at P80 between A and C ("), s.get(4));
    }

    /**
     * An option that finishes by the level, but with a tenth of its runs cut off at the horizon (week
     * 170) at $300M, below its P80 cost: its date there is exact, its cost only a lower bound (the
     * horizon's rule, as its table cell reads "at least"). It is never said to cost "at most" that,
     * nor to cost least; against a dearer option that finishes, the verdict gives its bound and says
     * it cannot tell; against a cheaper one, that its bound is already no lower.
     */
    @Test
    void aCostCutByTheHorizonIsALowerBoundEvenWhereTheDateIsExact() {
        float[] weeks = new float[100];
        float[] shortWeeks = new float[100];
        float[] done = new float[100];
        float[] cheap = new float[100];
        float[] dear = new float[100];
        for (int i = 0; i < 100; i++) {
            weeks[i] = 150 + i % 10;
            shortWeeks[i] = i < 90 ? 150 + i % 10 : 170;   // ten runs unfinished at the horizon, week 170
            done[i] = 4.0e8f + i * 1e5f;                   // P80: $400M + 79 x $0.1M = $407.9M
            cheap[i] = i < 90 ? 3.8e8f + i * 1e5f : 3.0e8f; // P80: the ten at $300M, then $380M + 69 x $0.1M
            dear[i] = i < 90 ? 4.5e8f + i * 1e5f : 4.2e8f;  // P80: the ten at $420M, then $450M + 69 x $0.1M
        }
        VariantResult a = new VariantResult("Done", RunDistribution.of(weeks), RunDistribution.of(done), 0,
                Probabilities.count(weeks, done, null, null));
        VariantResult b = new VariantResult("Short horizon", RunDistribution.of(shortWeeks), RunDistribution.of(cheap),
                10, Probabilities.count(shortWeeks, cheap, null, null));
        VariantResult c = new VariantResult("Short and dear", RunDistribution.of(shortWeeks), RunDistribution.of(dear),
                10, Probabilities.count(shortWeeks, dear, null, null));
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(a, b, c), List.of());
        Verdict verdict = new Verdict(data);
        List<String> s = verdict.sentences();
        assertTrue(verdict.options().get(1).costCut() && !verdict.options().get(0).costCut());
        // the same words as the variants table's cell for that cost
        assertEquals("at least $387M", b.horizonRule().cost(data.money(), verdict.options().get(1).cost()));
        assertEquals("A, \u201cDone\u201d: finishes by " + DATA.calendar().longDate(157) + " and costs at most $408M.",
                s.get(1));
        assertEquals("B, \u201cShort horizon\u201d: finishes by " + DATA.calendar().longDate(158) + "; its cost at P80"
                + " is at least $387M, as runs not finished by the horizon count their cost only to then.", s.get(2));
        assertFalse(s.get(2).contains("at most"), s.get(2));
        assertTrue(s.get(3).startsWith("C, \u201cShort and dear\u201d: finishes by "), s.get(3));
        assertEquals("At P80, only the cost of A is known ($408M). The cost of B (at least $387M), counted only to the"
                + " horizon for runs not finished by then, cannot be compared with that of A. The cost of C (at least"
                + " $457M), counted only to the horizon for runs not finished by then, is already no lower than that"
                + " of A.", s.get(5));
        // the dates are exact: B and C finish at P80 (week 158, a week after A), so they take part in the
        // date's leader as before
        assertEquals("At P80, A finishes earliest (" + DATA.calendar().longDate(157) + ").", s.get(4));
    }

    /**
     * Unfinished runs dearer than the level leave the cost there exact (the horizon's rule): such an
     * option costs "at most" it and can lead on cost, while the one whose bound is lower cannot.
     */
    @Test
    void unfinishedRunsAboveTheLevelLeaveItsCostExactAndLeading() {
        float[] weeks = new float[100];
        float[] shortWeeks = new float[100];
        float[] done = new float[100];
        float[] cheap = new float[100];
        float[] cutLow = new float[100];
        for (int i = 0; i < 100; i++) {
            weeks[i] = 150 + i % 10;
            shortWeeks[i] = i < 90 ? 150 + i % 10 : 170;
            done[i] = 4.0e8f + i * 1e5f;
            cheap[i] = i < 90 ? 3.8e8f + i * 1e5f : 9.0e8f; // unfinished, but dearer than every other run
            cutLow[i] = i < 90 ? 3.7e8f + i * 1e5f : 1.0e8f;
        }
        VariantResult a = new VariantResult("Done", RunDistribution.of(weeks), RunDistribution.of(done), 0,
                Probabilities.count(weeks, done, null, null));
        VariantResult b = new VariantResult("Exact", RunDistribution.of(shortWeeks), RunDistribution.of(cheap), 10,
                Probabilities.count(shortWeeks, cheap, null, null));
        VariantResult c = new VariantResult("Cut", RunDistribution.of(shortWeeks), RunDistribution.of(cutLow), 10,
                Probabilities.count(shortWeeks, cutLow, null, null));
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(a, b, c), List.of());
        List<String> s = new Verdict(data).sentences();
        assertTrue(s.get(2).endsWith(" and costs at most $388M."), s.get(2));
        assertEquals("At P80, B costs least of the options whose cost is known ($388M). The cost of C (at least $377M),"
                + " counted only to the horizon for runs not finished by then, cannot be compared with that of B.",
                s.get(5));
    }

    /**
     * An option that never finishes against one that does: its runs hold the horizon (week 520), so
     * the median difference, 520 − 155 = +365 weeks, is only a lower bound, and no figure is said as exact.
     */
    @Test
    void aDifferenceAgainstAnOptionThatNeverFinishesIsALowerBound() {
        float[] weeks = new float[100];
        float[] never = new float[100];
        float[] diff = new float[100];
        for (int i = 0; i < 100; i++) {
            weeks[i] = 150 + i % 10;
            never[i] = 520;
            diff[i] = never[i] - weeks[i];
        }
        VariantResult done = new VariantResult("Done", RunDistribution.of(weeks), RunDistribution.of(weeks), 0,
                Probabilities.count(weeks, weeks, null, null));
        VariantResult stuck = new VariantResult("Never", RunDistribution.of(never), RunDistribution.of(weeks), 100,
                Probabilities.count(never, weeks, null, null));
        PairedDifference time = PairedDifference.counted("Never", "Done", Outcome.COMPLETION, diff, 365.5, 364.9, 366.1);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(done, stuck), List.of(time));
        assertEquals("B against A, run by run: earlier in 0% of runs, later in 100%, the same week in 0%;"
                + " median difference at least +365.0 weeks.", new Verdict(data).sentences().get(5));
        // read the other way round, from the finished option's side: the same median negated, at most −365 weeks
        ComparisonData reversed = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(stuck, done), List.of(time));
        assertTrue(new Verdict(reversed).sentences().get(5).endsWith("median difference at most \u2212365.0 weeks."),
                new Verdict(reversed).sentences().get(5));
    }

    /** Two options that never finish: every run is cut off on both sides, so nothing is known of the difference. */
    @Test
    void twoOptionsThatNeverFinishAreNotSaidToBeTheSame() {
        float[] never = new float[100];
        java.util.Arrays.fill(never, 520);
        VariantResult a = new VariantResult("Never", RunDistribution.of(never), RunDistribution.of(never), 100,
                Probabilities.count(never, never, null, null));
        PairedDifference time = PairedDifference.counted("Never again", "Never", Outcome.COMPLETION, new float[100], 0, 0, 0);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(a, rename(a, "Never again")), List.of(time));
        assertEquals("B against A, run by run: earlier in 0% of runs, later in 0%, the same week in 0%, not known in"
                + " 100% (not finished by the horizon); median difference 0.0 weeks, not exact.",
                new Verdict(data).sentences().get(5));
    }

    @Test
    void theBoardsLevelReplacesP80Everywhere() {
        ComparisonData p50 = new ComparisonData(DATA.title(), DATA.start(), DATA.currency(), DATA.targetWeek(),
                DATA.budget(), DATA.provenance(), DATA.variants(), DATA.differences(), 0.5);
        List<String> s = new Verdict(p50).sentences();
        assertTrue(s.get(0).startsWith("At P50,"), s.get(0));
        assertTrue(s.get(1).contains(DATA.calendar().longDate(DATA.variants().get(0).completion().percentile(0.5))), s.get(1));
        assertFalse(String.join(" ", s).contains("P80"));
    }

    @Test
    void lateShareCountsRunsMoreThanHalfAYearAndAYearAfterTheTarget() {
        // target week 100; runs at 100..129 and 160..169: 10 of 40 beyond 126, 10 beyond 152
        float[] weeks = new float[40];
        float[] costs = new float[40];
        for (int i = 0; i < 30; i++) {
            weeks[i] = 100 + i;
        }
        for (int i = 30; i < 40; i++) {
            weeks[i] = 130 + i;
        }
        Probabilities p = Probabilities.count(weeks, costs, 100, null);
        VariantResult v = new VariantResult("V", RunDistribution.of(weeks), RunDistribution.of(costs), 0, p);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", 100, null, DATA.provenance(),
                List.of(v, rename(v, "W")), List.of());
        Verdict.Option o = new Verdict(data).options().get(0);
        assertEquals(13 / 40.0, o.halfYearLate(), 1e-12, "weeks 127, 128, 129 and the ten from 160");
        assertEquals(10 / 40.0, o.yearLate(), 1e-12);
    }

    /**
     * A run not finished by a horizon before "6 months late" may or may not be that late: the share
     * is a range from the runs known late to those plus the unfinished ones. With the horizon past
     * that point an unfinished run is known late, and the share is exact. (A comparison table read
     * "0%" for an option none of whose runs finished.)
     */
    @Test
    void lateSharesAreARangeWhereTheHorizonComesBeforeTheyCanBeSeen() {
        // target week 100; 30 runs finish at 90..119, 10 are not finished by the horizon
        assertEquals(List.of("0% to 25%", "0% to 25%"), lateTexts(120));
        assertEquals(List.of("25%", "0% to 25%"), lateTexts(130), "past target + 26, not past target + 52");
    }

    private static List<String> lateTexts(int horizon) {
        float[] weeks = new float[40];
        float[] costs = new float[40];
        for (int i = 0; i < 40; i++) {
            weeks[i] = i < 30 ? 90 + i : horizon;
            costs[i] = 1e6f + i;
        }
        Probabilities p = Probabilities.count(weeks, costs, 100, null);
        VariantResult v = new VariantResult("V", RunDistribution.of(weeks), RunDistribution.of(costs), 10, p);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", 100, null, DATA.provenance(),
                List.of(v, rename(v, "W")), List.of());
        Verdict.Option o = new Verdict(data).options().get(0);
        return List.of(o.halfYearLateText(), o.yearLateText());
    }

    @Test
    void aReversedPairIsReadFromTheVariantsSide() {
        float[] baseMinusVariant = {10, 12, 9, 0, -1, 11, 10, 10, 13, 8};
        PairedDifference reversed = PairedDifference.counted("A", "B", Outcome.COMPLETION, baseMinusVariant, 8.2, 5.5, 10.9);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(rename(DATA.variants().get(0), "A"), rename(DATA.variants().get(1), "B")), List.of(reversed));
        // B is earlier where A − B > 0: 8 of the 10 runs, later in one, the same week in one
        String s = new Verdict(data).sentences().get(5);
        assertTrue(s.startsWith("B against A, run by run: earlier in 80% of runs, later in 10%, the same week in 10%;"
                + " median difference \u221210.0 weeks"), s);
    }

    /** 67, 67 and 66 runs of 200: one by one they would round to 34% + 34% + 33% = 101%. */
    @Test
    void earlierLaterAndTheSameWeekAddUpToAHundredPercent() {
        float[] diff = new float[200];
        for (int i = 0; i < 200; i++) {
            diff[i] = i < 67 ? -2 : i < 134 ? 3 : 0;
        }
        PairedDifference time = PairedDifference.counted("B", "A", Outcome.COMPLETION, diff, 0.335, -0.1, 0.8);
        PairedDifference cost = PairedDifference.counted("B", "A", Outcome.COST, diff, 0.335, -0.1, 0.8);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(rename(DATA.variants().get(0), "A"), rename(DATA.variants().get(1), "B")), List.of(time, cost));
        String s = new Verdict(data).sentences().get(5);
        assertTrue(s.startsWith("B against A, run by run: earlier in 34% of runs, later in 33%, the same week in 33%"
                + " (no material difference on average); cheaper in 34%, dearer in 33%, the same in 33%"), s);
    }

    /** A difference between options reads to one decimal wherever it is written, a whole number too. */
    @Test
    void aDifferenceInWeeksHasOneDecimal() {
        assertEquals("+26.0 weeks", Verdict.weeksDifference(26.0345));
        assertEquals("+29.4 weeks", Verdict.weeksDifference(29.3768));
        assertEquals("\u22120.3 weeks", Verdict.weeksDifference(-0.3));
        assertEquals("0.0 weeks", Verdict.weeksDifference(-0.04));
        assertEquals("+1.0 weeks", Verdict.weeksDifference(0.97));
    }

    @Test
    void durationsAreSaidAsPeopleSayThem() {
        assertEquals("less than a week", Verdict.spoken(0.4));
        assertEquals("1 week", Verdict.spoken(1.2));
        assertEquals("8 weeks", Verdict.spoken(-8.3));
        assertEquals("about 10 months (42 weeks)", Verdict.spoken(42.4));
        assertEquals("about 2.5 years (130 weeks)", Verdict.spoken(130));
        assertEquals("\u22120.3 weeks", Verdict.weeksDifference(-0.3));
        assertEquals("0.0 weeks", Verdict.weeksDifference(-0.04));
        assertEquals("P80", Verdict.label(0.8));
        assertEquals("P95", Verdict.label(0.95));
    }

    private static VariantResult rename(VariantResult v, String name) {
        return new VariantResult(name, v.completion(), v.cost(), v.censoredRuns(), v.probabilities());
    }
}
