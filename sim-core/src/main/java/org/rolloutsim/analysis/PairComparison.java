package org.rolloutsim.analysis;

import java.util.List;

/** Batch {@code a} against batch {@code b}: one difference per output both have, in a's schema order. */
public record PairComparison(String a, String b, List<MetricDifference> metrics) {
    public PairComparison {
        metrics = List.copyOf(metrics);
    }

    /** The difference on output {@code name}; fails when it was not compared. */
    public MetricDifference metric(String name) {
        for (MetricDifference d : metrics) {
            if (d.metric().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("metric not compared: " + name);
    }
}
