package org.rolloutsim.analysis;

import java.util.List;
import java.util.Objects;
import org.rolloutsim.stats.BatchSummary;

/** A grid point of a sweep (one value per swept parameter) and the summary of its batch. */
public record SweepPoint(List<Double> values, BatchSummary summary) {
    public SweepPoint {
        values = List.copyOf(values);
        Objects.requireNonNull(summary, "summary");
    }
}
