package org.rolloutsim.report.view;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes amounts the way a board reads them: "$1.4B", "$350M", "$12.5k", "€900". Locale-independent
 * (always a dot as decimal separator) so a report reads the same on every machine.
 *
 * @param currency symbol ("$", "£", "€") or code ("CHF"); a code is followed by a space
 */
public record Money(String currency) {

    public Money {
        if (currency == null) {
            throw new IllegalArgumentException("currency is required");
        }
    }

    /** About three significant figures: "$1.42B", "$35.2M", "$350M". */
    public String format(double amount) {
        double magnitude = Math.abs(amount);
        Scale scale = Scale.of(magnitude);
        double scaled = magnitude / scale.factor;
        int decimals = scaled < 10 ? 2 : scaled < 100 ? 1 : 0;
        return (amount < 0 ? "\u2212" : "") + prefix() + number(scaled, decimals) + scale.suffix;
    }

    /** Like {@link #format} with an explicit sign: "+$40M", "−$3.5M", used for differences. */
    public String formatSigned(double amount) {
        return (amount > 0 ? "+" : "") + format(amount);
    }

    /**
     * For an axis tick: as many decimals as the tick spacing needs for every tick to read its own
     * value ("$1.2B", "$1.25B", "$1.3B"; "$90M", "$92.5M", "$95M").
     */
    public String formatTick(double amount, double tickSize) {
        double magnitude = Math.abs(amount);
        Scale scale = Scale.of(Math.max(magnitude, Math.abs(tickSize)));
        if (magnitude < Math.abs(tickSize) * 1e-6) {
            return prefix() + "0";
        }
        int decimals = decimalsOf(Math.abs(tickSize) / scale.factor);
        return (amount < 0 && number(magnitude / scale.factor, decimals).matches(".*[1-9].*") ? "\u2212" : "")
                + prefix() + number(magnitude / scale.factor, decimals) + scale.suffix;
    }

    /**
     * The decimals that write every multiple of {@code step} exactly (at most 6): 2.5 needs one, so a
     * tick at 92.5 reads "92.5", where rounding to the step's first digit alone wrote it "93".
     */
    private static int decimalsOf(double step) {
        if (!(step > 0)) {
            return 0;
        }
        for (int decimals = 0; decimals < 6; decimals++) {
            double scaled = step * Math.pow(10, decimals);
            if (Math.abs(scaled - Math.rint(scaled)) <= 1e-6 * scaled) {
                return decimals;
            }
        }
        return 6;
    }

    private String prefix() {
        boolean code = !currency.isEmpty() && Character.isLetter(currency.charAt(currency.length() - 1));
        return code ? currency + " " : currency;
    }

    private static String number(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        String text = rounded.toPlainString();
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text;
    }

    private enum Scale {
        UNIT(1, ""), THOUSAND(1e3, "k"), MILLION(1e6, "M"), BILLION(1e9, "B"), TRILLION(1e12, "T");

        final double factor;
        final String suffix;

        Scale(double factor, String suffix) {
            this.factor = factor;
            this.suffix = suffix;
        }

        static Scale of(double magnitude) {
            // 999.996M must print as $1B, not $1000M: pick the scale after rounding to 3 figures
            double rounded = magnitude == 0 ? 0 : new BigDecimal(magnitude).round(new java.math.MathContext(3)).doubleValue();
            Scale chosen = UNIT;
            for (Scale s : values()) {
                if (rounded >= s.factor) {
                    chosen = s;
                }
            }
            return chosen;
        }
    }
}
