package org.rolloutsim.scenario;

/** What a wave does at its planned go-live when the gate is not passed (MODEL.md 6). */
public enum TimelinePolicy {
    /** Go live when the shortfall is within tolerance, else slip a week. */
    HOLD_THE_LINE,
    /** Slip a week at a time until the gate passes. */
    SLIP_UNTIL_READY,
    /** Go live on the planned week whatever the gate says; untested cycles are skipped. */
    FIXED_DATE
}
