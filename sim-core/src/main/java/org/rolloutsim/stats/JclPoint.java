package org.rolloutsim.stats;

/**
 * The date and cost a planner can quote at a joint confidence level: the marginal q-quantiles of
 * completion week and programme cost for the smallest q at which the share of runs finishing by
 * that week <em>and</em> within that cost reaches the level. All NaN (except the level) when no q
 * reaches it, e.g. because too many runs are censored.
 *
 * @param level            the joint confidence asked for, e.g. 0.7
 * @param q                the marginal quantile level used for both date and cost
 * @param week             the q-quantile of completion week
 * @param cost             the q-quantile of programme cost
 * @param jointProbability the share of runs within both, at least {@code level}
 */
public record JclPoint(double level, double q, double week, double cost, double jointProbability) {

    static JclPoint unreachable(double level) {
        return new JclPoint(level, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean isReached() {
        return !Double.isNaN(q);
    }
}
