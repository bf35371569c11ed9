package org.rolloutsim.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.Driver;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RunDistribution;

/** The summary sentences for small hand-made batches whose answers can be worked out by hand. */
class ExecutiveSummaryTest {

    /** Ten runs finishing in weeks 100..109 and costing $1.00B..$1.45B, run i both the i-th earliest and cheapest. */
    static ReportData tenRuns(Integer target, Double budget, List<Driver> drivers, int censored) {
        float[] weeks = new float[10];
        float[] costs = new float[10];
        for (int i = 0; i < 10; i++) {
            weeks[i] = 100 + i;
            costs[i] = (float) (1.0e9 + i * 0.05e9);
        }
        return new ReportData("Risk report", "Test", "", LocalDate.of(2027, 1, 4), "$", target, budget, 200,
                new Provenance("0.1.0", "sha256:00", 7, 10, "rollout-sim run test.yaml"), List.of(),
                RunDistribution.of(weeks), RunDistribution.of(costs), censored,
                Probabilities.count(weeks, costs, target, budget), List.of(), drivers, List.of());
    }

    /**
     * Runs that all but a few agree on: 97 of 100 finish in week 2 and cost $961, 3 finish in week 6
     * and cost $50,961 (a leaver replaced). P10 and P90 are equal, yet not every run gives the same
     * result, and the summary must not say it does.
     */
    @Test
    void aFewRunsThatDifferAreNotCalledTheSameResult() {
        float[] weeks = new float[100];
        float[] costs = new float[100];
        for (int i = 0; i < 100; i++) {
            boolean differs = i % 40 == 7;
            weeks[i] = differs ? 6 : 2;
            costs[i] = differs ? 50961 : 961;
        }
        ReportData data = new ReportData("Risk report", "Test", "", LocalDate.of(2027, 1, 4), "$", null, null, 200,
                new Provenance("0.1.0", "sha256:00", 7, 100, "rollout-sim run test.yaml"), List.of(),
                RunDistribution.of(weeks), RunDistribution.of(costs), 0,
                Probabilities.count(weeks, costs, null, null), List.of(), List.of(), List.of());
        List<String> sentences = new ExecutiveSummary(data).sentences();
        assertTrue(sentences.stream().noneMatch(s -> s.startsWith("Every run gives the same result")), sentences::toString);
        assertTrue(sentences.stream().noneMatch(s -> s.startsWith("Every simulated run completes")), sentences::toString);

        float[] same = new float[100];
        Arrays.fill(same, 2);
        float[] sameCost = new float[100];
        Arrays.fill(sameCost, 961);
        ReportData constant = new ReportData("Risk report", "Test", "", LocalDate.of(2027, 1, 4), "$", null, null, 200,
                new Provenance("0.1.0", "sha256:00", 7, 100, "rollout-sim run test.yaml"), List.of(),
                RunDistribution.of(same), RunDistribution.of(sameCost), 0,
                Probabilities.count(same, sameCost, null, null), List.of(), List.of(), List.of());
        List<String> constantSentences = new ExecutiveSummary(constant).sentences();
        assertTrue(constantSentences.stream().anyMatch(s -> s.startsWith("Every run gives the same result")),
                constantSentences::toString);
        assertTrue(constantSentences.stream().anyMatch(s -> s.startsWith("Every simulated run completes on 18 January 2027")),
                constantSentences::toString);
    }

    private static final List<Driver> DRIVERS = List.of(
            new Driver("Vendor upgrade", 0.6, 0.2), new Driver("Contractor rates", 0.1, 0.7));

