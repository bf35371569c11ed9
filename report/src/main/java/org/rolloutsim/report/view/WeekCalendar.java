package org.rolloutsim.report.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns simulated weeks (week 0 = programme start) into calendar dates, the only way weeks reach a
 * reader. Fractional weeks (percentiles) are rounded to the nearest day.
 */
public record WeekCalendar(LocalDate start) {

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public WeekCalendar {
        if (start == null) {
            throw new IllegalArgumentException("start is required");
        }
    }

    /** The date {@code week} weeks after the start. */
    public LocalDate date(double week) {
        return start.plusDays(Math.round(week * 7));
    }

    /**
     * Milliseconds since 1970-01-01 UTC of the (possibly fractional) week, for chart axes; charts
     * format these in UTC so the date never shifts with the machine's time zone.
     */
    public double epochMillis(double week) {
        return (start.toEpochDay() + week * 7) * MILLIS_PER_DAY;
    }

    /** The week (possibly fractional) of an epoch-millisecond instant; the inverse of {@link #epochMillis}. */
    public double week(double epochMillis) {
        return (epochMillis / MILLIS_PER_DAY - start.toEpochDay()) / 7;
    }

    /** "14 March 2031". */
    public String longDate(double week) {
        return LONG.format(date(week));
    }

    /** "14 Mar 2031", for tables. */
    public String shortDate(double week) {
        return SHORT.format(date(week));
    }

    /** "Mar 2031". */
    public String monthYear(double week) {
        return MONTH.format(date(week));
    }

    /**
     * A plain-language length of time for a number of weeks: "3 weeks", "9 months", "2.5 years".
     * Always positive; the caller says "before" or "after".
     */
    public static String duration(double weeks) {
        double w = Math.abs(weeks);
        if (w < 0.5) {
            return "less than a week";
        }
        if (w < 9) {
            long n = Math.round(w);
            return n + (n == 1 ? " week" : " weeks");
        }
        double months = w * 7 / 30.4375;
        if (months < 24) {
            long n = Math.round(months);
            return n + (n == 1 ? " month" : " months");
        }
        double years = Math.round(months / 12 * 10) / 10.0;
        return (years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years)) + " years";
    }
}
