package org.rolloutsim.analysis;

import java.util.List;

/**
 * The results of a sweep over one or more parameters, a row per grid point in the order run.
 *
 * @param parameters the swept parameters by their scenario path, e.g.
 *                   {@code governance.customizationApproval}
 */
public record SweepTable(List<String> parameters, List<SweepRow> rows) {
    public SweepTable {
        parameters = List.copyOf(parameters);
        rows = List.copyOf(rows);
    }
}
