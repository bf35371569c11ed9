package org.rolloutsim.scenario;

import java.util.Objects;
import org.rolloutsim.random.Distribution;

/**
 * Decision rights and the go/no-go gate (MODEL.md 2.5, 6).
 *
 * @param customizationApproval share of customization requests approved, in [0, 1] (default 0.3)
 * @param readinessThreshold    wave readiness the gate requires (default 0.75)
 * @param maxCriticalDefects    open critical defects the gate allows (default 0)
 * @param tolerance             readiness shortfall {@code hold-the-line} accepts (default 0.1)
 * @param response              how the programme office responds to lateness (default {@code standard})
 * @param rules                 the programme office's thresholds (MODEL.md 11)
 */
public record Governance(
        Distribution customizationApproval,
        Distribution readinessThreshold,
        int maxCriticalDefects,
        TimelinePolicy timelinePolicy,
        Distribution tolerance,
        Response response,
        ResponseRules rules) {

    public Governance {
        customizationApproval = orDefault(customizationApproval, 0.3);
        readinessThreshold = orDefault(readinessThreshold, 0.75);
        if (maxCriticalDefects < 0) {
            throw new IllegalArgumentException("maxCriticalDefects must be >= 0");
        }
        timelinePolicy = timelinePolicy == null ? TimelinePolicy.HOLD_THE_LINE : timelinePolicy;
        tolerance = orDefault(tolerance, 0.1);
        response = response == null ? Response.STANDARD : response;
        rules = rules == null ? ResponseRules.defaults() : rules;
    }

    /** The v1 fields only; the response is the default ({@code standard}) with default thresholds. */
    public Governance(Distribution customizationApproval, Distribution readinessThreshold, int maxCriticalDefects,
                      TimelinePolicy timelinePolicy, Distribution tolerance) {
        this(customizationApproval, readinessThreshold, maxCriticalDefects, timelinePolicy, tolerance, null, null);
    }

    public static Governance defaults() {
        return new Governance(null, null, 0, null, null, null, null);
    }

    /** A copy with another response, thresholds kept. */
    public Governance withResponse(Response r) {
        return new Governance(customizationApproval, readinessThreshold, maxCriticalDefects, timelinePolicy,
                tolerance, r, rules);
    }

    private static Distribution orDefault(Distribution d, double value) {
        return Objects.requireNonNullElseGet(d, () -> Distribution.constant(value));
    }
}