    /**
     * Runs not finished by the horizon and within budget so far may or may not stay within it: the
     * chance on budget, and the budget's own level, are ranges in the sentence and the headline card;
     * the chance of both is exact (such a run is late). With none within budget, the figure is as before.
     */
    @Test
    void theChanceOnBudgetIsARangeWhileUnfinishedRunsAreWithinBudgetSoFar() {
        ReportData base = tenRuns(105, 1.2e9, DRIVERS, 2);
        ReportData data = new ReportData(base.title(), base.scenarioName(), base.description(), base.start(),
                base.currency(), base.targetWeek(), base.budget(), base.horizonWeeks(), base.provenance(),
                base.keyInputs(), base.completion(), base.cost(), base.censoredRuns(),
                new Probabilities(0.6, 0.5, 0.4, 0.2), base.waves(), base.drivers(), base.fans());
        ExecutiveSummary summary = new ExecutiveSummary(data);
        String likely = summary.sentences().stream().filter(s -> s.startsWith("There is a")).findFirst().orElseThrow();
        assertEquals("There is a 40% chance of finishing on time and on budget (on time: 60%; on budget: 50% to 70%):"
                + " the plan's target date is a P60 date and its budget a P50 to P70 budget. Runs not finished by the"
                + " horizon and within budget so far (20%) may or may not stay within it, so the chance on budget is a"
                + " range.", likely);
        ExecutiveSummary.Headline card = summary.headlines().get(2);
        assertEquals("40%", card.value());
        assertEquals("on time 60%, on budget 50% to 70%", card.note());

        ReportData exact = new ReportData(base.title(), base.scenarioName(), base.description(), base.start(),
                base.currency(), base.targetWeek(), base.budget(), base.horizonWeeks(), base.provenance(),
                base.keyInputs(), base.completion(), base.cost(), base.censoredRuns(),
                new Probabilities(0.6, 0.5, 0.4, 0.0), base.waves(), base.drivers(), base.fans());
        assertTrue(new ExecutiveSummary(exact).sentences().contains("There is a 40% chance of finishing on time and on"
                + " budget (on time: 60%; on budget: 50%): the plan's target date is a P60 date and its budget a P50 budget."));
        assertEquals("a budget from below P1 to P30", ExecutiveSummary.budgetConfidence(
                new Probabilities(null, 0.001, null, 0.299)));
    }

    /**
     * When the board plans at P50, the median is the board's level: the date, the programme cost and
     * the total cost are each stated once, not "P50 … the median (P50) is" the same figure again.
     */
    @Test
    void atP50EachFigureIsStatedOnce() {
        ReportData data = SampleData.atConfidence(SampleData.cutOffAtTheHorizon(), 0.5);
        List<String> sentences = new ExecutiveSummary(data).sentences();
        String when = sentences.stream().filter(s -> s.startsWith("P50 completion is")).findFirst().orElseThrow();
        assertTrue(when.endsWith(": half the simulated runs finish by then."), when);
        String cost = sentences.stream().filter(s -> s.startsWith("P50 programme cost is")).findFirst().orElseThrow();
        assertFalse(cost.contains("median"), cost);
        assertTrue(sentences.contains("Total cost, adding the cost of delay and lost productivity to the programme"
                + " cost: P50 $1.3B."), String.join("\n", sentences));

        List<String> p80 = new ExecutiveSummary(SampleData.atConfidence(data, 0.8)).sentences();
        assertTrue(p80.stream().anyMatch(s -> s.startsWith("P80 programme cost is") && s.contains("; the median (P50) is")),
                String.join("\n", p80));
    }

    /** The board's level is said as given: 97.5% of runs, not 98% (a level the board did not choose). */
    @Test
    void theBoardsLevelIsNotRounded() {
        assertEquals("8 in 10", ExecutiveSummary.inTen(0.8));
        assertEquals("75% of", ExecutiveSummary.inTen(0.75));
        assertEquals("97.5% of", ExecutiveSummary.inTen(0.975));
    }

    @Test
    void aConfidenceLevelIsRoundedAsTheShareBesideItIs() {
        // 998 runs in 1,000 on time reads ">99%", so the date cannot be called a P100 date
        assertEquals("a date beyond P99", ExecutiveSummary.confidenceName(0.998, "date"));
        // exactly 99.5% (1,990 runs in 2,000) reads ">99%" too, never "a P100 date"
        assertEquals("a date beyond P99", ExecutiveSummary.confidenceName(0.995, "date"));
        assertEquals("a date beyond P99", ExecutiveSummary.confidenceName(1990 / 2000.0, "date"));
        assertEquals("a budget below P1", ExecutiveSummary.confidenceName(0.002, "budget"));
        // every run on time (all 2,000, or the one run of --runs 1) is no certainty either: beyond P99, never P100
        assertEquals("a date beyond P99", ExecutiveSummary.confidenceName(1, "date"));
        assertEquals("a budget beyond P99", ExecutiveSummary.confidenceName(1, "budget"));
        assertEquals("a budget below P1", ExecutiveSummary.confidenceName(0, "budget"));
        assertEquals("a P99 date", ExecutiveSummary.confidenceName(0.994, "date"));
        assertEquals("a P73 date", ExecutiveSummary.confidenceName(0.73, "date"));
        assertEquals("a P29 budget", ExecutiveSummary.confidenceName(0.29, "budget"));
    }

