package org.rolloutsim.report.view;

/**
 * The chances a board asks about, each a share of runs between 0 and 1; {@code null} when the
 * scenario sets no target date (for {@code onTime} and {@code onTimeAndBudget}) or no budget (for
 * {@code onBudget} and {@code onTimeAndBudget}).
 *
 * @param onTime          P(completion week &le; target week); censored runs count as late
 * @param onBudget        P(programme cost &le; budget); runs not finished by the horizon, whose cost
 *                        counts only to then, count as not on budget: the lower end of the chance
 * @param onTimeAndBudget the joint confidence level (JCL): P(both at once); exact, as a run not
 *                        finished by the horizon is late
 * @param onBudgetNotKnown the share of runs not finished by the horizon and within budget so far,
 *                        which may or may not stay within it (0 when none); {@code null} without a budget
 */
public record Probabilities(Double onTime, Double onBudget, Double onTimeAndBudget, Double onBudgetNotKnown) {

    /** Chances with no run not finished by the horizon within budget so far. */
    public Probabilities(Double onTime, Double onBudget, Double onTimeAndBudget) {
        this(onTime, onBudget, onTimeAndBudget, onBudget == null ? null : 0.0);
    }

    public Probabilities {
        check(onTime);
        check(onBudget);
        check(onTimeAndBudget);
        check(onBudgetNotKnown);
        if (onBudget != null && onBudgetNotKnown != null && onBudget + onBudgetNotKnown > 1 + 1e-9) {
            throw new IllegalArgumentException("on budget and not known add up to more than 1: " + onBudget
                    + " + " + onBudgetNotKnown);
        }
    }

    /**
     * Whether the chance on budget is a range: some runs not finished by the horizon are within budget
     * so far, and may or may not stay within it.
     */
    public boolean onBudgetIsRange() {
        return onBudget != null && onBudgetNotKnown != null && onBudgetNotKnown > 0;
    }

    /**
     * Whether nothing is known of the chance on budget: every run was still unfinished at the horizon
     * and within budget so far, so the range runs from 0% to 100%, which tells a board nothing. The
     * chance then reads "not known", where it had read "0% to 100%".
     */
    public boolean onBudgetNotKnownAtAll() {
        return onBudgetIsRange() && onBudget == 0 && onBudgetNotKnown >= 1 - 1e-12;
    }

    /** The upper end of the chance on budget (the chance itself when it is no range); null without a budget. */
    public Double onBudgetAtMost() {
        return onBudget == null ? null : onBudgetIsRange() ? Math.min(1, onBudget + onBudgetNotKnown) : onBudget;
    }

    /**
     * The chance on budget as the report, the board pack, the console and the workbook write it: "56%",
     * or "56% to 62%" when runs not finished by the horizon are within budget so far (as the share of
     * runs late by more than 6 months is a range); "not known" when every run is (see
     * {@link #onBudgetNotKnownAtAll}); "\u2014" without a budget.
     */
    public String onBudgetText() {
        if (onBudget == null) {
            return "\u2014";
        }
        if (onBudgetNotKnownAtAll()) {
            return "not known";
        }
        return onBudgetIsRange() ? Percent.range(onBudget, onBudgetAtMost()) : Percent.format(onBudget);
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
