package org.rolloutsim.model;

/** What one run has spent so far, by {@link CostCategory}. */
final class CostLedger {
    private final double[] spent = new double[CostCategory.ALL.length];
    private double program;

    void charge(CostCategory category, double amount) {
        spent[category.ordinal()] += amount;
        if (category.isProgramCost()) {
            program += amount;
        }
    }

    double spent(CostCategory category) {
        return spent[category.ordinal()];
    }

    /** Programme cost to date: every category but productivity loss and delay. */
    double programCost() {
        return program;
    }

    /** Total economic cost to date: programme cost plus productivity loss and delay. */
    double totalCost() {
        return program + spent[CostCategory.PRODUCTIVITY_LOSS.ordinal()] + spent[CostCategory.DELAY.ordinal()];
    }
}
