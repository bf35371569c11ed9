package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rolloutsim.model.TestScenarios.c;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.TimelinePolicy;

/** Gates, timeline policies, embedding, safety pauses and risks (MODEL.md 6, 7). */
class GoLiveTest {

    /** The regional scenario with safety pauses made impossible. */
    private static TestScenarios.Builder noPauses() {
        return TestScenarios.regional()
                .set(Parameter.PAUSE_INCIDENTS_PER_THOUSAND_USERS, 1e6)
                .set(Parameter.PAUSE_HARM_EVENTS, 1e6);
    }

    @Test
    void fixedDateGoesLiveOnEveryBaselineWeek() {
        RolloutModel model = new RolloutModel(noPauses().policy(TimelinePolicy.FIXED_DATE)
                // readiness that cannot pass a gate: fixed-date goes live regardless
                .governance(0.2, 0.99, 0, TimelinePolicy.FIXED_DATE, 0).build(), ModelOptions.DEFAULT);
        List<PlannedWave> plan = model.plan();
        for (int r = 0; r < 40; r++) {
            RunOutput out = Runs.one(model, 17, r);
            for (PlannedWave w : plan) {
                assertEquals(w.goLiveWeek(), Runs.get(out, model, "waves." + w.id() + ".goLiveWeek"), "run " + r);
                assertEquals(0, Runs.get(out, model, "waves." + w.id() + ".slipWeeks"));
            }
            assertEquals(0, Runs.get(out, model, "pauses"));
        }
    }

    @Test
    void fixedDateSkipsUntestedCyclesAndShipsUnfinishedWork() {
        // a build far too big for the team: fixed-date goes live anyway and drops the rest
        RolloutModel model = new RolloutModel(noPauses().policy(TimelinePolicy.FIXED_DATE)
                .set(Parameter.EFFORT_PER_WORKFLOW, 20.0).build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 2, 0);
        assertTrue(Runs.get(out, model, "unfinishedWorkAtGoLive") > 0);
        assertEquals(model.plan().get(0).goLiveWeek(), Runs.get(out, model, "waves.w1.goLiveWeek"));
    }

    @Test
    void slipUntilReadyNeverGoesLiveBelowThreshold() {
        double threshold = 0.8;
        RolloutModel model = new RolloutModel(noPauses()
                .governance(0.2, threshold, 0, TimelinePolicy.SLIP_UNTIL_READY, 0.1).build(), ModelOptions.DEFAULT);
        int slipped = 0;
        for (int r = 0; r < 40; r++) {
            RolloutRun run = model.newRun(23, r, model.schema().newRunOutput());
            run.run();
            for (int w = 0; w < model.plan().size(); w++) {
                if (run.phase(w) >= RolloutRun.LIVE) {
                    assertTrue(run.readinessAtGoLive(w) >= threshold, "run " + r + " wave " + w);
                }
            }
        }
        // and the gate does bind: under hold-the-line some waves go live below the threshold
        RolloutModel hold = new RolloutModel(noPauses()
                .governance(0.2, threshold, 0, TimelinePolicy.HOLD_THE_LINE, 0.1).build(), ModelOptions.DEFAULT);
        for (int r = 0; r < 40; r++) {
            RolloutRun run = hold.newRun(23, r, hold.schema().newRunOutput());
            run.run();
            for (int w = 0; w < hold.plan().size(); w++) {
                if (run.phase(w) >= RolloutRun.LIVE && run.readinessAtGoLive(w) < threshold) {
                    slipped++;
                }
            }
        }
        assertTrue(slipped > 0, "hold-the-line accepts a shortfall within tolerance");
    }

    @Test
    void withEmbeddingLaterWavesStartReadier() {
        RolloutModel off = new RolloutModel(TestScenarios.regional().embedding(false).build(), ModelOptions.DEFAULT);
        RolloutModel on = new RolloutModel(TestScenarios.regional().embedding(true).build(), ModelOptions.DEFAULT);
        RolloutRun a = off.newRun(1, 0, off.schema().newRunOutput());
        RolloutRun b = on.newRun(1, 0, on.schema().newRunOutput());
        List<String> firstWave = on.plan().get(0).siteIds();
        var sites = on.scenario().sites();
        for (int s = 0; s < sites.size(); s++) {
            double base = a.startReadiness(s);
            if (firstWave.contains(sites.get(s).id())) {
                assertEquals(base, b.startReadiness(s), 1e-12, "first wave unchanged");
            } else {
                assertEquals(Math.min(1, base + 0.1), b.startReadiness(s), 1e-12, "later wave boosted");
            }
        }
    }

