package org.rolloutsim.design;

import java.util.Locale;

/** How the values of uncertain inputs are chosen for a block of runs. */
public enum Sampling {
    /** Each run draws each input from its own stream, independently (MODEL.md 2.7). */
    RANDOM,
    /**
     * Latin hypercube: within a block of runs, each input's range of probability is cut into as
     * many equal strata as the block has runs, and each run gets a value from a different stratum.
     */
    LHS;

    /** The name on the command line: {@code random}, {@code lhs}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sampling called {@code key}, or {@code null}. */
    public static Sampling byKey(String key) {
        for (Sampling s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
