package org.rolloutsim.analysis;

import java.util.List;
import java.util.Objects;
import org.rolloutsim.stats.BatchSummary;

/**
 * A grid point of a sweep (one value per swept parameter), the summary of its batch and the
 * point's horizon: a run not finished by then holds it as its completion week.
 */
public record SweepPoint(List<Double> values, BatchSummary summary, int horizonWeeks) {
    public SweepPoint {
        values = List.copyOf(values);
        Objects.requireNonNull(summary, "summary");
        if (horizonWeeks <= 0) {
            throw new IllegalArgumentException("the horizon must be a positive week: " + horizonWeeks);
        }
    }
}