    @Test
    void moreTestCyclesNeverRaiseMeanProductionDefects() {
        int runs = 80;
        double previous = Double.POSITIVE_INFINITY;
        for (int cycles = 1; cycles <= 6; cycles++) {
            RolloutModel model = new RolloutModel(TestScenarios.regional().practices(78, cycles, 3, 12).build(),
                    ModelOptions.DEFAULT);
            double mean = Runs.mean(Runs.column(model, 99, runs, "productionDefects"));
            assertTrue(mean <= previous, cycles + " cycles: " + mean + " > " + previous);
            previous = mean;
        }
    }

    @Test
    void aWaveHeldAtItsGateHoldsBackTheWavesAfterIt() {
        // v1, slip-until-ready: w1 (readiness 0.3) trains at 0.05 x leadership 0.5 a week from
        // week 78 and, its gate failing, keeps training: 1 - 0.7 x 0.975^n reaches the threshold
        // 0.75 after n = 41 weeks (78 to 118), so it goes live at 119. w2 (readiness 0.9, ready at
        // its own date 98) keeps the minimum gap of 8 behind it at every failed gate: 127, not 98.
        // Each wave pays its twelve training weeks however long it trains: 2 x 2000 x 16 x 60.
        TestScenarios.Builder b = TestScenarios.builder()
                .site("a", 2000, 1.0, org.rolloutsim.scenario.Legacy.PAPER, 0.5, 0.3)
                .site("b", 2000, 1.0, org.rolloutsim.scenario.Legacy.PAPER, 0.5, 0.9)
                .strategy(new org.rolloutsim.scenario.Strategy.ExplicitWaves(List.of(
                        new org.rolloutsim.scenario.Strategy.WaveSpec("w1", List.of("a"), null, 90),
                        new org.rolloutsim.scenario.Strategy.WaveSpec("w2", List.of("b"), null, 98)), 8))
                .staff(100, 1000)
                .governance(0, 0.75, 0, TimelinePolicy.SLIP_UNTIL_READY, 0.1)
                .degenerate()
                .set(Parameter.TRAINING_RATE, 0.05);
        RolloutModel model = new RolloutModel(b.build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 1, 0);
        assertEquals(119, Runs.get(out, model, "waves.w1.goLiveWeek"));
        assertEquals(127, Runs.get(out, model, "waves.w2.goLiveWeek"));
        assertEquals(29, Runs.get(out, model, "waves.w2.slipWeeks"));
        assertEquals(2 * 2000 * 16 * 60.0, Runs.get(out, model, "cost.training"), 1e-6);
    }

    /** Two single-site waves on fixed dates: w1 at {@code first}, w2 at {@code second}, minimum gap 8. */
    private static TestScenarios.Builder twoFixedWaves(int first, List<String> firstModules, int second,
                                                       List<String> secondModules) {
        return TestScenarios.builder()
                .modules(new org.rolloutsim.scenario.Module("tiny", 1), new org.rolloutsim.scenario.Module("core", 100))
                .site("a", 2000, 1.0, org.rolloutsim.scenario.Legacy.PAPER, 0.5, 0.9)
                .site("b", 2000, 1.0, org.rolloutsim.scenario.Legacy.PAPER, 0.5, 0.9)
                .strategy(new org.rolloutsim.scenario.Strategy.ExplicitWaves(List.of(
                        new org.rolloutsim.scenario.Strategy.WaveSpec("w1", List.of("a"), firstModules, first),
                        new org.rolloutsim.scenario.Strategy.WaveSpec("w2", List.of("b"), secondModules, second)), 8))
                .policy(TimelinePolicy.FIXED_DATE)
                .degenerate();
    }

