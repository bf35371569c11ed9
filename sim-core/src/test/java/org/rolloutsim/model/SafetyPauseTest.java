package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.scenario.Parameter;

/** How long safety pauses last and how the weeks paused are counted (MODEL.md 7). */
class SafetyPauseTest {

    @Test
    void theFirstPauseLastsTheSampledWeeksFromTheNextWeek() {
        SafetyPause pause = new SafetyPause(10, new Distribution.Triangular(8, 26, 78), RandomStream.of(1, 0, "p"));
        assertEquals(10, pause.begin(20));
        assertTrue(pause.holds(20), "from the trigger on: the rest of that week is held too");
        assertTrue(pause.holds(30));
        assertFalse(pause.holds(31));
        assertEquals(1, pause.pauses());
        assertEquals(10, pause.weeksPaused());
    }

    @Test
    void laterPausesDrawAfreshAndOverlappingWeeksCountOnce() {
        SafetyPause pause = new SafetyPause(10, new Distribution.Triangular(8, 26, 78), RandomStream.of(1, 0, "p"));
        pause.begin(20); // weeks 21..30
        int second = pause.begin(25);
        assertTrue(second >= 8 && second <= 78, "drawn from pauseWeeks: " + second);
        double drawn = new Distribution.Triangular(8, 26, 78).sampleWithin(RandomStream.of(1, 0, "p"),
                Parameter.PAUSE_WEEKS.min(), Parameter.PAUSE_WEEKS.max());
        assertEquals(Math.round(drawn), second, "the stream's first draw, not the first pause's length again");
        assertEquals(2, pause.pauses());
        assertEquals(10 + (25 + 1 + second) - 31, pause.weeksPaused(), "weeks 21..30 are not counted twice");
        assertTrue(pause.holds(25 + second));
    }

    @Test
    void withAFixedPauseLengthEveryPauseLastsIt() {
        SafetyPause pause = new SafetyPause(6, new Distribution.Constant(6), null);
        assertEquals(6, pause.begin(0));
        assertEquals(6, pause.begin(50));
        assertEquals(12, pause.weeksPaused());
    }
}
