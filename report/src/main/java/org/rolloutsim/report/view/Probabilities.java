package org.rolloutsim.report.view;

/**
 * The chances a board asks about, each a share of runs between 0 and 1; {@code null} when the
 * scenario sets no target date (for {@code onTime} and {@code onTimeAndBudget}) or no budget (for
 * {@code onBudget} and {@code onTimeAndBudget}).
 *
 * @param onTime          P(completion week &le; target week); censored runs count as late
 * @param onBudget        P(programme cost &le; budget)
 * @param onTimeAndBudget the joint confidence level (JCL): P(both at once)
 */
public record Probabilities(Double onTime, Double onBudget, Double onTimeAndBudget) {

    public Probabilities {
        check(onTime);
        check(onBudget);
        check(onTimeAndBudget);
    }

    private static void check(Double p) {
        if (p != null && !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability outside [0, 1]: " + p);
        }
    }

    /** Shares counted from paired per-run values; a {@code null} target or budget gives {@code null}. */
    public static Probabilities count(float[] completionWeeks, float[] costs, Integer targetWeek, Double budget) {
        int n = completionWeeks.length;
        if (n == 0 || costs.length != n) {
            throw new IllegalArgumentException("need the same, non-zero number of completion and cost values");
        }
        int onTime = 0;
        int onBudget = 0;
        int both = 0;
        for (int i = 0; i < n; i++) {
            boolean t = targetWeek != null && completionWeeks[i] <= targetWeek;
            boolean b = budget != null && costs[i] <= budget;
            onTime += t ? 1 : 0;
            onBudget += b ? 1 : 0;
            both += t && b ? 1 : 0;
        }
        return new Probabilities(
                targetWeek == null ? null : onTime / (double) n,
                budget == null ? null : onBudget / (double) n,
                targetWeek == null || budget == null ? null : both / (double) n);
    }
}
