package org.rolloutsim.report.data;

/**
 * {@link Unit#cell} appended straight into a row's builder: the same characters, without the
 * strings {@code cell} makes for every number. runs.csv writes some hundred numbers a run while
 * the batch runs, so what formatting costs beyond the digits themselves is paid per run.
 * <p>
 * Whole numbers below {@code 10^15} are appended as longs (and {@code .0} where the format needs a
 * decimal point), exactly {@link Long#toString} of the value as {@link NumberText} writes them;
 * other finite numbers go through {@link StringBuilder#append(double)}, which writes
 * {@link Double#toString}'s characters, and their E-form is turned into plain digits in place for
 * the magnitudes {@link NumberText} writes plainly. Anything else (whole numbers from
 * {@code 10^15}) takes {@link Unit#cell} itself.
 */
final class CsvCells {
    private static final double WHOLE_LIMIT = 1e15;
    /** {@code "0."} and the zeros after it for a plain number below 1, by minus its exponent. */
    private static final String[] LEADING = new String[10];

    static {
        StringBuilder b = new StringBuilder("0.");
        for (int i = 1; i < LEADING.length; i++) {
            LEADING[i] = b.toString();
            b.append('0');
        }
    }

    private CsvCells() {
    }

    /** Appends {@code unit.cell(v)} to {@code into}. */
    static void append(StringBuilder into, double v, Unit unit) {
        if (!Double.isFinite(v)) {
            return;
        }
        boolean whole = unit.format() == Unit.Format.WHOLE;
        if (v == Math.rint(v)) {
            if (Math.abs(v) >= WHOLE_LIMIT) {
                into.append(unit.cell(v));
                return;
            }
            into.append((long) v);
            if (!whole) {
                into.append(".0");
            }
            return;
        }
        // not whole: both formats write NumberText.decimal, which for a fraction is NumberText.of
        appendFraction(into, v);
    }

    /** NumberText.of for a finite number that is not whole (so never beyond 2^52 in size). */
    private static void appendFraction(StringBuilder into, double v) {
        int start = into.length();
        into.append(v);
        int end = into.length();
        int e = end - 1;
        while (e > start && into.charAt(e) != 'E') {
            e--;
        }
        if (e == start) {
            return;
        }
        int exponent = exponent(into, e + 1, end);
        if (exponent < -9 || exponent >= 15) {
            return;
        }
        int first = into.charAt(start) == '-' ? start + 1 : start;
        int fraction = e - (first + 2);
        // d.fffE<exponent> to the digits dfff, then the point (or leading zeros) where they belong
        into.setLength(e);
        into.deleteCharAt(first + 1);
        if (exponent >= 0) {
            if (fraction > exponent) {
                into.insert(first + 1 + exponent, '.');
            } else {
                for (int i = fraction; i < exponent; i++) {
                    into.append('0');
                }
                into.append(".0");
            }
        } else {
            into.insert(first, LEADING[-exponent]);
        }
    }

    private static int exponent(CharSequence s, int from, int to) {
        boolean negative = s.charAt(from) == '-';
        int value = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return negative ? -value : value;
    }
}
