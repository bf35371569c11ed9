package org.rolloutsim.report.view;

/**
 * The end of the simulated horizon and the runs of a batch that had not finished by it. Such a run
 * holds the horizon as its completion week and its cost up to then, both too small. So a completion
 * percentile at the horizon is only known to come later ("after 22 Dec 2036"), and a cost percentile
 * at a level where completion falls among those runs only known to be at least what it reads
 * ("at least $2.32M"). The one rule by which the run report, the console and the sweep say so.
 *
 * @param week           the horizon: weeks simulated ({@code program.horizonWeeks})
 * @param unfinishedRuns runs not finished by then
 * @param runs           runs of the batch
 */
public record Horizon(int week, long unfinishedRuns, long runs) {

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
     * finished by then: what it dates had not come, and is only known to come later.
     */
    public boolean cuts(double week) {
        return unfinishedRuns > 0 && week >= this.week;
    }

    /** "4 Jan 2027", or "after 22 Dec 2036" (the horizon's date) for a week the horizon {@link #cuts}. */
    public String shortDate(WeekCalendar calendar, double week) {
        return cuts(week) ? "after " + calendar.shortDate(this.week) : calendar.shortDate(week);
    }

    /** "4 January 2027", or "after 22 December 2036" for a week the horizon {@link #cuts}. */
    public String longDate(WeekCalendar calendar, double week) {
        return cuts(week) ? "after " + calendar.longDate(this.week) : calendar.longDate(week);
    }

    /**
     * A cost percentile, "at least" when the completion at the same level falls among runs not
     * finished by the horizon (their costs count only to then): "$747k", "at least $2.32M".
     *
     * @param completionAtLevel the completion week at the cost's level
     */
    public String cost(Money money, double cost, double completionAtLevel) {
        return (cuts(completionAtLevel) ? "at least " : "") + money.format(cost);
    }
}
