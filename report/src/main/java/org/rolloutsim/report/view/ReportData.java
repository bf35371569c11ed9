package org.rolloutsim.report.view;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the report of one scenario shows, already computed by the statistics code. The report
 * reads nothing else: no scenario objects, no statistics classes.
 *
 * <p>Weeks are counted from {@code start} (week 0, a Monday); the report turns them into dates with
 * {@link WeekCalendar}. Money is in currency units of {@code currency}.
 *
 * @param title          report heading, e.g. "Regional EHR roll-out: risk report"
 * @param scenarioName   name of the scenario as written in the scenario file
 * @param description    scenario description (may be empty)
 * @param start          programme start date (week 0)
 * @param currency       currency symbol or code put before amounts: "$", "£", "€", "CHF"
 * @param targetWeek     target completion week, or {@code null} when the scenario sets none
 * @param budget         programme budget, or {@code null} when the scenario sets none
 * @param horizonWeeks   simulation horizon; a run not finished by then is censored
 * @param provenance     tool version, scenario hash, seed, runs, command line
 * @param keyInputs      key inputs of the scenario as label/value rows, in display order
 * @param completion     completion week per run (censored runs hold {@code horizonWeeks})
 * @param cost           programme cost per run, same run order as {@code completion}
 * @param censoredRuns   number of runs that had not finished by the horizon
 * @param probabilities  on-time, on-budget and joint confidence
 * @param waves          per-wave rows in go-live order (may be a single wave)
 * @param drivers        sensitivity of the outcomes to each uncertain input, any order
 * @param fans           weekly fans in display order (cumulative cost, sites live, fatigue, open defects)
 * @param board          the board's confidence level, total cost, JCL 70, precision and risk register
 * @param lowestUnfinishedCost the lowest programme cost among runs not finished by the horizon
 *                       (summary.json's {@code metrics.programCost.censoredMin}); NaN when none
 *                       finished late or when not given, and then taken from the per-run values
 *                       (see {@link #horizon()})
 * @param warnings       what the scenario cannot mean as written (a plan that ends after its own
 *                       target), one sentence each without its final stop; empty when none
 */
public record ReportData(
        String title,
        String scenarioName,
        String description,
        LocalDate start,
        String currency,
        Integer targetWeek,
        Double budget,
        int horizonWeeks,
        Provenance provenance,
        List<KeyInput> keyInputs,
        RunDistribution completion,
        RunDistribution cost,
        int censoredRuns,
        Probabilities probabilities,
        List<WaveRow> waves,
        List<Driver> drivers,
        List<WeeklyFan> fans,
        BoardFigures board,
        double lowestUnfinishedCost,
        List<String> warnings) {

    /** A report of a scenario with no warnings. */
    public ReportData(String title, String scenarioName, String description, LocalDate start, String currency,
                      Integer targetWeek, Double budget, int horizonWeeks, Provenance provenance,
                      List<KeyInput> keyInputs, RunDistribution completion, RunDistribution cost, int censoredRuns,
                      Probabilities probabilities, List<WaveRow> waves, List<Driver> drivers, List<WeeklyFan> fans,
                      BoardFigures board, double lowestUnfinishedCost) {
        this(title, scenarioName, description, start, currency, targetWeek, budget, horizonWeeks, provenance, keyInputs,
                completion, cost, censoredRuns, probabilities, waves, drivers, fans, board, lowestUnfinishedCost,
                List.of());
    }

    /** A report whose lowest unfinished cost is taken from the per-run values (see {@link #horizon()}). */
    public ReportData(String title, String scenarioName, String description, LocalDate start, String currency,
                      Integer targetWeek, Double budget, int horizonWeeks, Provenance provenance,
                      List<KeyInput> keyInputs, RunDistribution completion, RunDistribution cost, int censoredRuns,
                      Probabilities probabilities, List<WaveRow> waves, List<Driver> drivers, List<WeeklyFan> fans,
                      BoardFigures board) {
        this(title, scenarioName, description, start, currency, targetWeek, budget, horizonWeeks, provenance, keyInputs,
                completion, cost, censoredRuns, probabilities, waves, drivers, fans, board, Double.NaN);
    }

    /** A report with no board figures (default confidence, no total cost, no risk register). */
    public ReportData(String title, String scenarioName, String description, LocalDate start, String currency,
                      Integer targetWeek, Double budget, int horizonWeeks, Provenance provenance,
                      List<KeyInput> keyInputs, RunDistribution completion, RunDistribution cost, int censoredRuns,
                      Probabilities probabilities, List<WaveRow> waves, List<Driver> drivers, List<WeeklyFan> fans) {
        this(title, scenarioName, description, start, currency, targetWeek, budget, horizonWeeks, provenance, keyInputs,
                completion, cost, censoredRuns, probabilities, waves, drivers, fans, BoardFigures.none(), Double.NaN);
    }

    public ReportData {
        board = board == null ? BoardFigures.none() : board;
        if (title == null || scenarioName == null || start == null || currency == null
                || provenance == null || completion == null || cost == null || probabilities == null) {
            throw new IllegalArgumentException(
                    "title, scenarioName, start, currency, provenance, completion, cost and probabilities are required");
        }
        description = description == null ? "" : description;
        keyInputs = List.copyOf(keyInputs == null ? List.of() : keyInputs);
        waves = List.copyOf(waves == null ? List.of() : waves);
        drivers = List.copyOf(drivers == null ? List.of() : drivers);
        fans = List.copyOf(fans == null ? List.of() : fans);
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
        if (completion.hasValues() && cost.hasValues() && completion.runs() != cost.runs()) {
            throw new IllegalArgumentException("completion and cost must hold the same runs: "
                    + completion.runs() + " vs " + cost.runs());
        }
        if (censoredRuns < 0 || censoredRuns > provenance.runs()) {
            throw new IllegalArgumentException("censoredRuns outside [0, runs]: " + censoredRuns);
        }
        if (horizonWeeks <= 0) {
            throw new IllegalArgumentException("horizonWeeks must be positive: " + horizonWeeks);
        }
    }

    public boolean hasTarget() {
        return targetWeek != null;
    }

    public boolean hasBudget() {
        return budget != null;
    }

    /** Share of runs not finished within the horizon. */
    public double censoredShare() {
        return provenance.runs() == 0 ? 0 : censoredRuns / (double) provenance.runs();
    }

    /**
     * The horizon's rule for this report's dates and costs ({@link Horizon}), fed with the lowest cost
     * among runs not finished by the horizon: {@code lowestUnfinishedCost} when given, else the
     * lowest cost of the runs whose completion holds the horizon, when per-run values are held.
     */
    public Horizon horizon() {
        double lowest = lowestUnfinishedCost;
        if (censoredRuns > 0 && Double.isNaN(lowest)) {
            lowest = lowestUnfinished(cost);
        }
        return new Horizon(horizonWeeks, censoredRuns, provenance.runs(), lowest);
    }

    /**
     * The lowest of the per-run {@code values} (same run order as {@code completion}) among runs not
     * finished by the horizon, whose completion holds the horizon; NaN when none, or when per-run
     * values are not held.
     */
    public double lowestUnfinished(RunDistribution values) {
        return censoredRuns == 0 ? Double.NaN : Horizon.lowestUnfinished(completion, values, horizonWeeks);
    }

    public WeekCalendar calendar() {
        return new WeekCalendar(start);
    }

    public Money money() {
        return new Money(currency);
    }
}