    /**
     * The summary's chance: "There is a 84% chance" was written whatever the figure; every sentence
     * that writes a chance (on time and on budget, on time alone, on budget alone) takes its article.
     */
    @Test
    void theSummaryWritesAnBeforeAnEightyFourPercentChance() {
        ReportData base = tenRuns(105, 1.2e9, DRIVERS, 0);
        String[] expected = {"There is an 84% chance of finishing on time and on budget",
            "There is an 8% chance of finishing by the target date.", "There is an 11% chance of staying within the budget."};
        Probabilities[] chances = {new Probabilities(0.93, 0.9, 0.84, 0.0), new Probabilities(0.08, null, null, 0.0),
            new Probabilities(null, 0.11, null, 0.0)};
        for (int i = 0; i < chances.length; i++) {
            ReportData data = new ReportData(base.title(), base.scenarioName(), base.description(), base.start(),
                    base.currency(), base.targetWeek(), base.budget(), base.horizonWeeks(), base.provenance(),
                    base.keyInputs(), base.completion(), base.cost(), base.censoredRuns(), chances[i], base.waves(),
                    base.drivers(), base.fans());
            String text = String.join("\n", new ExecutiveSummary(data).sentences());
            assertTrue(text.contains(expected[i]), expected[i] + " in:\n" + text);
        }
    }
    /**
     * No run finished by the horizon and every one is within budget so far (one FTE building a hospital's
     * system): the chance on budget had read "0% to 100%" and the budget "a budget from below P1 to
     * beyond P99", which say only that nothing is known; they say so, and why.
     */
    @Test
    void aChanceOnBudgetThatRunsFromNoneToAllIsNotKnown() {
        Probabilities unknown = new Probabilities(0.0, 0.0, 0.0, 1.0);
        assertEquals("not known", unknown.onBudgetText());
        assertEquals("0% to 70%", new Probabilities(0.0, 0.0, 0.0, 0.7).onBudgetText());
        ReportData base = tenRuns(105, 1.2e9, DRIVERS, 0);
        ReportData data = new ReportData(base.title(), base.scenarioName(), base.description(), base.start(),
                base.currency(), base.targetWeek(), base.budget(), base.horizonWeeks(), base.provenance(),
                base.keyInputs(), base.completion(), base.cost(), base.censoredRuns(), unknown, base.waves(),
                base.drivers(), base.fans());
        ExecutiveSummary summary = new ExecutiveSummary(data);
        String text = String.join("\n", summary.sentences());
        assertTrue(text.contains("There is a 0% chance of finishing on time and on budget (on time: 0%; on budget: not"
                + " known): the plan's target date is a date below P1 and its budget a budget whose level is not known."
                + " No run had finished by the horizon and every one is within budget so far: whether any stays within"
                + " it is not known."), text);
        assertTrue(summary.headlines().stream().anyMatch(h -> h.toString().contains("on budget not known")),
                summary.headlines().toString());
        ReportData budgetOnly = new ReportData(base.title(), base.scenarioName(), base.description(), base.start(),
                base.currency(), null, base.budget(), base.horizonWeeks(), base.provenance(), base.keyInputs(),
                base.completion(), base.cost(), base.censoredRuns(), new Probabilities(null, 0.0, null, 1.0),
                base.waves(), base.drivers(), base.fans());
        String alone = String.join("\n", new ExecutiveSummary(budgetOnly).sentences());
        assertTrue(alone.contains("Whether the programme stays within the budget is not known. No run had finished"),
                alone);
    }

    /**
     * 1,857 runs in 2,000 on time (92.85%) read "on time: 93%" beside "a P92.8 date": the level cut to a
     * tenth looked like the share rounded the wrong way. It is the share exactly, "a P92.85 date", which
     * agrees with the 93% and is no level past the share; without an exact hundredth it is cut to a tenth.
     */
    @Test
    void aLevelWithAnExactHundredthIsTheShareItself() {
        assertEquals("a P92.85 date", ExecutiveSummary.confidenceName(1857 / 2000.0, "date"));
        assertEquals("a P83.75 budget", ExecutiveSummary.confidenceName(0.8375, "budget"));
        assertEquals("a P42.6 date", ExecutiveSummary.confidenceName(0.426, "date"));
        assertEquals("a P42.5 date", ExecutiveSummary.confidenceName(0.425, "date"));
        assertEquals("a P92.6 date", ExecutiveSummary.confidenceName(278 / 300.0, "date"));
    }

