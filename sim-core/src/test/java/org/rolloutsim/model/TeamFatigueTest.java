package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Fatigue's level, its clamps, peak and mean (MODEL.md 5, 11.1), by hand. */
class TeamFatigueTest {

    @Test
    void theTargetIsClampedAndTheLevelMovesByItsTimeConstant() {
        // h = 2 at scale 0.25: target 4, clamped to 1; the level moves 1/8 of the way: 0.125
        TeamFatigue f = new TeamFatigue(8, 0, 0.25, 0, 0.4, 1, 0);
        f.week(2, 0);
        assertEquals(0.125, f.level(), 1e-12);
        assertEquals(1 - 0.4 * 0.125, f.productivity(), 1e-12);
        assertEquals(1 + 0.125, f.errorMultiplier(), 1e-12);
        // a negative target (relief above everything else) is clamped to 0
        TeamFatigue relieved = new TeamFatigue(1, 0, 0.25, 0.5, 0.4, 1, 0);
        relieved.week(1, 0);
        assertEquals(0, relieved.level(), 0.0);
    }

    @Test
    void withoutAnOvertimeScaleHoursDoNotTire() {
        // v1 with maxOvertime 0: the hours term is 0 (no division by zero)
        TeamFatigue f = new TeamFatigue(1, 0, 0, 0, 0.4, 1, 0);
        f.week(1.25, 0);
        assertEquals(0, f.level(), 0.0);
    }

    @Test
    void peakAndMeanOverTheWeeksOnTheProgramme() {
        TeamFatigue f = new TeamFatigue(2, 0, 0.25, 0, 0.4, 1, 0);
        assertEquals(0, f.mean(), 0.0, "no weeks yet");
        f.week(1.25, 0); // target 1: 0.5
        f.week(1.25, 0); // 0.75
        f.week(1, 0);    // target 0: 0.375
        assertEquals(0.75, f.peak(), 1e-12);
        assertEquals((0.5 + 0.75 + 0.375) / 3, f.mean(), 1e-12);
    }

    @Test
    void riskImpactsAndCelebrationsAreClamped() {
        TeamFatigue f = new TeamFatigue(8, 0, 0.25, 0, 0.4, 1, 0.25);
        f.add(0.75);
        assertEquals(0.75, f.level(), 0.0);
        f.add(0.75);
        assertEquals(1, f.level(), 0.0, "at most 1");
        f.celebrate();
        assertEquals(0.75, f.level(), 0.0);
        for (int i = 0; i < 4; i++) {
            f.celebrate();
        }
        assertEquals(0, f.level(), 0.0, "at least 0");
    }
}
