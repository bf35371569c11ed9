package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rolloutsim.random.RandomStream;

/**
 * The command centre's arithmetic (MODEL.md 7, 11.7) in small deterministic settings: claims on
 * the team, thresholds at their edges, after-care and the backlog of incidents no wave owns.
 */
class CommandCentreTest {

    private static final RandomStream STREAM = RandomStream.of(1, 0, "live");

    /** 2000 users; fte, fixEffort 0.25, surfaceRate, no harm, exit below 0.5 per thousand, pause above 20. */
    private static CommandCentre centre(double fte, double surfaceRate, boolean managed) {
        return new CommandCentre(new long[] {2000}, fte, 0.25, surfaceRate, 0, 0, 0.5, 20, 3, 0.5, managed);
    }

    @Test
    void theClaimIsOpenAndExpectedIncidentsAndInV2OnlyWhatTheCentreCannotFix() {
        // 10 open + 0.25 x 40 expected to surface = 20 incidents = 5 pw. v1 claims them all; v2
        // only what 4 FTE at efficiency 0.5 (2 pw) cannot fix; never below 0.
        CommandCentre v1 = centre(4, 0.25, false);
        v1.cutOver(0, 40, 10, 0, 1, true, STREAM);
        assertEquals(5, v1.claim(0), 1e-12);
        CommandCentre v2 = centre(4, 0.25, true);
        v2.cutOver(0, 40, 10, 0, 1, true, STREAM);
        assertEquals(3, v2.claim(0), 1e-12);
        CommandCentre big = centre(40, 0.25, true);
        big.cutOver(0, 40, 10, 0, 1, false, STREAM);
        assertEquals(0, big.claim(0), 0.0);
    }

    @Test
    void exitNeedsTheBacklogStrictlyBelowItsLineAndPauseStrictlyAbove() {
        // 2000 users: exit below 0.5 per thousand means 0 open; pause above 20 means 41 or more
        CommandCentre cc = centre(0, 0, false);
        cc.cutOver(0, 0, 40, 0, 1, false, STREAM);
        cc.allowExit(0);
        assertEquals(0, cc.week(0, 0, STREAM), "40 open = 20 per thousand: no pause, no exit");
        cc.addIncidents(0, 1);
        assertEquals(41, cc.incidents());
        assertEquals(CommandCentre.PAUSE, cc.week(0, 0, STREAM), "41 open: above the pause line");
        assertEquals(0, cc.week(0, 0, STREAM), "one pause per wave");
        // 0.25 pw fixes one: with a team share of 41 x 0.25 everything is fixed and the wave may go
        assertEquals(CommandCentre.STABILIZED, cc.week(0, 41 * 0.25, STREAM));
        assertEquals(0, cc.openIncidents(0));
        assertEquals(0, cc.week(0, 0, STREAM, false), "held by something else: no exit");
        cc.addIncidents(0, 1);
        assertEquals(0, cc.week(0, 0, STREAM), "1 open = 0.5 per thousand: not below the line");
    }

    /**
     * v2 stands the command centre down on the week's expected incident load, those still open from
     * last week and those due to surface this week (departure 32); v1 on the backlog left after the
     * week's fixes. A centre that fixes everything each week leaves no backlog, so v1 may go at once
     * while v2 waits for the defects to stop surfacing: with every latent defect surfacing (rate 1),
     * 3 due in the first week, none after. The expected count, not the drawn one, keeps the line
     * from being met in whole incidents, which made a wave of 2,000 users stay longer than one of
     * 2,001.
     */
    @Test
    void v2StandsDownOnTheWeeksIncidentsNotOnTheBacklogAfterFixes() {
        CommandCentre v1 = centre(40, 1, false);
        v1.cutOver(0, 3, 0, 0, 1, false, STREAM);
        v1.allowExit(0);
        assertEquals(CommandCentre.STABILIZED, v1.week(0, 0, STREAM), "3 reported and fixed: no backlog");

        CommandCentre v2 = centre(40, 1, true);
        v2.cutOver(0, 3, 0, 0, 1, false, STREAM);
        v2.allowExit(0);
        assertEquals(0, v2.week(0, 0, STREAM), "3 due this week = 1.5 per thousand: not below 0.5");
        assertEquals(0, v2.openIncidents(0), "all of them fixed");
        assertEquals(CommandCentre.STABILIZED, v2.week(0, 0, STREAM), "a week with none due");

        // one carried over and none reported is a load of 1 = 0.5 per thousand: not below the line
        CommandCentre held = centre(0, 0, true);
        held.cutOver(0, 0, 1, 0, 1, false, STREAM);
        held.allowExit(0);
        assertEquals(0, held.week(0, 0, STREAM));
        assertEquals(0, held.week(0, 0.25, STREAM), "fixed this week, but open when the week began: the load counts it");
        assertEquals(CommandCentre.STABILIZED, held.week(0, 0, STREAM), "no incident at all");
    }

