package org.rolloutsim.report.workbook;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.dhatim.fastexcel.Worksheet;
import org.rolloutsim.report.data.DatesAndCurrency;
import org.rolloutsim.report.data.Unit;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.Percent;

/**
 * Writes values into a sheet with the number format of their {@link Unit}: dates as dates (as
 * text before 1900, which a spreadsheet cannot hold), money with its currency code, shares as
 * percentages. NaN and infinities leave the cell empty.
 */
final class Cells {
    static final String DATE = "yyyy-mm-dd";
    static final String PERCENT = "0.0%";
    /** A mean of whole numbers: one decimal, as the report gives it, and a second when it shows more. */
    static final String MEAN_COUNT = "0.0#";
    /** A mean of weeks, to a tenth as the report gives weeks: "General" had shown 219.1065. */
    static final String MEAN_WEEKS = "0.0";
    /** A chance as the report gives it, a whole percentage (see {@link #wholePercent}). */
    static final String WHOLE_PERCENT = "0%";
    /**
     * What a week that had not come by the horizon reads as: the horizon, shown "or later" (it may
     * come in the horizon's own week, so not "after" it).
     */
    static final String OR_LATER = "\" or later\"";
    /** What a cost counted only to the horizon reads as: a lower bound. */
    static final String AT_LEAST = "\"at least \"";
    /** The first date a spreadsheet holds as a date: serial 1, 1 January 1900. */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    /** The last: serial 2,958,465, 31 December 9999. */
    static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    /** Said beside a date written as text, as a spreadsheet holds no date before 1900. */
    static final String TEXT_DATES_NOTE = "A date before 1 January 1900, the first date a spreadsheet holds,"
            + " is written as text (yyyy-mm-dd).";

    private final Worksheet sheet;
    private final DatesAndCurrency units;
    /** Whether a date has been written as text, and its cell given the note as a comment. */
    private boolean textDates;

    Cells(Worksheet sheet, DatesAndCurrency units) {
        this.sheet = sheet;
        this.units = units;
    }

    /** The Excel number format of a unit's values: "#,##0 "USD"", "0.0%", "0". */
    static String format(Unit unit, String currency) {
        return switch (unit) {
            case MONEY -> "#,##0 \"" + currency.replace("\"", "") + "\"";
            case SHARE -> PERCENT;
            case WEEK, WEEKS, COUNT, FLAG -> "0";
            case NUMBER -> "General";
        };
    }

    void text(int row, int column, String text) {
        sheet.value(row, column, text);
    }