    /**
     * 79.6% of runs on time: the P80 date is after the target, so the target is a P79.6 date, not a
     * P80 date (as it read when the level was rounded to nearest, contradicting the P80 date stated
     * in the sentence before), nor a P79 date beside "on time: 80%"; the budget likewise.
     */
    @Test
    void theTargetIsNeverNamedALevelWhoseDateIsAfterIt() {
        assertEquals("a P79.6 date", ExecutiveSummary.confidenceName(0.796, "date"));
        assertEquals("a P79.95 budget", ExecutiveSummary.confidenceName(0.7995, "budget"));
        // 0.79966… (2,399 runs in 3,000) has no exact hundredth: cut to a tenth, not rounded up to P80.0
        assertEquals("a P79.9 budget", ExecutiveSummary.confidenceName(2399 / 3000.0, "budget"));
        assertEquals("a P80 date", ExecutiveSummary.confidenceName(0.8, "date"));
        assertEquals("a date below P1", ExecutiveSummary.confidenceName(0.007, "date"));
        ReportData base = tenRuns(105, 1.2e9, DRIVERS, 0);
        ReportData nearly = new ReportData(base.title(), base.scenarioName(), base.description(), base.start(),
                base.currency(), base.targetWeek(), base.budget(), base.horizonWeeks(), base.provenance(),
                base.keyInputs(), base.completion(), base.cost(), base.censoredRuns(),
                new Probabilities(0.796, 0.7985, 0.77, 0.0), base.waves(), base.drivers(), base.fans());
        assertTrue(new ExecutiveSummary(nearly).sentences().contains("There is a 77% chance of finishing on time and on"
                + " budget (on time: 80%; on budget: 80%): the plan's target date is a P79.6 date and its budget a"
                + " P79.85 budget."), String.join("\n", new ExecutiveSummary(nearly).sentences()));
    }

