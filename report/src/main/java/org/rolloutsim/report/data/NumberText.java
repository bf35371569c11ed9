package org.rolloutsim.report.data;

/**
 * Numbers as result files show them, the same bytes on every machine and locale: whole numbers
 * without a decimal point ({@code 104}, {@code 25000000}), others in the shortest form
 * {@link Double#toString} gives, written out in plain digits for everyday magnitudes
 * ({@code 0.000015}, {@code 12345678.9}) and in E-notation only beyond them. NaN and infinities
 * have no number: {@code null} in JSON, an empty cell in CSV.
 */
public final class NumberText {
    private static final double WHOLE_LIMIT = 1e15;

    private NumberText() {
    }

    /** The text of a finite number; fails for NaN and infinities (the caller writes null or empty). */
    public static String of(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        int exponent = Integer.parseInt(s, e + 1, s.length(), 10);
        if (exponent >= -9 && exponent < 15) {
            return plain(s, e, exponent);
        }
        return s;
    }

    /**
     * {@code d.dddE<exponent>} (as {@link Double#toString} writes it, {@code e} the index of the E)
     * in plain digits, every digit kept: what {@code new BigDecimal(s).toPlainString()} gives, without
     * building a BigDecimal for every cost in a row of runs.csv.
     */
    private static String plain(String s, int e, int exponent) {
        int first = s.charAt(0) == '-' ? 1 : 0;
        StringBuilder b = new StringBuilder(e + Math.abs(exponent) + 3);
        b.append(s, 0, first);
        // the digits without the point: one before it, the fraction after it
        int fraction = e - (first + 2);
        if (exponent >= 0) {
            b.append(s.charAt(first));
            int whole = Math.min(exponent, fraction);
            b.append(s, first + 2, first + 2 + whole);
            for (int i = whole; i < exponent; i++) {
                b.append('0');
            }
            if (fraction > exponent) {
                b.append('.').append(s, first + 2 + exponent, e);
            }
        } else {
            b.append("0.");
            for (int i = 1; i < -exponent; i++) {
                b.append('0');
            }
            b.append(s.charAt(first)).append(s, first + 2, e);
        }
        return b.toString();
    }

    /** A CSV cell: the number's text, or empty for NaN and infinities. */
    public static String cell(double v) {
        return Double.isFinite(v) ? of(v) : "";
    }

    /** Always with a decimal point ({@code 3.0}, {@code 0.19}), so a column never mixes forms. */
    public static String decimal(double v) {
        String s = of(v);
        return s.indexOf('.') >= 0 || s.indexOf('E') >= 0 ? s : s + ".0";
    }
}
