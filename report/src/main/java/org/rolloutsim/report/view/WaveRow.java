package org.rolloutsim.report.view;

/**
 * One wave of go-lives in the per-wave table and chart. All weeks are counted from the programme
 * start (week 0) and may be fractional for percentiles.
 *
 * @param id                 wave id as written in the scenario
 * @param sites              number of sites going live in the wave
 * @param plannedGoLiveWeek  baseline go-live week of the plan
 * @param goLive             simulated go-live week over runs (p10, p50, p80, p90)
 * @param p50StabilizedWeek  median week the wave's sites are stable after go-live
 * @param probabilityOfSlip  share of runs where the wave went live later than planned, or had not gone
 *                           live by the horizon though planned before it
 * @param siteNames          names of the wave's sites, in the plan's order (may be empty)
 * @param replannedGoLiveWeek the go-live week of the plan in force when the wave went live (median
 *                            over runs), when the programme replans; NaN when the model records none
 * @param addedInRuns        for a wave the programme added as it went (the follow-on wave that takes
 *                           the modules reviews deferred), the share of runs that gave it work: its
 *                           figures are over those runs, its planned go-live the median of the plan it
 *                           was given then; NaN for a wave of the plan
 * @param slipNotKnown       share of runs in which it cannot be told whether the wave slipped: it was
 *                           planned past the horizon and had not gone live by then (the follow-on
 *                           wave, planned in a run's last weeks; runs.csv writes its baseline as the
 *                           horizon and its slip as 0); counted apart from {@code probabilityOfSlip},
 *                           not as on time
 */
public record WaveRow(String id, int sites, int plannedGoLiveWeek, Quantiles goLive,
                      double p50StabilizedWeek, double probabilityOfSlip, java.util.List<String> siteNames,
                      double replannedGoLiveWeek, double addedInRuns, double slipNotKnown) {

    /** A wave of the plan. */
    public WaveRow(String id, int sites, int plannedGoLiveWeek, Quantiles goLive, double p50StabilizedWeek,
                   double probabilityOfSlip, java.util.List<String> siteNames, double replannedGoLiveWeek) {
        this(id, sites, plannedGoLiveWeek, goLive, p50StabilizedWeek, probabilityOfSlip, siteNames, replannedGoLiveWeek,
                Double.NaN, 0);
    }

    /** A wave without site names or a separate baseline. */
    public WaveRow(String id, int sites, int plannedGoLiveWeek, Quantiles goLive, double p50StabilizedWeek,
                   double probabilityOfSlip) {
        this(id, sites, plannedGoLiveWeek, goLive, p50StabilizedWeek, probabilityOfSlip, java.util.List.of(), Double.NaN);
    }

    public WaveRow {
        if (id == null || goLive == null) {
            throw new IllegalArgumentException("id and goLive are required");
        }
        if (!(probabilityOfSlip >= 0 && probabilityOfSlip <= 1)) {
            throw new IllegalArgumentException("probabilityOfSlip outside [0, 1]: " + probabilityOfSlip);
        }
        siteNames = java.util.List.copyOf(siteNames == null ? java.util.List.of() : siteNames);
        if (!(Double.isNaN(addedInRuns) || (addedInRuns > 0 && addedInRuns <= 1))) {
            throw new IllegalArgumentException("addedInRuns outside (0, 1]: " + addedInRuns);
        }
        // the two shares count different runs: together at most all of them (1e-9: their sum's rounding)
        if (!(slipNotKnown >= 0 && probabilityOfSlip + slipNotKnown <= 1 + 1e-9)) {
            throw new IllegalArgumentException("slipNotKnown outside [0, 1 - probabilityOfSlip]: " + slipNotKnown);
        }
    }

    /**
     * The largest the chance of slipping can be: every run in which it cannot be told slipped. Equal
     * to {@link #probabilityOfSlip} when every run tells.
     */
    public double slipAtMost() {
        double most = probabilityOfSlip + slipNotKnown;
        // k / n + (n - k) / n may come to 0.9999999999999999: all of the runs, not ">99%" of them
        return most > 1 - 1e-9 ? 1 : most;
    }

    /** A wave the programme added as it went, not one of the plan. */
    public boolean added() {
        return !Double.isNaN(addedInRuns);
    }
}
