package org.rolloutsim.report.view;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * How a swept input's values are written, the same in the sweep's console table, its warning of
 * points that came out alike, and its report (table, chart legends and axis): as money, as a date,
 * or as the number given. The files (sweep.csv, sweep.json) keep the numbers.
 */
public enum InputUnit {
    MONEY, DATE, NUMBER;

    /** Fields holding a week of the programme's calendar, written as its date. */
    private static final List<String> WEEKS = List.of("targetWeek", "goLiveWeek", "firstGoLiveWeek");

    /**
     * The unit of the field at {@code path}, by its own name (the last part of the path):
     * a week of the calendar is a date; a budget, an amount or a cost (weeklyCost,
     * delayCostPerDay, costPerFteWeek, a risk's cost, parameters.replacementCost) is money.
     */
    public static InputUnit of(String path) {
        String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
        if (WEEKS.contains(field)) {
            return DATE;
        }
        if (field.equals("budget") || field.equals("amount") || field.toLowerCase(Locale.ROOT).contains("cost")) {
            return MONEY;
        }
        return NUMBER;
    }

    /**
     * A value as the console writes it: "$460M", "19 Nov 2029", "0.25", "3" (never "3.0"). Money reads
     * as the value it is, to Money.format's three significant figures ("$1.25k", "$1.5k", never "$1k"
     * for $1,250 because the grid's step is $1,000), and with more digits when the grid's {@code step}
     * needs them, so that neighbouring points never read the same ("$1.0001M", "$1.0002M").
     */
    public String format(double value, double step, WeekCalendar calendar, Money money) {
        return switch (this) {
            case MONEY -> money(value, step, money);
            case DATE -> calendar.shortDate(value);
            case NUMBER -> BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        };
    }

    /**
     * Money at the finer of two resolutions: three significant figures of the value itself (what
     * Money.format writes) and the grid's step (what tells neighbours apart). Money.formatTick gives
     * as many decimals as the resolution it is handed needs, and drops trailing zeros.
     */
    private static String money(double value, double step, Money money) {
        double magnitude = Math.abs(value);
        if (magnitude == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return money.format(value);
        }
        double figures = Math.pow(10, Math.floor(Math.log10(magnitude)) - 2);
        double resolution = step > 0 ? Math.min(step, figures) : figures;
        return money.formatTick(value, resolution);
    }

    /** The smallest gap between two of the values; 0 when they are all one value. */
    public static double step(Collection<Double> values) {
        double step = 0;
        Double previous = null;
        for (double v : new TreeSet<>(values)) {
            if (previous != null && (step == 0 || v - previous < step)) {
                step = v - previous;
            }
            previous = v;
        }
        return step;
    }

    /** True when every value is a whole number (a team's fte of 2, 3, 4; a week): an axis then ticks whole numbers. */
    public static boolean whole(Collection<Double> values) {
        return values.stream().allMatch(v -> v == Math.rint(v) && !Double.isInfinite(v));
    }
}