    @Test
    void answersWhenHowLikelyHowMuchAndWhy() {
        // P80 = 8th of 10 = week 107 (22 Jan 2029), P50 = 5th = week 104 (1 Jan 2029);
        // target week 68 (24 Apr 2028) is 39 weeks = 9 months earlier; 5 of 10 runs cost <= $1.2B, none are on time
        List<String> s = new ExecutiveSummary(tenRuns(68, 1.2e9, DRIVERS, 0)).sentences();
        // every run is 32 to 41 weeks late: all more than 6 months, none more than 12
        // contingency: P50 week 104 and P80 week 107 are 36 and 39 weeks after the target; P80 cost $1.35B is $150M over
        assertEquals(List.of(
                "P80 completion is 22 January 2029, 9 months after the target of 24 April 2028: 8 in 10 simulated runs"
                        + " finish by then; half finish by 1 January 2029.",
                "100% of runs finish more than 6 months after the target, and 0% more than 12 months after it.",
                "There is a 0% chance of finishing on time and on budget (on time: 0%; on budget: 50%): the plan's target"
                        + " date is a date below P1 and its budget a P50 budget.",
                "P80 programme cost is $1.35B against a budget of $1.2B ($150M over); the median (P50) is $1.2B.",
                "Contingency: P50 needs 36 weeks beyond the target and no money beyond the budget; P80 needs 39 weeks"
                        + " beyond the target and $150M beyond the budget.",
                "10 runs are too few to tell a driver of delay or cost from noise: it takes at least 14."), s);
        // the same correlations over 1,000 runs stand out: 3.5 / sqrt(999) = 0.11
        assertEquals("The biggest driver of delay is \u201cVendor upgrade\u201d; of cost, \u201cContractor rates\u201d.",
                new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, DRIVERS, 0), 1000)).sentences().get(5));
    }

    @Test
    void onlyDriversThatStandOutFromTheNoiseOfTheRunsAreNamed() {
        // over 1,000 runs |rho| must reach 3.5 / sqrt(999) = 0.1107
        List<Driver> drivers = List.of(new Driver("Weak", 0.11, 0.5), new Driver("Strong enough", 0.1108, 0.0));
        List<String> s = new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, drivers, 0), 1000)).sentences();
        assertEquals("The biggest driver of delay is \u201cStrong enough\u201d; of cost, \u201cWeak\u201d.", s.get(5));
        List<Driver> noise = List.of(new Driver("Weak", 0.11, 0.05));
        assertEquals("No uncertain input stands out from the noise of 1,000 runs as a driver of delay or cost.",
                new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, noise, 0), 1000)).sentences().get(5));
        List<Driver> costOnly = List.of(new Driver("Weak", 0.11, 0.3));
        assertEquals("No uncertain input stands out from the noise of 1,000 runs as a driver of delay; the biggest"
                + " driver of cost is \u201cWeak\u201d.",
                new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, costOnly, 0), 1000)).sentences().get(5));
        assertEquals("One run cannot show what drives delay or cost.",
                new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, costOnly, 0), 1)).sentences().get(5));
        assertEquals("one run cannot show it",
                new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, costOnly, 0), 1)).headlines().get(3).note());
    }

    @Test
    void aTargetAfterTheP80IsReportedAsBefore() {
        List<String> s = new ExecutiveSummary(tenRuns(120, null, DRIVERS, 0)).sentences();
        assertTrue(s.get(0).startsWith("P80 completion is 22 January 2029, 3 months before the target of 23 April 2029"),
                s.get(0));
        assertEquals("0% of runs finish more than 6 months after the target, and 0% more than 12 months after it.", s.get(1));
        assertEquals("There is a 100% chance of finishing by the target date.", s.get(2));
        assertTrue(s.get(3).endsWith("The scenario sets no budget."), s.get(3));
        assertEquals("Contingency: P50 needs no time beyond the target; P80 needs no time beyond the target.", s.get(4));
    }

    @Test
    void withoutTargetAndBudgetItSaysSo() {
        List<String> s = new ExecutiveSummary(tenRuns(null, null, List.of(), 0)).sentences();
        assertTrue(s.get(0).endsWith("The scenario sets no target date."), s.get(0));
        assertTrue(s.get(1).startsWith("With no target date and no budget set"), s.get(1));
        assertTrue(s.get(2).endsWith("The scenario sets no budget."), s.get(2));
        assertEquals("No uncertain input was sampled, so there is no driver of delay or cost to rank.", s.get(3));
    }

    @Test
    void oneDriverOfBothIsNamedOnce() {
        List<String> s = new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9,
                List.of(new Driver("Vendor upgrade", 0.6, -0.8), new Driver("Other", 0.1, 0.7)), 0), 1000)).sentences();
        // |-0.8| beats 0.7: a driver that lowers cost strongly is still the biggest driver of cost
        assertEquals("The biggest driver of both delay and cost is \u201cVendor upgrade\u201d.", s.get(5));
    }

    /**
     * The tornado ranks inputs by swing, among those whose rank correlation stands out from the
     * noise; the summary and the headline name the input at its top, not the one with the largest
     * correlation. Over 1,000 runs the floor is 3.5 / sqrt(999) = 0.11: "Steady" (rho 0.6, +4 weeks)
     * and "Lumpy" (rho 0.3, +20 weeks) stand out, "Tail noise" (rho 0.05, +40 weeks) does not.
     */
    @Test
    void theBiggestDriverIsTheTopOfTheTornadoByItsSwing() {
        List<Driver> drivers = List.of(new Driver("Steady", 0.6, 0.5, 4, 1e6), new Driver("Lumpy", 0.3, 0.2, 20, 5e6),
                new Driver("Tail noise", 0.05, 0.05, 40, 9e6));
        ExecutiveSummary summary = new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, drivers, 0), 1000));
        assertEquals("The biggest driver of both delay and cost is \u201cLumpy\u201d.", summary.sentences().get(5));
        assertEquals("Lumpy", summary.headlines().get(3).value());
        // without swings, the tornado is of rank correlations, and so is the ranking
        List<Driver> correlations = List.of(new Driver("Steady", 0.6, 0.5), new Driver("Lumpy", 0.3, 0.2));
        assertEquals("Steady", new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, correlations, 0), 1000))
                .top(Outcome.COMPLETION).label());
    }

    /**
     * When most runs are cut off at the horizon, the runs with the most of an input can be far more
     * often unfinished than those with the least; their cost counts only to the horizon, so the input
     * can read as making the programme much cheaper. Such an input is not called the biggest driver
     * without saying so: here 100% of the runs at its top end against 38% at its bottom end.
     */
    @Test
    void aDriverWhoseEndsAreCutOffUnevenlyIsNamedWithTheShares() {
        List<Driver> drivers = List.of(new Driver("Effort", 0.6, -0.5, 40, -118e6, 0.38, 1.0),
                new Driver("Rates", 0.3, 0.4, 4, 17e6, 0.9, 0.95));
        String why = new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, drivers, 0), 1000)).sentences().get(5);
        assertEquals("The input that swings both delay and cost the most is \u201cEffort\u201d. For \u201cEffort\u201d, 100%"
                + " of the runs with the most of it had not finished by the horizon, against 38% of those with the least;"
                + " an unfinished run counts its completion as the horizon and its cost only up to then, so these runs"
                + " cannot tell how far, or even which way, it moves delay and cost.", why);
        // the other's ends differ by 5 points: under the rule's 10, it is named as before
        List<Driver> even = List.of(new Driver("Effort", 0.6, 0.1, 40, 1e6, 0.38, 1.0),
                new Driver("Rates", 0.3, 0.4, 4, 17e6, 0.9, 0.95));
        assertEquals("The input that swings delay the most is \u201cEffort\u201d; of cost, \u201cRates\u201d. For"
                + " \u201cEffort\u201d, 100% of the runs with the most of it had not finished by the horizon, against 38%"
                + " of those with the least; an unfinished run counts its completion as the horizon and its cost only up"
                + " to then, so these runs cannot tell how far, or even which way, it moves delay.",
                new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, even, 0), 1000)).sentences().get(5));
    }

    /** P80 at the horizon: the summary gives the share cut off there, not only that it is above a fifth. */
    @Test
    void aP80AtTheHorizonGivesTheShareNotFinished() {
        List<String> s = new ExecutiveSummary(SampleData.cutOffAtTheHorizon()).sentences();
        assertTrue(s.stream().anyMatch(x -> x.startsWith("P80 completion is") && x.contains(
                ", the end of the simulated horizon: 30% of runs had not finished before then.")), s.toString());
    }

    /** With no target date there is no "late": a run not finished by the horizon only has its cost counted to then. */
    @Test
    void censoredRunsCountAsLateOnlyAgainstATarget() {
        String unfinished = "10% of runs had not finished before 4 November 2030, the end of the simulated horizon; ";
        assertTrue(new ExecutiveSummary(tenRuns(68, 1.2e9, DRIVERS, 1)).sentences().contains(unfinished
                + "they count as late and their cost is the cost up to that date."));
        for (Double budget : java.util.Arrays.asList(null, 1.2e9)) {
            List<String> s = new ExecutiveSummary(tenRuns(null, budget, DRIVERS, 1)).sentences();
            assertTrue(s.contains(unfinished + "their cost is the cost up to that date."), s.toString());
            java.util.regex.Pattern late = java.util.regex.Pattern.compile("\\blate\\b");
            assertTrue(s.stream().noneMatch(x -> late.matcher(x).find()), s.toString());
            String html = org.rolloutsim.report.html.HtmlReport.render(tenRuns(null, budget, DRIVERS, 1));
            assertFalse(late.matcher(html).find(), "no target, nothing late in the report");
        }
    }

    @Test
    void censoredRunsAreCountedAndExplained() {
        List<String> s = new ExecutiveSummary(tenRuns(68, 1.2e9, DRIVERS, 1)).sentences();
        assertTrue(s.stream().anyMatch(x -> x.startsWith("10% of runs had not finished before 4 November 2030, the end of the simulated horizon")),
                s.toString());
    }

    /**
     * Seven runs finish in weeks 100..106 and three are cut off at a horizon of week 109, before the
     * target (68) plus 12 months: whether they finish more than 12 months late is not known, so
     * that share is a lower bound. P80 (the 8th run) is one of them: its cost, paid only to the
     * horizon, is a lower bound on the money P80 needs.
     */
    @Test
    void sharesAndMoneyCutShortByTheHorizonAreLowerBounds() {
        float[] weeks = {100, 101, 102, 103, 104, 105, 106, 109, 109, 109};
        float[] costs = new float[10];
        for (int i = 0; i < 10; i++) {
            costs[i] = (float) (1.0e9 + i * 0.05e9);
        }
        ReportData data = new ReportData("Risk report", "Test", "", LocalDate.of(2027, 1, 4), "$", 68, 1.2e9, 109,
                new Provenance("0.1.0", "sha256:00", 7, 10, "rollout-sim run test.yaml"), List.of(),
                RunDistribution.of(weeks), RunDistribution.of(costs), 3,
                Probabilities.count(weeks, costs, 68, 1.2e9), List.of(), DRIVERS, List.of());
        List<String> s = new ExecutiveSummary(data).sentences();
        // at most the 3 of 10 runs cut off at the horizon: 0% to 30%
        assertTrue(s.contains("100% of runs finish more than 6 months after the target, and 0% to 30% more than 12"
                + " months after it (runs not finished by the horizon, which comes before that, may be among them)."),
                s.toString());
        // P80 is among the runs cut off at week 109: they may finish in that week, 41 weeks after the target, or later
        assertTrue(s.stream().anyMatch(x -> x.startsWith("Contingency: P50 needs 36 weeks beyond the target and no money"
                + " beyond the budget; P80 needs at least 41 weeks beyond the target and at least $150M beyond the"
                + " budget.")), s.toString());
        assertTrue(s.contains("P80 programme cost is at least $1.35B against a budget of $1.2B (at least $150M over);"
                + " the median (P50) is $1.2B."), s.toString());
        ExecutiveSummary.Headline howMuch = new ExecutiveSummary(data).headlines().get(1);
        assertEquals("At least $1.35B", howMuch.value());
        // a budget above the cut-off cost: whether it is met is not known, and the tile is not green
        ReportData rich = new ReportData(data.title(), data.scenarioName(), data.description(), data.start(),
                data.currency(), 68, 2e9, 109, data.provenance(), data.keyInputs(), data.completion(), data.cost(), 3,
                Probabilities.count(weeks, costs, 68, 2e9), List.of(), DRIVERS, List.of());
        assertTrue(new ExecutiveSummary(rich).sentences().contains("P80 programme cost is at least $1.35B against a budget"
                + " of $2B (whether it stays within it is not known); the median (P50) is $1.2B."),
                new ExecutiveSummary(rich).sentences().toString());
        assertEquals(ExecutiveSummary.Tone.NEUTRAL, new ExecutiveSummary(rich).headlines().get(1).tone());
    }

    /** Total cost among runs cut off at the horizon counts only to then, as programme cost does: "at least". */
    @Test
    void totalCostCutShortByTheHorizonIsALowerBound() {
        List<String> s = new ExecutiveSummary(SampleData.cutOffAtTheHorizon()).sentences();
        assertTrue(s.contains("Total cost, adding the cost of delay and lost productivity to the programme cost: P80 at"
                + " least $1.45B, P50 $1.3B."), s.toString());
    }

    @Test
    void theBoardsLevelSetsTheHeadlineFigures() {
        ReportData p80 = tenRuns(68, 1.2e9, DRIVERS, 0);
        ReportData p90 = new ReportData(p80.title(), p80.scenarioName(), p80.description(), p80.start(), p80.currency(),
                p80.targetWeek(), p80.budget(), p80.horizonWeeks(), p80.provenance(), p80.keyInputs(), p80.completion(),
                p80.cost(), p80.censoredRuns(), p80.probabilities(), p80.waves(), p80.drivers(), p80.fans(),
                new org.rolloutsim.report.view.BoardFigures(0.9, null, null, null, List.of()));
        List<ExecutiveSummary.Headline> h = new ExecutiveSummary(p90).headlines();
        assertEquals("When (P90)", h.get(0).label());
        assertEquals("29 January 2029", h.get(0).value(), "the 9th of 10 runs: week 108");
        assertEquals("$1.4B", h.get(1).value());
        assertTrue(new ExecutiveSummary(p90).sentences().get(0).startsWith("P90 completion is 29 January 2029"));
    }

    @Test
    void headlinesGiveTheFourAnswers() {
        List<ExecutiveSummary.Headline> h = new ExecutiveSummary(SampleData.withRuns(tenRuns(68, 1.2e9, DRIVERS, 0), 1000)).headlines();
        assertEquals(4, h.size());
        assertEquals("22 January 2029", h.get(0).value());
        assertEquals(ExecutiveSummary.Tone.BAD, h.get(0).tone());
        assertEquals("$1.35B", h.get(1).value());
        assertEquals("0%", h.get(2).value());
        assertEquals("Vendor upgrade", h.get(3).value());
    }
}
