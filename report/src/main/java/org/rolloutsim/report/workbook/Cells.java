package org.rolloutsim.report.workbook;

import java.time.LocalDate;
import org.dhatim.fastexcel.Worksheet;
import org.rolloutsim.report.data.DatesAndCurrency;
import org.rolloutsim.report.data.Unit;

/**
 * Writes values into a sheet with the number format of their {@link Unit}: dates as dates,
 * money with its currency code, shares as percentages. NaN and infinities leave the cell empty.
 */
final class Cells {
    static final String DATE = "yyyy-mm-dd";
    static final String PERCENT = "0.0%";
    /** What a week that had not come by the horizon reads as: the horizon, shown "after" it. */
    static final String AFTER = "\"after \"";
    /** What a cost counted only to the horizon reads as: a lower bound. */
    static final String AT_LEAST = "\"at least \"";

    private final Worksheet sheet;
    private final DatesAndCurrency units;

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

    /** A probability or share, as a percentage. */
    void share(int row, int column, double value) {
        number(row, column, value, Unit.SHARE);
    }

    /** The date of a (possibly fractional) week. */
    void date(int row, int column, double week) {
        String iso = units.date(week);
        if (iso != null) {
            date(row, column, LocalDate.parse(iso));
        }
    }

    void date(int row, int column, LocalDate date) {
        sheet.value(row, column, date);
        sheet.style(row, column).format(DATE).set();
    }

    /**
     * A week and its date in two cells side by side; when what it dates had not come by the horizon
     * ({@code after}), the horizon's, shown as "after 520" and "after 2036-12-29": still numbers, a
     * lower bound, as the report reads them.
     */
    void weekAndDate(int row, int column, double week, boolean after) {
        week(row, column, week, Unit.NUMBER, after);
        date(row, column + 1, week, after);
    }

    /** A week in {@code unit}; {@code after}: not come by the horizon, the horizon's number shown "after 520". */
    void week(int row, int column, double week, Unit unit, boolean after) {
        if (!after) {
            number(row, column, week, unit);
        } else if (Double.isFinite(week)) {
            sheet.value(row, column, week);
            sheet.style(row, column).format(AFTER + "0").set();
        }
    }

    /** The date of a week; {@code after}: not come by the horizon, the horizon's date shown "after 2036-12-29". */
    void date(int row, int column, double week, boolean after) {
        if (!after) {
            date(row, column, week);
            return;
        }
        String iso = Double.isFinite(week) ? units.date(week) : null;
        if (iso != null) {
            sheet.value(row, column, LocalDate.parse(iso));
            sheet.style(row, column).format(AFTER + DATE).set();
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
