package org.rolloutsim.model;

import org.rolloutsim.scenario.TimelinePolicy;

/**
 * The go/no-go decision at a wave's planned go-live and each week after (MODEL.md 6; seed: "the
 * hegemony of the time line"). The gate passes when the build and every test cycle are complete,
 * the wave is ready enough and no more than the allowed critical defects are open; the timeline
 * policy decides what happens when it does not.
 */
final class Gate {
    private final TimelinePolicy policy;
    private final double threshold;
    private final double tolerance;
    private final int maxCritical;

    Gate(TimelinePolicy policy, double threshold, double tolerance, int maxCritical) {
        this.policy = policy;
        this.threshold = threshold;
        this.tolerance = tolerance;
        this.maxCritical = maxCritical;
    }

    /** True when the policy never looks at the gate ({@code fixed-date}). */
    boolean ignoresGate() {
        return policy == TimelinePolicy.FIXED_DATE;
    }

    /**
     * Whether the wave goes live this week.
     *
     * @param buildDone     no build work remains
     * @param testsComplete every test cycle has ended
     * @param readiness     the wave's user-weighted readiness
     * @param critical      open known critical defects
     */
    boolean goesLive(boolean buildDone, boolean testsComplete, double readiness, long critical) {
        return goesLive(buildDone ? 0 : Double.NaN, testsComplete, readiness, critical, false);
    }

    /**
     * Whether the wave goes live this week.
     *
     * @param buildLeft     share of the planned build still to do
     * @param managed       MODEL.md 11.5: {@code hold-the-line} goes live short only with at most
     *                      {@code tolerance} of the build left (v1 accepts any build left)
     */
    boolean goesLive(double buildLeft, boolean testsComplete, double readiness, long critical, boolean managed) {
        if (policy == TimelinePolicy.FIXED_DATE) {
            return true; // whatever the gate says; untested cycles are skipped
        }
        boolean buildDone = buildLeft == 0;
        boolean passes = buildDone && testsComplete && readiness >= threshold && critical <= maxCritical;
        if (passes || policy == TimelinePolicy.SLIP_UNTIL_READY) {
            return passes;
        }
        // hold-the-line: a shortfall within tolerance is accepted, even with build work left
        boolean buildWithin = !managed || buildDone || buildLeft <= tolerance;
        return buildWithin && testsComplete && readiness >= threshold - tolerance && critical <= 2L * maxCritical;
    }

    /** The readiness shortfall {@code hold-the-line} accepts, also the share of build it may leave. */
    double tolerance() {
        return tolerance;
    }

    TimelinePolicy policy() {
        return policy;
    }
}
