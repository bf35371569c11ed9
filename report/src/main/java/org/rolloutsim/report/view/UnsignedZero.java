package org.rolloutsim.report.view;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * A zero has no sign. A value that rounds to zero at the digits shown (−0.003 at two decimals, or a
 * tick computed as −0.0) is written "0.00", never "−0.00" or "-0" (nor "+0.00" where positive values
 * carry a "+"): a reader takes "−0.00" for a negative estimate, which it is not at that precision.
 */
public final class UnsignedZero {

    private UnsignedZero() {
    }

    /** {@code text} without its leading sign ({@code -}, {@code +} or {@code −}) when every digit in it is 0. */
    public static String of(String text) {
        if (text.isEmpty() || "-+\u2212".indexOf(text.charAt(0)) < 0) {
            return text;
        }
        boolean digits = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                if (c != '0') {
                    return text;
                }
                digits = true;
            }
        }
        return digits ? text.substring(1) : text;
    }

    /** {@code format}, writing a number that rounds to zero without a sign. */
    public static NumberFormat of(NumberFormat format) {
        return new Format(format);
    }

    /** Formats through the given format, then drops the sign of a zero; parsing is the given format's. */
    private static final class Format extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final NumberFormat format;

        Format(NumberFormat format) {
            this.format = (NumberFormat) format.clone();
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(of(format.format(number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(of(format.format(number)));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return format.parse(source, parsePosition);
        }
    }
}
