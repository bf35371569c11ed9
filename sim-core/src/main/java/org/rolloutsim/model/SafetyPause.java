package org.rolloutsim.model;

import org.rolloutsim.random.Distribution;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.scenario.Parameter;

/**
 * The programme's safety pauses (MODEL.md 7, 11.7; seed: "what the patients want is primary",
 * against "the hegemony of the time line"): when a wave in stabilization has too many open
 * incidents or has harmed too many patients, leadership stops the programme for {@code pauseWeeks}.
 * This class holds how long each pause lasts and until when the programme is paused; what a pause
 * stops (waves not yet live freeze and their plans move; in v2 command centres stay) is the run's.
 *
 * <p>The first pause lasts the run's sampled {@code pauseWeeks}; each later one draws its length
 * afresh from the same {@code parameters/pauseWeeks} stream, so a run's pauses differ and the
 * first keeps its place in the sensitivity analysis.
 */
final class SafetyPause {
    private final double firstWeeks;
    private final Distribution distribution;
    /** The stream the run's {@code pauseWeeks} was sampled from, or null when it is a fixed number. */
    private final RandomStream stream;
    private int pauses;
    private int weeksPaused;
    /** The programme is paused until this week (exclusive). */
    private int until;

    /**
     * @param firstWeeks   the run's sampled {@code pauseWeeks}: the first pause's length
     * @param distribution {@code pauseWeeks} as the scenario gives it, for later pauses
     */
    SafetyPause(double firstWeeks, Distribution distribution, RandomStream stream) {
        this.firstWeeks = firstWeeks;
        this.distribution = distribution;
        this.stream = stream;
    }

    /**
     * A pause triggered in {@code week}: it runs from the next week for its length. Overlapping
     * pauses count once in the weeks paused.
     *
     * @return the pause's length in weeks (0 or less: nothing to hold)
     */
    int begin(int week) {
        double drawn = pauses == 0 || stream == null ? firstWeeks
                : distribution.sampleWithin(stream, Parameter.PAUSE_WEEKS.min(), Parameter.PAUSE_WEEKS.max());
        int length = (int) Math.round(drawn);
        pauses++;
        int end = week + 1 + length;
        weeksPaused += Math.max(0, end - Math.max(week + 1, until));
        until = Math.max(until, end);
        return length;
    }

    /**
     * True while a pause holds the programme in {@code week}: from the trigger (the rest of that
     * week, once a command centre has triggered it) through the pause's last week. Asked only about
     * the current week, so weeks before a trigger never are.
     */
    boolean holds(int week) {
        return week < until;
    }

    int pauses() {
        return pauses;
    }

    int weeksPaused() {
        return weeksPaused;
    }
}
