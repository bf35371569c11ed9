package org.rolloutsim.report.view;

/** The two headline outcomes of a roll-out: when it finishes and what it costs. */
public enum Outcome {
    /** Completion date: weeks from the programme start. */
    COMPLETION,
    /** Programme cost in currency units. */
    COST
}
