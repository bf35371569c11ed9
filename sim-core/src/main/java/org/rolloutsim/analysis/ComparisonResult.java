package org.rolloutsim.analysis;

import java.util.List;

/** Every pair of the batches compared, in the order given: (1,2), (1,3), ..., (2,3), ... */
public record ComparisonResult(List<String> labels, List<PairComparison> pairs) {
    public ComparisonResult {
        labels = List.copyOf(labels);
        pairs = List.copyOf(pairs);
    }

    /** The comparison of {@code a} against {@code b}; fails when that pair was not compared. */
    public PairComparison pair(String a, String b) {
        for (PairComparison p : pairs) {
            if (p.a().equals(a) && p.b().equals(b)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no pair " + a + " vs " + b);
    }
}