    @Test
    void aDelayedWaveHoldsBackTheWavesAfterIt() {
        // a strike at w1 only (week 50) moves it 10 weeks, 90 -> 100; w2, due at 98, keeps the gap
        // of 8 behind it: 108, not live before w1
        Risk strike = new Risk("strike", "", c(1), 50, 50, new Risk.Scope(Risk.Scope.Kind.WAVE, "w1"),
                new Risk.Impact(c(10), null, null, null, null), null);
        RolloutModel model = new RolloutModel(twoFixedWaves(90, null, 98, null).staff(100, 1000).risk(strike).build(),
                ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 1, 0);
        assertEquals(100, Runs.get(out, model, "waves.w1.goLiveWeek"));
        assertEquals(108, Runs.get(out, model, "waves.w2.goLiveWeek"));
    }

    @Test
    void aSafetyPauseFreezesTheWavesNotYetLiveFromTheWeekAfter() {
        // w1 (1 pw, module tiny) goes live at 60 and its first command-centre week triggers a pause
        // of 10 weeks (an incident threshold of -1, out of a scenario's range, holds at once). w2 (100 pw, module core) is built by one staff member at
        // 1 pw a week from week 12 (no learning, no overtime): weeks 12-60, then frozen 61-70 while
        // its go-live moves 90 -> 100, then weeks 71-99: 49 + 29 = 78 pw, 22 unfinished at go-live.
        RolloutModel model = new RolloutModel(twoFixedWaves(60, List.of("tiny"), 90, List.of("core"))
                .staff(1, 1000)
                .set(Parameter.ENTERPRISE_SHARE, 0)
                .set(Parameter.EFFORT_PER_WORKFLOW, 1)
                .set(Parameter.LEGACY_EFFORT_PAPER, 1)
                .set(Parameter.LEARNING_RATE, 1)
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0)
                .set(Parameter.PAUSE_INCIDENTS_PER_THOUSAND_USERS, -1)
                .set(Parameter.PAUSE_WEEKS, 10)
                .build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 1, 0);
        assertEquals(60, Runs.get(out, model, "waves.w1.goLiveWeek"));
        assertEquals(100, Runs.get(out, model, "waves.w2.goLiveWeek"));
        assertEquals(22, Runs.get(out, model, "unfinishedWorkAtGoLive"), 1e-9);
    }

    @Test
    void withEmbeddingOnlyTheFirstCommandCentreIsRunByFirstTimers() {
        // v1, two waves (60 and 90) with 100 latent defects each from a risk during build, no test
        // cycles, and every production defect surfacing in the first live week (surface rate 1).
        // A command centre of 20 FTE fixes one incident per person-week at its efficiency, helped
        // by the two staff (no overtime, no fatigue), and leaves once fewer than 2.5 incidents per
        // thousand users (5 of 2000) are open. The first, run by first-timers (0.7), fixes
        // 14 + 2 = 16 a week: 84, 68, ..., 4 open after week 65, when it leaves; with embedding the
        // second is run by people who have done it before and fixes 22 a week: 78, 56, 34, 12, 0,
        // leaving in week 94. Without embedding it takes as long as the first: week 95.
        for (boolean embedding : new boolean[] {true, false}) {
            TestScenarios.Builder b = twoFixedWaves(60, null, 90, null)
                    .staff(2, 1000)
                    .practices(78, 0, 3, 12)
                    .commandCentre(20, 2, 2.5)
                    .embedding(embedding)
                    .set(Parameter.ENTERPRISE_SHARE, 0)
                    .set(Parameter.EFFORT_PER_WORKFLOW, 0.1)
                    .set(Parameter.MAX_OVERTIME, 0)
                    .set(Parameter.CHRONIC_FATIGUE, 0)
                    .set(Parameter.SURFACE_RATE, 1)
                    .set(Parameter.FIX_EFFORT, 1)
                    .set(Parameter.FIRST_COMMAND_CENTRE_EFFICIENCY, 0.7)
                    .set(Parameter.PAUSE_INCIDENTS_PER_THOUSAND_USERS, 1e6)
                    .set(Parameter.PAUSE_HARM_EVENTS, 1e6);
            for (String wave : List.of("w1", "w2")) {
                b.risk(new Risk("bugs-" + wave, "", c(1), 20, 20, new Risk.Scope(Risk.Scope.Kind.WAVE, wave),
                        new Risk.Impact(null, null, null, c(100), null), null));
            }
            RolloutModel model = new RolloutModel(b.build(), ModelOptions.DEFAULT);
            RunOutput out = Runs.one(model, 1, 0);
            assertEquals(200, Runs.get(out, model, "productionDefects"));
            assertEquals(65, Runs.get(out, model, "waves.w1.stabilizedWeek"), "embedding " + embedding);
            assertEquals(embedding ? 94 : 95, Runs.get(out, model, "waves.w2.stabilizedWeek"), "embedding " + embedding);
            // the weekly open defects are the live wave's open incidents after the week's fixes
            int open = model.schema().seriesIndex("openDefects");
            assertEquals(84, out.series(open, 60));
            assertEquals(68, out.series(open, 61));
            assertEquals(20, out.series(open, 64));
        }
    }

    /**
     * A certain delay freezes the waves in progress and shifts every plan by its weeks, so a run
     * finishes exactly that much later, under the same random numbers: 197 of the first 200 runs
     * here. A run whose last wave would have slipped a week can take the slip out of the shifted
     * plan's slack (run 38: 9 weeks later), and the paths of the other two parted further (22 and
     * 24 weeks later); so 95% of runs exactly. Without the delay (the mutant of
     * docs/mechanism-tests.md) almost every run would finish when it did.
     */
    @Test
    void aCertainDelayRiskDelaysCompletionByItsDelay() {
        int delay = 10;
        int runs = 100;
        Risk strike = new Risk("strike", "", c(1), 20, 40, null,
                new Risk.Impact(c(delay), c(1e6), null, null, null), null);
        RolloutModel without = new RolloutModel(noPauses().build(), ModelOptions.DEFAULT);
        RolloutModel with = new RolloutModel(noPauses().risk(strike).build(), ModelOptions.DEFAULT);
        int exact = 0;
        for (int r = 0; r < runs; r++) {
            RunOutput a = Runs.one(without, 31, r);
            RunOutput b = Runs.one(with, 31, r);
            assertEquals(1, Runs.get(b, with, "risks.strike.occurred"));
            assertEquals(1e6, Runs.get(b, with, "cost.risk"), 1e-6);
            double later = Runs.get(b, with, "completionWeek") - Runs.get(a, without, "completionWeek");
            exact += later == delay ? 1 : 0;
        }
        assertTrue(exact >= 0.95 * runs, exact + " of " + runs + " runs finished exactly " + delay + " weeks later");
    }

    @Test
    void postMitigationUsesTheMitigationAndAlwaysPaysForIt() {
        Risk risk = new Risk("upgrade", "", c(1), 20, 40, null,
                new Risk.Impact(c(10), c(1e6), null, null, null),
                new Risk.Mitigation(c(0), null, c(250_000)));
        RolloutModel pre = new RolloutModel(noPauses().risk(risk).build(), ModelOptions.DEFAULT);
        RolloutModel post = new RolloutModel(noPauses().risk(risk).build(), new ModelOptions(true));
        RunOutput a = Runs.one(pre, 1, 0);
        RunOutput b = Runs.one(post, 1, 0);
        assertEquals(1, Runs.get(a, pre, "risksOccurred"));
        assertEquals(0, Runs.get(a, pre, "cost.mitigation"));
        assertEquals(0, Runs.get(b, post, "risksOccurred"));
        assertEquals(250_000, Runs.get(b, post, "cost.mitigation"), 1e-6);
        assertEquals(0, Runs.get(b, post, "cost.risk"));
    }

    @Test
    void aFlawedGoLivePausesTheProgrammeAndDelaysLaterWaves() {
        // fixed-date with no testing and a weak command centre: the first wave's backlog crosses the
        // pause threshold, every later wave freezes and moves by the pause length (26 weeks here)
        RolloutModel model = new RolloutModel(TestScenarios.regional()
                .policy(TimelinePolicy.FIXED_DATE)
                .practices(78, 0, 3, 12)
                .commandCentre(2, 2, 0.5)
                .set(Parameter.PAUSE_WEEKS, 26)
                .build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(model, 4, 0);
        assertTrue(Runs.get(out, model, "pauses") >= 1);
        assertTrue(Runs.get(out, model, "weeksPaused") >= 26);
        assertTrue(Runs.get(out, model, "waves.w2.slipWeeks") >= 26, "later wave moved by the pause");
    }
}
