package org.rolloutsim.report.view;

/**
 * The end of the simulated horizon and the runs of a batch that had not finished by it. Such a run
 * holds the horizon as its completion week and its cost up to then, both too small. So a completion
 * percentile at the horizon is only known to come then or later ("22 Dec 2036 or later"), and a cost
 * percentile at or above the lowest cost of those runs only known to be at least what it reads
 * ("at least $2.32M"): raising their costs to what they would come to can only raise a percentile
 * that takes one of them in, and leaves one below all of them as it is. The one rule by which the
 * run report, the console, the workbook, the sweep and the comparison say so.
 *
 * <p>The horizon's own week is not simulated (a run's weeks are 0 to {@code week - 1}), but a run
 * not finished within them may finish in it: the same run with a longer horizon does, in some
 * batches. A completion week is dated by its first day ({@link WeekCalendar#date}), so such a run
 * finishes on the horizon's date or later, and says so as "22 Dec 2036 or later", or "not finished
 * before 22 December 2036"; never "after" nor "not by" the horizon's date, which that run contradicts.
 *
 * <p>Unfinished runs' costs are low, so they sit among the low percentiles: a P50 cost can be a
 * bound while P50 completion is a date before the horizon.
 *
 * @param week                 the horizon: weeks simulated ({@code program.horizonWeeks})
 * @param unfinishedRuns       runs not finished by then
 * @param runs                 runs of the batch
 * @param lowestUnfinishedCost the lowest programme cost among the runs not finished by the horizon
 *                             (summary.json's {@code metrics.programCost.censoredMin}); NaN when not
 *                             known, and then every cost of a batch with unfinished runs reads
 *                             "at least", which is true of each of them
 */
public record Horizon(int week, long unfinishedRuns, long runs, double lowestUnfinishedCost) {

    /** Said after the horizon's date (or week) for what had not come by the horizon: it comes then or later. */
    public static final String OR_LATER = " or later";

    /** A horizon whose unfinished runs' lowest cost is not known (see {@link #costCut}). */
    public Horizon(int week, long unfinishedRuns, long runs) {
        this(week, unfinishedRuns, runs, Double.NaN);
    }

    public Horizon {
        if (week <= 0) {
            throw new IllegalArgumentException("the horizon must be a positive week: " + week);
        }
        if (unfinishedRuns < 0 || unfinishedRuns > runs) {
            throw new IllegalArgumentException("unfinished runs outside [0, runs]: " + unfinishedRuns + " of " + runs);
        }
    }

    /** Share of runs not finished by the horizon; 0 without runs. */
    public double unfinishedShare() {
        return runs == 0 ? 0 : unfinishedRuns / (double) runs;
    }

    /**
     * A week (a completion percentile, a go-live) that reads as the horizon, in a batch with runs not
     * finished by then: what it dates had not come, and is only known to come in the horizon's week
     * or later.
     */
    public boolean cuts(double week) {
        return unfinishedRuns > 0 && week >= this.week;
    }

    /** "4 Jan 2027", or "22 Dec 2036 or later" (the horizon's date) for a week the horizon {@link #cuts}. */
    public String shortDate(WeekCalendar calendar, double week) {
        return cuts(week) ? shortOrLater(calendar) : calendar.shortDate(week);
    }

    /** "4 January 2027", or "22 December 2036 or later" for a week the horizon {@link #cuts}. */
    public String longDate(WeekCalendar calendar, double week) {
        return cuts(week) ? longOrLater(calendar) : calendar.longDate(week);
    }

    /** "22 Dec 2036 or later": when a run not finished by the horizon finishes, the horizon's week or a later one. */
    public String shortOrLater(WeekCalendar calendar) {
        return calendar.shortDate(week) + OR_LATER;
    }

    /** "22 December 2036 or later", as {@link #shortOrLater}. */
    public String longOrLater(WeekCalendar calendar) {
        return calendar.longDate(week) + OR_LATER;
    }

    /**
     * A cost percentile (or a cost at a level) that may take in a run not finished by the horizon,
     * whose cost counts only to then: there are such runs and the lowest of their costs is at most
     * {@code cost}. It is then only known to be at least what it reads; below every such cost it is
     * exact. Costs are compared as floats, the precision the report holds per-run costs in, so a
     * percentile that is an unfinished run's own cost is caught whichever precision it was read in.
     * With the lowest unfinished cost not known, every cost of a batch with unfinished runs is cut.
     */
    public boolean costCut(double cost) {
        if (unfinishedRuns == 0) {
            return false;
        }
        return Double.isNaN(lowestUnfinishedCost) || (float) lowestUnfinishedCost <= (float) cost;
    }

    /**
     * The lowest of the per-run {@code values} (in the run order of {@code completion}) among runs
     * whose completion holds the horizon {@code week}, not finished by it; NaN when there are none,
     * or when per-run values are not held for both.
     */
    public static double lowestUnfinished(RunDistribution completion, RunDistribution values, double week) {
        if (values == null || !completion.hasValues() || values.runs() != completion.runs()) {
            return Double.NaN;
        }
        float[] weeks = completion.values();
        float[] v = values.values();
        float min = Float.NaN;
        for (int i = 0; i < weeks.length; i++) {
            if (weeks[i] >= week && !(v[i] >= min)) {
                min = v[i];
            }
        }
        return min;
    }

    /** A cost percentile, "at least" when the horizon {@link #costCut cuts} it: "$747k", "at least $2.32M". */
    public String cost(Money money, double cost) {
        return (costCut(cost) ? "at least " : "") + money.format(cost);
    }
}