    @Test
    void aHarmThresholdOfZeroPausesAtTheFirstHarmNotBefore() {
        // pauseHarmEvents 0: "harm events at or above 0" would hold from the start; a pause for
        // harm needs a harm event. No harm (harm rate 0): no pause. Every critical defect
        // harming (criticalShare 1, harm probability 2 x (1.5 - 1) = 1): a pause at the first.
        CommandCentre calm = new CommandCentre(new long[] {2000}, 0, 0.25, 0.5, 1, 0, 0.5, 1e9, 0, 1, false);
        calm.cutOver(0, 4, 0, 0, 1.0, false, STREAM);
        assertEquals(0, calm.week(0, 0, STREAM) & CommandCentre.PAUSE, "no harm, no pause");
        CommandCentre harmful = new CommandCentre(new long[] {2000}, 0, 0.25, 1, 1, 2, 0.5, 1e9, 0, 1, false);
        harmful.cutOver(0, 4, 0, 0, 1.0, false, STREAM);
        assertEquals(CommandCentre.PAUSE, harmful.week(0, 0, STREAM) & CommandCentre.PAUSE, "harm: pause");
        assertEquals(4, harmful.patientSafetyEvents());
    }

    @Test
    void theRestCountedAtStandDownHarmsAsSurfacingDefectsDo() {
        // criticalShare 1 and harm probability 2 x (1.5 - 1) = 1: all 30 left harm when counted
        CommandCentre cc = new CommandCentre(new long[] {2000}, 0, 0.25, 0.5, 1, 2, 0.5, 1e9, 1e9, 1, false);
        cc.cutOver(0, 30, 0, 0, 1.0, false, STREAM);
        cc.standDown(0, STREAM);
        assertEquals(30, cc.productionDefects());
        assertEquals(30, cc.patientSafetyEvents());
    }

    @Test
    void knownCriticalDefectsCarriedLiveCanHarmAtCutOver() {
        // harm probability harmRate (1.5 - R) = 2 x 0.5 = 1: every known critical defect harms
        CommandCentre cc = new CommandCentre(new long[] {2000}, 0, 0.25, 0, 0, 2, 0.5, 1e9, 1e9, 1, false);
        cc.cutOver(0, 0, 12, 5, 1.0, false, STREAM);
        assertEquals(5, cc.patientSafetyEvents());
        assertEquals(12, cc.incidents());
        assertEquals(1.0, cc.readinessAtGoLive(0), 0.0);
    }

    @Test
    void afterCareSurfacesIntoTheBuildTeamsBacklogAtTheExpectedRate() {
        // v2: 100 defects left at stand-down surface 25, 18.75, ... a week into the backlog, which
        // the build team works at fixEffort 0.25 each; the last of them (< 0.5) come at once
        CommandCentre cc = centre(0, 0.25, true);
        cc.cutOver(0, 100, 0, 0, 1, false, STREAM);
        cc.standDown(0, STREAM);
        assertEquals(100, cc.productionDefects(), "counted at stand-down");
        assertEquals(100, cc.afterCareLatent(0), 0.0);
        cc.afterCare(0);
        assertEquals(75, cc.afterCareLatent(0), 1e-12);
        assertEquals(25, cc.backlog());
        assertEquals(6.25, cc.backlogClaim(), 1e-12);
        cc.fixBacklog(2.5); // 10 fixed
        assertEquals(15, cc.backlog());
        cc.fixBacklog(100); // no more than there is
        assertEquals(0, cc.backlog());
        assertEquals(0, cc.backlogClaim(), 0.0);
        for (int week = 0; week < 20; week++) {
            cc.afterCare(0);
        }
        assertEquals(0, cc.afterCareLatent(0), 0.0, "the tail below half a defect is taken at once");
        assertEquals(75, cc.backlog(), "every after-care defect reached the backlog");
        cc.fixBacklog(0);
        assertEquals(75, cc.backlog());
        // v1 keeps no after-care: the rest is counted and closed by business-as-usual support
        CommandCentre v1 = centre(0, 0.25, false);
        v1.cutOver(0, 100, 0, 0, 1, false, STREAM);
        v1.standDown(0, STREAM);
        assertEquals(0, v1.afterCareLatent(0), 0.0);
    }

    @Test
    void incidentsThatBelongToNoWaveGoToTheBacklogOrTheProgramme() {
        CommandCentre cc = centre(0, 0.25, true);
        cc.addToBacklog(3);
        cc.programmeIncidents(2);
        assertEquals(3, cc.backlog());
        assertEquals(5, cc.incidents());
    }

    @Test
    void defectsBuiltAfterGoLiveSurfaceInProduction() {
        // surfaceRate 1: the 8 added defects all surface the next week
        CommandCentre cc = centre(0, 1, true);
        cc.cutOver(0, 0, 0, 0, 1, false, STREAM);
        cc.addLatent(0, 8);
        cc.week(0, 0, STREAM);
        assertEquals(8, cc.productionDefects());
        assertEquals(8, cc.openIncidents(0));
    }

    @Test
    void withoutSurfacingTheRestIsNeverCounted() {
        // surfaceRate 0: production defects never surface, so a flush counts none of them
        CommandCentre cc = centre(0, 0, false);
        cc.cutOver(0, 50, 0, 0, 1, false, STREAM);
        cc.flush(0, STREAM);
        assertEquals(0, cc.productionDefects());
        assertEquals(0, cc.incidents());
    }
}
