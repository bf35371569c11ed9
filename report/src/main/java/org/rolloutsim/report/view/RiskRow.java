package org.rolloutsim.report.view;

/**
 * One entry of the risk register with what it contributes to the programme, before and after its
 * mitigation. A contribution is the expected effect: the chance the risk occurs times how much later
 * (or dearer) the runs where it occurred finished than the runs where it did not.
 *
 * @param label                   the risk's description (or id when it has none)
 * @param probability             share of runs in which it occurred, as planned: while the programme was
 *                                still running, so below the register's probability when its window
 *                                outlasts the programme
 * @param weeks                   expected weeks it adds to completion, before mitigation
 * @param cost                    expected programme cost it adds, before mitigation
 * @param mitigatedProbability    share of runs it occurs in after mitigation, on the same basis, or NaN
 *                                without a mitigation
 * @param mitigatedWeeks          expected weeks after mitigation, or NaN without a mitigation
 * @param mitigatedCost           expected cost after mitigation, the mitigation's own cost included, or NaN
 * @param weeksMargin             half-width of the 95% interval of {@code weeks}: how far these runs pin it
 *                                down; NaN when too few runs fall on one side to tell
 * @param costMargin              the same for {@code cost}
 * @param mitigatedWeeksMargin    the same for {@code mitigatedWeeks}, or NaN
 * @param mitigatedCostMargin     the same for {@code mitigatedCost} (the mitigation's own cost is known), or NaN
 */
public record RiskRow(String label, double probability, double weeks, double cost, double mitigatedProbability,
                      double mitigatedWeeks, double mitigatedCost, double weeksMargin, double costMargin,
                      double mitigatedWeeksMargin, double mitigatedCostMargin) {

    public RiskRow {
        if (label == null) {
            throw new IllegalArgumentException("label is required");
        }
    }

    public boolean hasMitigation() {
        return !Double.isNaN(mitigatedProbability);
    }
}
