package org.rolloutsim.report.view;

import java.time.LocalDate;
import java.util.List;

/**
 * What the variance-based sensitivity report shows: Sobol first-order and total indices of a few
 * inputs for each outcome, with bootstrap intervals.
 *
 * @param title        report heading
 * @param scenarioName the scenario's name
 * @param baseRuns     rows of each base sample (A and B); the model ran baseRuns · (inputs + 2) times
 * @param confidence   level of the intervals, e.g. 0.95
 * @param inputs       the inputs studied, by column name
 * @param outcomes     one entry per outcome (completion, cost)
 * @param provenance   tool version, scenario hash, seed, model runs, command line
 * @param unfinishedRuns model runs not finished by the horizon: their completion is the horizon and
 *                     their cost counts only to then, so the indices are of completion and cost
 *                     capped at the horizon
 * @param horizonWeek  the horizon (weeks simulated, {@code program.horizonWeeks})
 * @param start        the programme's start (week 0), so that the horizon is said with its date as
 *                     every other output says it; the caller reads it from the scenario
 */
public record SensitivityData(String title, String scenarioName, int baseRuns, double confidence, List<String> inputs,
                              List<OutcomeIndices> outcomes, Provenance provenance, long unfinishedRuns,
                              int horizonWeek, LocalDate start) {
    public SensitivityData {
        inputs = List.copyOf(inputs);
        outcomes = List.copyOf(outcomes);
        java.util.Objects.requireNonNull(start, "start");
        if (unfinishedRuns < 0 || unfinishedRuns > provenance.runs()) {
            throw new IllegalArgumentException("unfinished runs outside 0.." + provenance.runs() + ": " + unfinishedRuns);
        }
    }

    /**
     * A study whose every run finished by the horizon (week 520, the default): no date is said, so
     * the start is any Monday, here 7 January 2030.
     */
    public SensitivityData(String title, String scenarioName, int baseRuns, double confidence, List<String> inputs,
                           List<OutcomeIndices> outcomes, Provenance provenance) {
        this(title, scenarioName, baseRuns, confidence, inputs, outcomes, provenance, 0, 520, LocalDate.of(2030, 1, 7));
    }

    /** The dates of the study's weeks. */
    public WeekCalendar calendar() {
        return new WeekCalendar(start);
    }

    /** Share of the model runs not finished by the horizon; 0 without runs. */
    public double unfinishedShare() {
        return provenance.runs() == 0 ? 0 : unfinishedRuns / (double) provenance.runs();
    }

    /**
     * A Sobol index as every output writes it (the console, the report's table and its chart): three
     * decimals, with a minus sign (U+2212; the console writes '-' where the terminal cannot show it),
     * and none on a zero ("0.000" for −0.0004). The console had written "-0.004" with a hyphen and
     * the chart "0.00" for it, beside the table's "−0.004".
     */
    public static String indexText(double value) {
        return UnsignedZero.of(String.format(java.util.Locale.ROOT, "%.3f", value).replace('-', '\u2212'));
    }

    /** {@link #indexText} as a number format, for a chart's labels. */
    public static java.text.NumberFormat indexFormat() {
        return UnsignedZero.of(new java.text.DecimalFormat("0.000;\u22120.000",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
    }

    /** One input's indices for one outcome: point estimates and interval bounds. */
    public record Index(String input, double first, double firstLow, double firstHigh, double total, double totalLow,
                        double totalHigh) {
    }

    /**
     * @param name     the output column ({@code completionWeek}, {@code programCost})
     * @param label    how the report names it ("Completion week")
     * @param unit     {@code week} or {@code money}
     * @param mean     mean over the base samples
     * @param variance variance over the base samples, which the indices are shares of
     */
    public record OutcomeIndices(String name, String label, String unit, double mean, double variance,
                                 List<Index> indices) {
        public OutcomeIndices {
            indices = List.copyOf(indices);
        }
    }
}
