package org.rolloutsim.report.view;

/** One row of the "key inputs" table: a label a planner recognises and its value as text. */
public record KeyInput(String label, String value) {

    public KeyInput {
        if (label == null || value == null) {
            throw new IllegalArgumentException("label and value are required");
        }
    }
}
