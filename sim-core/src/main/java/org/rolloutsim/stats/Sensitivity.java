package org.rolloutsim.stats;

import java.util.List;

/**
 * The inputs that drive one output, strongest first (by |rho|, ties in schema order). Inputs that
 * never varied in the batch are left out, having no correlation.
 */
public record Sensitivity(String output, List<SensitivityEntry> ranked) {
    public Sensitivity {
        ranked = List.copyOf(ranked);
    }
}
