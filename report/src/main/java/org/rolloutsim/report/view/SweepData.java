package org.rolloutsim.report.view;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a sweep report shows: one scenario run over a grid of one or more inputs.
 *
 * @param title      report heading
 * @param parameters the swept inputs' field paths, in grid order (at least one)
 * @param start      programme start date (week 0)
 * @param currency   currency symbol or code
 * @param targetWeek target completion week, or {@code null}
 * @param budget     programme budget, or {@code null}
 * @param provenance tool version, scenario hash, seed, runs per point, command line
 * @param points     the grid points, in grid order (the first parameter varies slowest)
 */
public record SweepData(String title, List<String> parameters, LocalDate start, String currency, Integer targetWeek,
                        Double budget, Provenance provenance, List<Point> points) {

    public SweepData {
        if (title == null || parameters == null || start == null || currency == null || provenance == null
                || points == null) {
            throw new IllegalArgumentException("title, parameters, start, currency, provenance and points are required");
        }
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a sweep has at least one parameter");
        }
        for (Point p : points) {
            if (p.values().size() != parameters.size()) {
                throw new IllegalArgumentException("each point needs one value per parameter");
            }
        }
    }

    /**
     * One grid point.
     *
     * @param values     the parameters' values there
     * @param completion completion week percentiles (P10, P50, P80, P90)
     * @param cost       programme cost percentiles
     * @param onTime     chance of finishing by the target, or {@code null} without one
     * @param onBudget   chance of staying within budget, or {@code null} without one
     * @param jcl        chance of both, or {@code null} unless both are set
     */
    public record Point(List<Double> values, Quantiles completion, Quantiles cost, Double onTime, Double onBudget,
                        Double jcl) {
        public Point {
            values = List.copyOf(values);
        }
    }

    public WeekCalendar calendar() {
        return new WeekCalendar(start);
    }

    public Money money() {
        return new Money(currency);
    }
}
