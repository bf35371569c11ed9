package org.rolloutsim.scenarios;

import java.math.BigDecimal;

/** How numbers are shown in messages and in the canonical form used for content hashes. */
final class Numbers {
    private Numbers() {
    }

    /** A short exact rendering: 1, 0.25, 1000000, 1.0E21 for very large values. */
    static String format(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "infinity" : "-infinity";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        if (Math.abs(x) >= 1e15 || Math.abs(x) < 1e-6) {
            return Double.toString(x);
        }
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    static String range(double min, double max) {
        return "[" + format(min) + ", " + format(max) + "]";
    }
}
