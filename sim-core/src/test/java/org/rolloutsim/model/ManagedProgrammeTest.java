package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.ResponseRules;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.SiteOrder;
import org.rolloutsim.scenario.Team;
import org.rolloutsim.scenario.TimelinePolicy;

/** The programme that manages itself (MODEL.md 11): its checks (h)-(j) and the rules that remove deadlocks. */
class ManagedProgrammeTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    /** Six small sites in six waves with a team far larger than the work: nothing is ever short. */
    private static TestScenarios.Builder ample() {
        TestScenarios.Builder b = TestScenarios.builder().response(Response.STANDARD);
        for (int i = 0; i < 6; i++) {
            b.site("s" + i, 1000, 1.0, Legacy.PAPER, 1.0, 1.0);
        }
        return b.phased(6, 60, 7, SiteOrder.LISTED)
                .staff(400, 1000)
                .degenerate()
                .set(Parameter.EFFORT_PER_WORKFLOW, 1.0)
                .set(Parameter.SCOPE_GROWTH, 0);
    }

    @Test
    void goLivesLandOnWindowsAndNeverInBlackoutWeeks() {
        // check (h): ample capacity and a gate that cannot fail
        RolloutModel model = new RolloutModel(ample().build(), ModelOptions.DEFAULT);
        int first = model.plan().get(0).goLiveWeek();
        for (int run = 0; run < 20; run++) {
            var out = Runs.one(model, 3, run);
            for (PlannedWave w : model.plan()) {
                int week = (int) Runs.get(out, model, "waves." + w.id() + ".goLiveWeek");
                assertEquals(0, Math.floorMod(week - first, 4), w.id() + " went live off a window: " + week);
                int iso = START.plusWeeks(week).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                assertTrue(!List.of(51, 52, 53, 1).contains(iso), w.id() + " went live in ISO week " + iso);
            }
        }
    }

    @Test
    void theBaselineIsSnappedToWindowsWithTheMinimumGap() {
        RolloutModel model = new RolloutModel(ample().build(), ModelOptions.DEFAULT);
        List<PlannedWave> plan = model.plan();
        for (int i = 1; i < plan.size(); i++) {
            assertTrue(plan.get(i).goLiveWeek() - plan.get(i - 1).goLiveWeek() >= 8, "minGapWeeks re-applied");
            assertEquals(0, (plan.get(i).goLiveWeek() - plan.get(0).goLiveWeek()) % 4, "on a window");
        }
    }

    /** A regional programme whose team is far too small, so reviews ask for surge staff. */
    private static TestScenarios.Builder short_(double hiringLag) {
        return TestScenarios.regional().response(Response.STANDARD)
                .team(new Team(new Team.Member(TestScenarios.c(60), TestScenarios.c(2600)),
                        new Team.Member(TestScenarios.c(20), TestScenarios.c(7000)), null,
                        TestScenarios.c(hiringLag), null, null));
    }

    @Test
    void surgeNeverExceedsItsShareOfTheStartingTeam() {
        // check (j), first half: 80 people, cap 0.25 -> at most 20 surge consultants
        RolloutModel model = new RolloutModel(short_(10).build(), ModelOptions.DEFAULT);
        double[] surge = Runs.column(model, 5, 40, "surgeFte");
        assertTrue(Runs.max(surge) <= 20, "peak surge " + Runs.max(surge));
        assertTrue(Runs.max(surge) > 0, "a team this short asks for surge staff");
    }

    @Test
    void surgeStaffArePaidAsStaffWhenTheTeamHasNoConsultants() {
        // surge staff are paid the consultants' weekly cost; a team without consultants has none,
        // and its surge staff were once paid nothing
        Scenario noConsultants = TestScenarios.regional().response(Response.STANDARD)
                .team(new Team(new Team.Member(TestScenarios.c(80), TestScenarios.c(2600)), null, null,
                        TestScenarios.c(10), null, null))
                .build();
        RolloutModel model = new RolloutModel(noConsultants, ModelOptions.DEFAULT);
        double[] surge = Runs.column(model, 5, 40, "surgeFte");
        double[] cost = Runs.column(model, 5, 40, "cost.surge");
        int surged = 0;
        for (int i = 0; i < surge.length; i++) {
            if (surge[i] > 0) {
                surged++;
                // at least one surge person for one week at the staff's 2,600 a week
                assertTrue(cost[i] >= 2600, "run " + i + ": " + surge[i] + " surge FTE cost " + cost[i]);
            }
        }
        assertTrue(surged > 0, "a team this short asks for surge staff");
    }

    @Test
    void aSurgeThatCannotArriveChangesNothing() {
        // check (j), second half: hiring lag beyond the horizon; compared with no surge at all
        Scenario late = short_(600).build();
        ResponseRules r = late.governance().rules();
        ResponseRules noSurge = new ResponseRules(r.reviewWeeks(), r.surgeTriggerWeeks(), 0, r.surgeStep(),
                r.replanTriggerWeeks(), r.replanBufferWeeks(), r.descopeTriggerWeeks(), r.overtimeFatigueCap(),
                r.maxSlipWeeks(), r.goLiveWindowWeeks(), r.blackoutWeeks());
        var g = late.governance();
        Scenario none = late.withGovernance(new org.rolloutsim.scenario.Governance(g.customizationApproval(),
                g.readinessThreshold(), g.maxCriticalDefects(), g.timelinePolicy(), g.tolerance(), g.response(),
                noSurge));
        RolloutModel a = new RolloutModel(late, ModelOptions.DEFAULT);
        RolloutModel b = new RolloutModel(none, ModelOptions.DEFAULT);
        for (String output : List.of("completionWeek", "programCost", "leavers", "patientSafetyEvents")) {
            double[] x = Runs.column(a, 9, 20, output);
            double[] y = Runs.column(b, 9, 20, output);
            for (int i = 0; i < x.length; i++) {
                assertEquals(y[i], x[i], output + " of run " + i);
            }
        }
    }

    @Test
    void noTrainingAndNoLeadershipIsNoDeadlock() {
        // v1 censored every run at the horizon here; v2 trains at a failed gate with central trainers.
        // A deadlock never ends; a run this slow may (sites with no leadership ask for the most
        // changes: one run of 40 takes its last wave live at week 498), so the horizon is 20 years
        TestScenarios.Builder b = TestScenarios.regional().response(Response.STANDARD).practices(78, 4, 3, 0)
                .horizon(1040);
        b.sites.replaceAll(s -> new org.rolloutsim.scenario.Site(s.id(), s.name(), s.users(), s.complexity(),
                s.legacy(), TestScenarios.c(0), s.readiness(), s.interfaces()));
        RolloutModel model = new RolloutModel(b.build(), ModelOptions.DEFAULT);
        double[] censored = Runs.column(model, 2, 40, "censored");
        assertEquals(0, Runs.mean(censored), "runs censored by a deadlock");
        assertTrue(Runs.mean(Runs.column(model, 2, 40, "productionDefects")) > 0, "the waves went live");
    }

    @Test
    void aSafetyPauseInABigBangMovesCompletionByAboutItsLength() {
        // every cut-over triggers a pause (an incident threshold of -1, out of a scenario's range); the pause holds the
        // command centre in place, so completion moves by the pause's length
        TestScenarios.Builder b = TestScenarios.builder().response(Response.STANDARD)
                .site("a", 2000, 1.0, Legacy.PAPER, 1.0, 1.0)
                .site("b", 2000, 1.0, Legacy.PAPER, 1.0, 1.0)
                .bigBang(100).staff(300, 1000).degenerate()
                .set(Parameter.EFFORT_PER_WORKFLOW, 1.0).set(Parameter.SCOPE_GROWTH, 0)
                .set(Parameter.PAUSE_INCIDENTS_PER_THOUSAND_USERS, -1);
        double shortPause = Runs.mean(Runs.column(new RolloutModel(b.set(Parameter.PAUSE_WEEKS, 2).build(),
                ModelOptions.DEFAULT), 4, 20, "completionWeek"));
        double longPause = Runs.mean(Runs.column(new RolloutModel(b.set(Parameter.PAUSE_WEEKS, 22).build(),
                ModelOptions.DEFAULT), 4, 20, "completionWeek"));
        // 20 more weeks of pause; the command centre may have needed some of them anyway
        assertTrue(longPause - shortPause >= 15 && longPause - shortPause <= 21,
                "completion moved by " + (longPause - shortPause) + " weeks for a 20-week longer pause");
    }

    @Test
    void fullResponseDefersAModuleToTheFollowOnWaveAndStillFinishes() {
        // a team this short runs more than 16 weeks past the original baseline: under full response
        // each late wave defers its largest module, which the follow-on wave brings live later
        RolloutModel standard = new RolloutModel(short_(10).build(), ModelOptions.DEFAULT);
        RolloutModel full = new RolloutModel(short_(10).response(Response.FULL).build(), ModelOptions.DEFAULT);
        double[] deferred = Runs.column(full, 5, 30, "modulesDeferred");
        assertTrue(Runs.mean(deferred) > 0, "some wave deferred a module");
        assertTrue(Runs.max(deferred) <= 6, "a wave defers at most one module: " + Runs.max(deferred));
        assertEquals(0, Runs.max(Runs.column(standard, 5, 30, "modulesDeferred")), "standard never defers");
        double[] followOn = Runs.column(full, 5, 30, "waves.follow-on.goLiveWeek");
        double[] completion = Runs.column(full, 5, 30, "completionWeek");
        double[] censored = Runs.column(full, 5, 30, "censored");
        for (int i = 0; i < deferred.length; i++) {
            if (deferred[i] > 0 && censored[i] == 0) {
                assertTrue(followOn[i] <= completion[i], "the follow-on wave went live before the run ended");
            }
        }
    }

    @Test
    void commandCentreSizeAndFirstTimersMatterInAPhasedPlan() {
        // MODEL.md 11.7: the command centre works its wave's incidents first, the team only the rest;
        // a team this tight then finishes later without one, and later again with first-timers
        TestScenarios.Builder b = TestScenarios.regional().response(Response.STANDARD)
                .team(new Team(new Team.Member(TestScenarios.c(90), TestScenarios.c(2600)),
                        new Team.Member(TestScenarios.c(40), TestScenarios.c(7000)), null, null, null, null))
                .embedding(false);
        assertPairedIncrease(b.commandCentre(100, 2, 0.5).build(), b.commandCentre(0, 2, 0.5).build(),
                "completionWeek", "no command centre vs 100 FTE");
        b.commandCentre(100, 2, 0.5);
        assertPairedIncrease(b.set(Parameter.FIRST_COMMAND_CENTRE_EFFICIENCY, 1).build(),
                b.set(Parameter.FIRST_COMMAND_CENTRE_EFFICIENCY, 0.01).build(), "completionWeek",
                "first-timer efficiency 0.01 vs 1");
    }

    /**
     * The mean paired difference (second minus first) is above 3 standard errors: a one-sided test
     * at about the 0.1% level, so not Monte Carlo noise.
     */
    private static void assertPairedIncrease(Scenario first, Scenario second, String output, String what) {
        int runs = 500;
        double[] x = Runs.column(new RolloutModel(first, ModelOptions.DEFAULT), 7, runs, output);
        double[] y = Runs.column(new RolloutModel(second, ModelOptions.DEFAULT), 7, runs, output);
        double[] d = new double[runs];
        for (int i = 0; i < runs; i++) {
            d[i] = y[i] - x[i];
        }
        double se = Runs.sd(d) / Math.sqrt(runs);
        assertTrue(Runs.mean(d) > 3 * se, what + ": " + output + " moved by " + Runs.mean(d) + ", se " + se);
    }
}
