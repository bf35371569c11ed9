package org.rolloutsim.report.text;

/**
 * What the risk register's columns mean, the same in the HTML report and the board pack. "Occurred" is
 * not the register's input probability: a risk's week is drawn across its window, and a week after the
 * programme has finished never comes, so a risk whose window outlasts the programme occurs in fewer
 * runs than its probability says. Both columns are on that basis. What a risk adds is compared across
 * different runs, so its margin is part of the figure.
 */
public final class RiskRegisterNote {

    /** The note under the table. */
    public static final String NOTE = "Occurred: the share of runs in which the risk happened while the programme"
            + " was still running. Its week is drawn across its window, and a week after the programme has finished"
            + " never comes, so this is below the register's probability when the window outlasts the programme."
            + " Adds: that share times how much later (or dearer) the runs where it occurred finished than the others,"
            + " \u00b1 the half-width of its 95% interval: those runs differ from the others in more than this risk, and"
            + " where the interval reaches past zero these runs cannot tell its effect from none (more runs narrow it)."
            + " In every run: the risk occurred in every run, so what it adds is in every date and cost of this"
            + " report, but with no run without it these runs cannot measure how much."
            + " Not known (after mitigation): the risk occurred in every run or in none, so these runs measured no"
            + " effect to scale to its mitigated chance."
            + " After mitigation, on the same basis: the share scaled by the mitigated probability over the planned"
            + " one, the effect scaled by the mitigated impact, plus the mitigation's own cost. A risk marked as"
            + " mitigated in these runs shows the runs' own figures, the mitigation's cost (paid in each run) included.";

    private RiskRegisterNote() {
    }
}