    void header(int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(row, c, titles[c]);
            sheet.style(row, c).bold().set();
        }
    }

    /** A number in a unit, formatted as such. */
    void number(int row, int column, double value, Unit unit) {
        if (Double.isFinite(value)) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(format(unit, units.currency())).set();
        }
    }

    /**
     * A chance as the report, the console and the board pack give it ({@link Percent#format}): a whole
     * percentage, "31%", and "&lt;1%" or "&gt;99%" for one that would round to 0% or 100% but is
     * neither: the cell holds the number, shown so.
     */
    void wholePercent(int row, int column, double share) {
        if (Double.isFinite(share)) {
            sheet.value(row, column, share);
            sheet.style(row, column).format(wholePercentFormat(share)).set();
        }
    }

    /** The number format that shows {@code share} as {@link Percent#format} writes it: "0%", or its text. */
    static String wholePercentFormat(double share) {
        return Percent.belowOne(share) || Percent.aboveNinetyNine(share)
                ? "\"" + Percent.format(share) + "\"" : WHOLE_PERCENT;
    }

    /** The mean of a count over the runs, fractional: "1.13", "0.03", "3.0" (not "1", "0", "3"). */
    void meanCount(int row, int column, double mean) {
        if (Double.isFinite(mean)) {
            sheet.value(row, column, mean);
            sheet.style(row, column).format(MEAN_COUNT).set();
        }
    }

    /** The date of a (possibly fractional) week. */
    void date(int row, int column, double week) {
        String iso = units.date(week);
        if (iso != null) {
            date(row, column, LocalDate.parse(iso));
        }
    }

    void date(int row, int column, LocalDate date) {
        date(row, column, date, "");
    }

    /**
     * A date with its number format's suffix ({@code ""}, or {@link #OR_LATER}): a date cell where a
     * spreadsheet can hold the date, else the date as text in the same style ("1800-01-06",
     * "1800-01-06 or later"), right-aligned as a date is, the first such cell of the sheet with the
     * {@linkplain #TEXT_DATES_NOTE note} as a comment. Never a wrong number: fastexcel writes a
     * date before 1900 as -1.
     */
    private void date(int row, int column, LocalDate date, String suffix) {
        double serial = serial(date);
        if (Double.isFinite(serial)) {
            sheet.value(row, column, serial);
            sheet.style(row, column).format(DATE + suffix).set();
            return;
        }
        sheet.value(row, column, date + (suffix.isEmpty() ? "" : Horizon.OR_LATER));
        sheet.style(row, column).horizontalAlignment("right").set();
        if (!textDates) {
            sheet.comment(row, column, TEXT_DATES_NOTE);
        }
        textDates = true;
    }

    /** Whether a date of this sheet was written as text, being one a spreadsheet cannot hold. */
    boolean wroteTextDates() {
        return textDates;
    }

    /**
     * The spreadsheet serial number of a date: days since 0 January 1900 (31 December 1899),
     * counting the 29 February 1900 that spreadsheets keep for Lotus 1-2-3's sake (serial 60), so
     * 1 March 1900 is 61; NaN for a date before 1 January 1900 or after 31 December 9999, which a
     * spreadsheet cannot hold.
     */
    static double serial(LocalDate date) {
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            return Double.NaN;
        }
        long days = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
        return date.isBefore(LocalDate.of(1900, 3, 1)) ? days - 1 : days;
    }

    /**
     * A week and its date in two cells side by side; when what it dates had not come by the horizon
     * ({@code orLater}), the horizon's, shown as "520 or later" and "2036-12-29 or later": still
     * numbers, a lower bound it may reach, as the report reads them.
     */
    void weekAndDate(int row, int column, double week, boolean orLater) {
        week(row, column, week, Unit.NUMBER, orLater);
        date(row, column + 1, week, orLater);
    }

    /** A week in {@code unit}; {@code orLater}: not come by the horizon, the horizon's number shown "520 or later". */
    void week(int row, int column, double week, Unit unit, boolean orLater) {
        if (!orLater) {
            number(row, column, week, unit);
        } else if (Double.isFinite(week)) {
            sheet.value(row, column, week);
            sheet.style(row, column).format("0" + OR_LATER).set();
        }
    }

    /** The date of a week; {@code orLater}: not come by the horizon, the horizon's date shown "2036-12-29 or later". */
    void date(int row, int column, double week, boolean orLater) {
        if (!orLater) {
            date(row, column, week);
            return;
        }
        String iso = Double.isFinite(week) ? units.date(week) : null;
        if (iso != null) {
            date(row, column, LocalDate.parse(iso), OR_LATER);
        }
    }

    /** A mean of weeks, shown to a tenth ("219.1"). */
    void meanWeeks(int row, int column, double value) {
        if (Double.isFinite(value)) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(MEAN_WEEKS).set();
        }
    }

    /**
     * A mean of weeks that takes in runs whose week holds the horizon, not come by then: a lower bound,
     * the number shown "at least 213.4" (as a mean cost counted only to the horizon is).
     */
    void meanWeeksAtLeast(int row, int column, double value) {
        if (Double.isFinite(value)) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(AT_LEAST + MEAN_WEEKS).set();
        }
    }

    /** A cost counted only to the horizon, a lower bound: the number, shown "at least 1,234 USD". */
    void moneyAtLeast(int row, int column, double value) {
        if (Double.isFinite(value)) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(AT_LEAST + format(Unit.MONEY, units.currency())).set();
        }
    }
}
