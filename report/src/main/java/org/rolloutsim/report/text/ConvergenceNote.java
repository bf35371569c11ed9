package org.rolloutsim.report.text;

import java.util.Locale;
import org.rolloutsim.report.view.BoardFigures;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * How precisely the runs pin down the date and cost at the board's confidence level (P80 unless
 * chosen otherwise), in one sentence for the board.
 */
public final class ConvergenceNote {
    private ConvergenceNote() {
    }

    /** The sentence, or null when the report has no board figures. */
    public static String of(ReportData data) {
        BoardFigures.Precision p = data.board().precision();
        if (p == null) {
            return null;
        }
        String level = Verdict.label(data.board().confidence());
        String runs = String.format(Locale.ENGLISH, "%,d", data.provenance().runs());
        if (!p.isBounded()) {
            // too few runs for an order-statistic interval: there is nothing to print between
            return "Convergence: " + Counted.of(data.provenance().runs(), "run is", "runs are") + " too few to bound"
                    + " the true " + level + " date and cost with 95% confidence; more runs will.";
        }
        WeekCalendar calendar = data.calendar();
        Money money = data.money();
        if (BoardTables.afterHorizon(data, p.completionHigh())) {
            // runs not finished by the horizon reach into the interval: its upper ends are not known, and
            // what it holds comes at its lower end or later (such a run may finish in the horizon's week)
            String date = BoardTables.afterHorizon(data, p.completionLow())
                    ? "is " + data.horizon().shortOrLater(calendar) + " (the horizon),"
                    : "is " + calendar.shortDate(p.completionLow()) + Horizon.OR_LATER + " (the interval reaches the"
                    + " horizon, " + calendar.shortDate(data.horizonWeeks()) + "),";
            return "Convergence: with " + runs + " runs, the true " + level + " date " + date + " and the true " + level
                    + " cost at least " + money.format(p.costLow()) + " (95% intervals; runs not finished by the horizon count their cost"
                    + " only to then).";
        }
        // an interval whose ends read alike (every run near the level on one date) is that one figure,
        // not "between 2 Apr 2029 and 2 Apr 2029"
        String dateLow = calendar.shortDate(p.completionLow());
        String dateHigh = calendar.shortDate(p.completionHigh());
        String costLow = money.format(p.costLow());
        String costHigh = money.format(p.costHigh());
        boolean oneDate = dateLow.equals(dateHigh);
        boolean oneCost = costLow.equals(costHigh);
        return "Convergence: with " + runs + " runs, the true " + level + " date "
                + (oneDate ? "is " + dateLow : "lies between " + dateLow + " and " + dateHigh)
                + " and the true " + level + " cost " + (oneCost ? "is " + costLow : "between " + costLow + " and " + costHigh)
                + (oneDate && oneCost ? " (95% intervals)." : " (95% intervals); more runs narrow them.");
    }
}
