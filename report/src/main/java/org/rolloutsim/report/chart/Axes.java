package org.rolloutsim.report.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.UnsignedZero;

/**
 * The axes readers understand: calendar dates (never week numbers), money ("$1.2B"), percentages.
 * Dates are drawn in UTC with English month names so a chart is the same on every machine.
 */
final class Axes {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Axes() {
    }

    /** A date axis for values in epoch milliseconds (see {@code WeekCalendar.epochMillis}). */
    static LimitedDateAxis date(String label) {
        LimitedDateAxis axis = new LimitedDateAxis(label, UTC, Locale.ENGLISH);
        TickUnits units = new TickUnits();
        units.add(new DateTickUnit(DateTickUnitType.DAY, 7, format("d MMM yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 14, format("d MMM yyyy")));
        for (int months : new int[] {1, 2, 3, 4, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, format("MMM yyyy")));
        }
        for (int years : new int[] {1, 2, 5, 10, 20}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, years, format("yyyy")));
        }
        axis.setStandardTickUnits(units);
        style(axis);
        return axis;
    }

    /** A money axis. */
    static LimitedNumberAxis money(String label, Money money) {
        LimitedNumberAxis axis = new LimitedNumberAxis(label);
        TickUnits units = new TickUnits();
        for (int exponent = -2; exponent <= 15; exponent++) {
            for (double mantissa : new double[] {1, 2, 2.5, 5}) {
                double size = mantissa * Math.pow(10, exponent);
                units.add(new NumberTickUnit(size, new MoneyTickFormat(money, size)));
            }
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        style(axis);
        return axis;
    }

    /** An axis of shares between 0 and 1, written as percentages. */
    static LimitedNumberAxis percent(String label) {
        LimitedNumberAxis axis = new LimitedNumberAxis(label);
        // each tick size gets as many decimals as it needs, so 0.5% steps never print "1%, 1%, 2%"
        TickUnits units = new TickUnits();
        for (int exponent = -5; exponent <= 1; exponent++) {
            for (double mantissa : new double[] {1, 2, 2.5, 5}) {
                double size = mantissa * Math.pow(10, exponent);
                int decimals = Math.max(0, (int) Math.ceil(-Math.log10(size * 100) - 1e-9) + (mantissa == 2.5 ? 1 : 0));
                units.add(new NumberTickUnit(size, percentFormat(decimals)));
            }
        }
        axis.setStandardTickUnits(units);
        style(axis);
        return axis;
    }

    /** A plain count axis (sites, defects) with whole-number ticks. */
    static NumberAxis count(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        style(axis);
        return axis;
    }

    /**
     * A duration axis in weeks with an explicit sign, for differences: "+4", "\u22122", and zero as "0",
     * without a sign, as a money axis writes "$0".
     */
    static NumberAxis signedWeeks(String label) {
        NumberAxis axis = new NumberAxis(label);
        DecimalFormat format = new DecimalFormat("+#,##0.#;\u2212#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        axis.setNumberFormatOverride(UnsignedZero.of(format));
        style(axis);
        return axis;
    }

    static NumberFormat percentFormat(int decimals) {
        return new DecimalFormat(decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%",
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ENGLISH);
        format.setTimeZone(UTC);
        return format;
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(ChartStyle.LABEL);
        axis.setTickLabelFont(ChartStyle.TICK);
        axis.setLabelPaint(ChartStyle.TEXT);
        axis.setTickLabelPaint(ChartStyle.TEXT);
    }
}
