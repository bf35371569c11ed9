package org.rolloutsim.report.text;

import java.text.NumberFormat;
import java.util.Locale;

/** A count with its noun in the right number: "1 site", "12 sites", "10,000 runs". */
public final class Counted {
    private Counted() {
    }

    /** {@code n} with thousands separators and {@code one}, or {@code one + "s"} unless n is 1. */
    public static String of(long n, String one) {
        return of(n, one, one + "s");
    }

    /** {@code n} with thousands separators and {@code one} or {@code many}. */
    public static String of(long n, String one, String many) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n) + " " + (n == 1 ? one : many);
    }
}
