package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rolloutsim.model.TestScenarios.c;

import org.junit.jupiter.api.Test;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * The command centre of MODEL.md 7 and 11.7 in a whole run (and, for its exit, at its edge): its
 * minimum stay, and its working its own wave's incidents before the build team is claimed. Each
 * test is named after its mechanism and fails when that mechanism alone is removed.
 */
class CommandCentreMechanismsTest {

    @Test
    void commandCentreExitWaitsForItsMinimumWeeks() {
        // At the edge: nothing open, so the backlog is below the exit line from the first week,
        // yet the centre stays until its minimum weeks are served (allowExit).
        CommandCentre cc = new CommandCentre(new long[] {2000}, 20, 0.25, 0.25, 0, 0, 0.5, 20, 3, 1, false);
        RandomStream stream = RandomStream.of(1, 0, "live");
        cc.cutOver(0, 0, 0, 0, 1.0, false, stream);
        assertEquals(0, cc.week(0, 0, stream), "0 open, but the minimum weeks are not served");
        assertEquals(0, cc.week(0, 0, stream));
        cc.allowExit(0);
        assertEquals(CommandCentre.STABILIZED, cc.week(0, 0, stream));
        // In a run (v1, nothing random, nothing to fix; DegenerateScheduleTest's schedule): the
        // wave goes live in week 30 and its command centre of 6 minimum weeks stays weeks 30..35.
        RolloutModel m = new RolloutModel(TestScenarios.builder()
                .site("only", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .staff(10, 1000)
                .practices(78, 2, 3, 12)
                .commandCentre(20, 6, 0.5)
                .policy(TimelinePolicy.SLIP_UNTIL_READY)
                .bigBang(30)
                .degenerate()
                .set(Parameter.EFFORT_PER_WORKFLOW, 1.0)
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0)
                .build(), ModelOptions.DEFAULT);
        RunOutput out = Runs.one(m, 1, 0);
        assertEquals(30, Runs.get(out, m, "waves.w1.goLiveWeek"));
        assertEquals(35, Runs.get(out, m, "waves.w1.stabilizedWeek"), "six weeks of command centre: 30..35");
        assertEquals(6 * 20 * 1000.0, Runs.get(out, m, "cost.commandCentre"), 1e-6);
    }

    /**
     * v2, one site of 2000 users, a build of 10 person-weeks for 10 staff (never short before
     * go-live), no test cycles, and 2000 latent defects seeded by a certain risk during the build,
     * so all 2000 go into production at the fixed-date go-live at week 60. The command centre
     * stays 20 weeks: about 2000 x 0.75^20 = 6 defects are left for after-care, far below what 10
     * staff fix in a week. Up to 0.25 overtime.
     */
    private static RolloutModel liveLoad(double commandCentreFte) {
        Risk seeding = new Risk("seed-defects", "", c(1), 20, 20, null,
                new Risk.Impact(null, null, null, c(2000), null), null);
        TestScenarios.Builder b = ScheduleMechanismsTest.quietReviews(TestScenarios.builder(),
                TimelinePolicy.FIXED_DATE, 0.1, 0.5)
                .site("only", 2000, 1.0, Legacy.PAPER, 1.0, 1.0)
                .staff(10, 1000)
                .practices(50, 0, 3, 12)
                .commandCentre(commandCentreFte, 20, 0.5)
                .bigBang(60)
                .risk(seeding);
        return new RolloutModel(b.degenerate().plainBuild()
                .set(Parameter.EFFORT_PER_WORKFLOW, 0.1)
                .set(Parameter.MAX_OVERTIME, 0.25)
                .set(Parameter.FIRST_COMMAND_CENTRE_EFFICIENCY, 1)
                .set(Parameter.PAUSE_INCIDENTS_PER_THOUSAND_USERS, 1e6)
                .set(Parameter.PAUSE_HARM_EVENTS, 1e6)
                .build(), ModelOptions.DEFAULT);
    }

    @Test
    void commandCentreWorksItsWaveFirst() {
        // MODEL.md 11.7: the wave's incidents claim the build team only for what its command
        // centre cannot fix. In the cut-over week (surfaceRate 0.25) about 500 incidents are
        // expected, 100 person-weeks at fixEffort 0.2, and fewer each week after. A centre of
        // 1000 FTE fixes 5000 a week: nothing is left to claim the team, whose hours follow its
        // claims, so it never works overtime. Without a centre the same incidents claim 10 times
        // the team's capacity and it works the maximum overtime. Each run is checked (20 runs).
        RolloutModel large = liveLoad(1000);
        RolloutModel none = liveLoad(0);
        for (int r = 0; r < 20; r++) {
            RunOutput a = Runs.one(large, 3, r);
            assertEquals(0, Runs.get(a, large, "cost.overtime"), "run " + r + ": the centre fixed them all");
            assertTrue(Runs.get(a, large, "productionDefects") > 1900, "the incidents were there");
            RunOutput b = Runs.one(none, 3, r);
            assertTrue(Runs.get(b, none, "cost.overtime") > 0, "run " + r + ": without a centre the team is claimed");
        }
    }
}
