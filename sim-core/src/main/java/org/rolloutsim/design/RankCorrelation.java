package org.rolloutsim.design;

import java.util.Objects;

/**
 * A target Spearman rank correlation between two named inputs.
 *
 * @param first  an input's name ({@link UncertainInput#name()})
 * @param second another input's name
 * @param rank   the rank correlation, in [-1, 1]
 */
public record RankCorrelation(String first, String second, double rank) {
    public RankCorrelation {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("an input's correlation with itself is 1: " + first);
        }
        if (!(rank >= -1 && rank <= 1)) {
            throw new IllegalArgumentException("a rank correlation lies in [-1, 1]: " + rank);
        }
    }
}
