package org.rolloutsim.report.data;

import java.time.LocalDate;
import java.util.Objects;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * What the week numbers and amounts of a result file mean: week 0 is the programme's start date,
 * and amounts are in its currency (an ISO 4217 code such as {@code USD}). Fractional weeks
 * (percentiles) fall on the nearest day.
 */
public record DatesAndCurrency(LocalDate start, String currency) {
    public DatesAndCurrency {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(currency, "currency");
    }

    /** The ISO date ({@code 2030-04-15}) of a possibly fractional week; {@code null} for NaN. */
    public String date(double week) {
        return Double.isFinite(week) ? new WeekCalendar(start).date(week).toString() : null;
    }
}
