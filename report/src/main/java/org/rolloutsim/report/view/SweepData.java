package org.rolloutsim.report.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a sweep report shows: one scenario run over a grid of one or more inputs. Each point
 * carries its own target date and budget: a sweep of {@code program.targetWeek} or
 * {@code program.budget} judges every point against the value it was run with.
 *
 * @param title      report heading
 * @param parameters the swept inputs' field paths, in grid order (at least one)
 * @param start      programme start date (week 0)
 * @param currency   currency symbol or code
 * @param provenance tool version, the base scenario's hash (before the swept values), seed, runs per
 *                   point, command line
 * @param points     the grid points, in grid order (the first parameter varies slowest)
 */
public record SweepData(String title, List<String> parameters, LocalDate start, String currency,
                        Provenance provenance, List<Point> points, List<String> names) {

    /** A sweep whose inputs are named by their field paths. */
    public SweepData(String title, List<String> parameters, LocalDate start, String currency, Provenance provenance,
                     List<Point> points) {
        this(title, parameters, start, currency, provenance, points, parameters);
    }

    /**
     * @param names the swept inputs' names a board reads ("Risk: data migration slips (impact delay
     *              weeks)"), one per parameter, in its order; the headings and chart titles use them, and the
     *              subtitle, table and axes keep the field paths for the researcher who reruns the sweep
     */
    public SweepData {
        if (title == null || parameters == null || start == null || currency == null || provenance == null
                || points == null || names == null) {
            throw new IllegalArgumentException("title, parameters, start, currency, provenance, points and names are"
                    + " required");
        }
        parameters = List.copyOf(parameters);
        names = List.copyOf(names);
        if (names.size() != parameters.size()) {
            throw new IllegalArgumentException("one name per parameter");
        }
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
     * @param horizon    the point's horizon and its runs not finished by then, whose completion is
     *                   the horizon and whose cost counts only to then: a percentile among them is a bound
     * @param targetWeek the point's target completion week, or {@code null} without one
     * @param budget     the point's programme budget, or {@code null} without one
     * @param onTime     chance of finishing by the point's target, or {@code null} without one
     * @param onBudget   chance of staying within the point's budget, or {@code null} without one; runs
     *                   not finished by the horizon count as not on budget: the lower end of the chance
     * @param jcl        chance of both, or {@code null} unless both are set
     * @param onBudgetNotKnown the share of runs not finished by the horizon and within budget so far,
     *                   which may or may not stay within it (0 when none); {@code null} without a budget
     */
    public record Point(List<Double> values, Quantiles completion, Quantiles cost, Horizon horizon, Integer targetWeek,
                        Double budget, Double onTime, Double onBudget, Double jcl, Double onBudgetNotKnown) {
        public Point {
            values = List.copyOf(values);
            Objects.requireNonNull(horizon, "horizon");
        }

        /** A point with no run not finished by the horizon within budget so far. */
        public Point(List<Double> values, Quantiles completion, Quantiles cost, Horizon horizon, Integer targetWeek,
                     Double budget, Double onTime, Double onBudget, Double jcl) {
            this(values, completion, cost, horizon, targetWeek, budget, onTime, onBudget, jcl,
                    onBudget == null ? null : 0.0);
        }

        /** The point's chances as the run report holds them, on budget a range while some are not known. */
        public Probabilities probabilities() {
            return new Probabilities(onTime, onBudget, jcl, onBudgetNotKnown);
        }
    }

    /** The values input {@code i} takes over the grid, in grid order (repeats included). */
    public List<Double> values(int i) {
        return points.stream().map(p -> p.values().get(i)).toList();
    }

    /**
     * A value of input {@code i} as the sweep's console table writes it ({@link InputUnit}): "$1.5M",
     * "28 Feb 2028", "3".
     */
    public String input(int i, double value) {
        return InputUnit.of(parameters.get(i)).format(value, InputUnit.step(values(i)), calendar(), money());
    }

    /** True when some point has runs not finished by its horizon. */
    public boolean anyUnfinished() {
        return points.stream().anyMatch(p -> p.horizon().unfinishedRuns() > 0);
    }

    /**
     * True when some point's P90 completion (and so perhaps its P50 and P10) falls among runs not
     * finished by the horizon: a percentile the report shows is then a bound.
     */
    public boolean anyCutOff() {
        return points.stream().anyMatch(p -> p.horizon().cuts(p.completion().p90()));
    }

    /**
     * True when some point's P90 cost (and so perhaps its P50 and P10) takes in runs not finished by
     * the horizon, whose costs count only to then ({@link Horizon#costCut}): it is then a bound.
     */
    public boolean anyCostCut() {
        return points.stream().anyMatch(p -> p.horizon().costCut(p.cost().p90()));
    }

    /**
     * True when some point's chance on budget is a range: runs not finished by its horizon are within
     * budget so far, and may or may not stay within it.
     */
    public boolean anyOnBudgetNotKnown() {
        return points.stream().anyMatch(p -> p.probabilities().onBudgetIsRange());
    }

    /** The points' horizons, each once, in grid order (one unless the grid varies the horizon). */
    public List<Integer> horizonWeeks() {
        return distinct(points.stream().map(p -> p.horizon().week()).toList());
    }

    /** The points' target weeks, each once, in grid order; empty when no point has a target. */
    public List<Integer> targetWeeks() {
        return distinct(points.stream().map(Point::targetWeek).toList());
    }

    /** The points' budgets, each once, in grid order; empty when no point has a budget. */
    public List<Double> budgets() {
        return distinct(points.stream().map(Point::budget).toList());
    }

    private static <T> List<T> distinct(List<T> values) {
        List<T> out = new ArrayList<>();
        for (T v : values) {
            if (v != null && out.stream().noneMatch(o -> Objects.equals(o, v))) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    public WeekCalendar calendar() {
        return new WeekCalendar(start);
    }

    public Money money() {
        return new Money(currency);
    }
}
