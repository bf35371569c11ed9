package org.rolloutsim.report.text;

import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.RiskRow;

/**
 * The cells of one risk register row, the same in the HTML report and the board pack. What a risk
 * adds is an estimate from the runs where it occurred against the others, so each figure carries the
 * half-width of its 95% interval: "−$1.71M ± $1.74M" reads as "these runs cannot tell", where the
 * bare figure would read as a risk that saves money.
 */
public final class RiskCells {

    private static final String NOT_KNOWN = "not known";
    /**
     * What a risk that occurred in every run adds: its effect is in every date and cost of the report,
     * but with no run without it the runs cannot measure it apart. It had read "not known", which
     * said nothing of why, beside an "Occurred" of 100%.
     */
    static final String IN_EVERY_RUN = "in every run";

    private RiskCells() {
    }

    /**
     * Risk, occurred, adds (weeks), adds (cost), occurs after mitigation, adds after (weeks), adds
     * after (cost); {@code none} stands in the after columns of a risk without a mitigation.
     */
    public static String[] of(RiskRow r, Money money, String none) {
        boolean m = r.hasMitigation();
        String always = r.probability() >= 1 ? IN_EVERY_RUN : NOT_KNOWN;
        String alwaysAfter = m && r.mitigatedProbability() >= 1 ? IN_EVERY_RUN : NOT_KNOWN;
        return new String[] {r.label(), Percent.format(r.probability()), orElse(weeks(r.weeks(), r.weeksMargin()), always),
            orElse(money(money, r.cost(), r.costMargin()), always),
            m ? Percent.format(r.mitigatedProbability()) : "no mitigation",
            m ? orElse(weeks(r.mitigatedWeeks(), r.mitigatedWeeksMargin()), alwaysAfter) : none,
            m ? orElse(money(money, r.mitigatedCost(), r.mitigatedCostMargin()), alwaysAfter) : none};
    }

    /** {@code cell}, or {@code instead} where the runs could not give it. */
    private static String orElse(String cell, String instead) {
        return cell.equals(NOT_KNOWN) ? instead : cell;
    }

    /**
     * "+0.5 weeks ± 0.9", "+3.0 weeks (too few runs)" when one group has a single run, "0.0 weeks" when
     * exact, "not known" when the runs have nothing to compare (a risk that occurred in every run): a
     * difference in weeks to one decimal, as a comparison writes one ({@link Verdict#weeksDifference}),
     * its margin too. The register had written "+3 weeks ± 1" beside the comparison's "+3.0 weeks".
     */
    static String weeks(double value, double margin) {
        return Double.isNaN(value) ? NOT_KNOWN : Verdict.weeksDifference(value)
                + margin(margin, m -> String.format(java.util.Locale.ROOT, "%.1f", m));
    }

    /** "−$1.71M ± $1.74M", as {@link #weeks} for money. */
    static String money(Money money, double value, double margin) {
        return Double.isNaN(value) ? NOT_KNOWN : money.formatSigned(value) + margin(margin, money::format);
    }

    private static String margin(double margin, java.util.function.DoubleFunction<String> format) {
        if (Double.isNaN(margin)) {
            return " (too few runs)";
        }
        return margin > 0 ? " \u00b1 " + format.apply(margin) : "";
    }
}
