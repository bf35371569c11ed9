package org.rolloutsim.report.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RiskRow;
import org.rolloutsim.report.view.SortedValues;
import org.rolloutsim.report.view.WaveRow;

/**
 * The figures a board pack tabulates, the same for the HTML report and the PDF: date and cost at
 * P10…P95, the contingency needed beyond the target and budget to reach P50 and the board's level,
 * the chance of finishing far later than the target, and the risk register ranked by contribution.
 * Percentiles follow the nearest-rank rule of summary.json, so the levels it lists agree exactly.
 */
public final class BoardTables {

    /** The levels of the P-value table. */
    /**
     * What a table cell with nothing to give reads, in the report and the board pack alike: an em
     * dash (the pack had printed a hyphen, which reads as a minus sign beside figures).
     */
    public static final String NONE = "\u2014";

    public static final double[] LEVELS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    private final ReportData data;
    private final SortedValues weeks;
    private final SortedValues costs;
    /** The horizon's rule for programme costs, and for total costs. */
    private final Horizon horizon;
    private final Horizon totalHorizon;

    public BoardTables(ReportData data) {
        this.data = data;
        this.weeks = data.completion().sorted();
        this.costs = data.cost().sorted();
        this.horizon = data.horizon();
        this.totalHorizon = new Horizon(horizon.week(), horizon.unfinishedRuns(), horizon.runs(),
                data.lowestUnfinished(data.board().totalCost()));
    }

    /** One row of the P-value table. */
    public record Row(double level, double week, double cost, double totalCost) {
    }

    /**
     * Date, programme cost and total cost (NaN when not recorded) at each of {@link #LEVELS}, and at
     * the board's level when it is not one of them (P99, say), in order.
     */
    public List<Row> pValues() {
        double[] levels = levels(data.board().confidence());
        double[] total = data.board().totalCost() == null ? null : data.board().totalCost().percentiles(levels);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            rows.add(new Row(levels[i], week(levels[i]), cost(levels[i]), total == null ? Double.NaN : total[i]));
        }
        return rows;
    }

    /** {@link #LEVELS} with {@code board} among them, in order. */
    static double[] levels(double board) {
        for (double level : LEVELS) {
            if (Math.abs(level - board) < 1e-9) {
                return LEVELS.clone();
            }
        }
        double[] levels = Arrays.copyOf(LEVELS, LEVELS.length + 1);
        levels[LEVELS.length] = board;
        Arrays.sort(levels);
        return levels;
    }

    /** Completion week at a level. */
    public double week(double level) {
        return weeks.size() == 0 ? data.completion().quantiles().p80() : weeks.rank(level);
    }

    /**
     * The completion at a level falls among runs not finished by the horizon: it is only known to
     * be the horizon's date or later, so a date or a contingency there is a lower bound.
     */
    public boolean unfinishedAt(double level) {
        return afterHorizon(data, week(level));
    }

    /**
     * A week (a completion, or a wave's go-live, stabilization or plan) that reads as the horizon: what
     * it dates had not come by then, in runs not finished by the horizon.
     */
    public static boolean afterHorizon(ReportData data, double week) {
        return horizon(data).cuts(week);
    }

    /** A week as a short date ("4 Jan 2027"), or the horizon's date "or later" when it had not come by then. */
    public static String shortDate(ReportData data, double week) {
        return horizon(data).shortDate(data.calendar(), week);
    }

    private static Horizon horizon(ReportData data) {
        return new Horizon(data.horizonWeeks(), data.censoredRuns(), data.provenance().runs());
    }

    /**
     * A P10–P90 range of weeks as short dates, each end the horizon's date "or later" when it had not
     * come by then, and that alone when neither end had.
     */
    public static String shortDates(ReportData data, double from, double to, String dash) {
        return afterHorizon(data, from) ? shortDate(data, from) : shortDate(data, from) + dash + shortDate(data, to);
    }

    /** Programme cost at a level. */
    public double cost(double level) {
        return costs.size() == 0 ? data.cost().quantiles().p80() : costs.rank(level);
    }

    /**
     * The programme cost at a level may take in runs not finished by the horizon, whose costs count
     * only to then ({@link Horizon#costCut}): it, and money beyond the budget to reach it, are lower
     * bounds. This can hold at a level whose completion is a date before the horizon.
     */
    public boolean costCutAt(double level) {
        return horizon.costCut(cost(level));
    }

    /**
     * A programme cost percentile as the P-value table writes it: "at least $1.35B" when it may take
     * in runs not finished by the horizon ({@link Horizon#cost}), as the summary and the headline say it.
     */
    public String costAt(double cost) {
        return horizon.cost(data.money(), cost);
    }

    /** A total cost percentile, by the same rule over the runs' total costs. */
    public String totalCostAt(double cost) {
        return totalHorizon.cost(data.money(), cost);
    }

    /** Share of runs finishing more than {@code weeks} after the target (0 without a target). */
    public double lateBy(double weeks) {
        return data.hasTarget() ? data.completion().shareAbove(data.targetWeek() + weeks) : 0;
    }

    /**
     * {@link #lateBy} leaves out runs not finished by the horizon when the horizon comes no later
     * than the target plus {@code weeks}: they may finish later still, so the share is a lower bound.
     */
    public boolean lateByIsLowerBound(double weeks) {
        return data.hasTarget() && data.censoredRuns() > 0 && data.horizonWeeks() <= data.targetWeek() + weeks;
    }

    /** P50 and the board's level, in that order, once each. */
    public List<Double> contingencyLevels() {
        double level = data.board().confidence();
        return level == 0.5 ? List.of(0.5) : level < 0.5 ? List.of(level, 0.5) : List.of(0.5, level);
    }

    /** Weeks beyond the target needed to reach the level (negative: the target already reaches it). */
    public double scheduleContingency(double level) {
        return week(level) - data.targetWeek();
    }

    /** Money beyond the budget needed to reach the level (negative: the budget already reaches it). */
    public double costContingency(double level) {
        return cost(level) - data.budget();
    }

    /** Why a wave the programme added has figures over some runs only; said under a wave table that has one. */
    public static final String ADDED_WAVES_NOTE = "A follow-on wave is added by programme reviews that defer a late"
            + " wave's module: it brings the deferred modules to sites already live, in the runs that deferred one."
            + " Its dates and chance of slipping are over those runs, its planned go-live the plan it was given then.";

    /**
     * A wave table's chance of slipping: "38%"; where in some of the wave's runs it cannot be told
     * whether it slipped (planned past the horizon, not live by then), a range from none of
     * those runs slipping to all of them, "0% to 30%", as the summary gives a share the horizon cuts
     * short; "not known" when no run tells.
     */
    public static String slipChance(WaveRow wave) {
        if (wave.slipNotKnown() == 0) {
            return Percent.format(wave.probabilityOfSlip());
        }
        if (wave.probabilityOfSlip() == 0 && wave.slipAtMost() == 1) {
            return "not known";
        }
        return Percent.format(wave.probabilityOfSlip()) + " to " + Percent.format(wave.slipAtMost());
    }

    /** Said under a wave table where a chance of slipping is a range or not known. */
    public static final String SLIP_NOT_KNOWN_NOTE = "A chance of slipping given as a range, or not known, counts"
            + " runs in which the wave was planned to go live after the end of the simulated horizon and had not gone"
            + " live by then: whether it slipped is not known. The range runs from none of those runs slipping to"
            + " all of them.";

    /** True when some wave's chance of slipping is a range or not known: the table says why. */
    public static boolean slipNotKnownInSome(List<WaveRow> waves) {
        return waves.stream().anyMatch(w -> w.slipNotKnown() > 0);
    }

    /** A wave table's sites cell: "4: Valley View, Pine Ridge, …", or for an added wave what it brings and how often. */
    public static String sites(WaveRow wave) {
        if (wave.added()) {
            return "deferred modules, in " + Percent.format(wave.addedInRuns()) + " of runs";
        }
        return wave.siteNames().isEmpty() ? Integer.toString(wave.sites())
                : wave.sites() + ": " + String.join(", ", wave.siteNames());
    }

    /** The risk register, largest contribution to delay first, then to cost. */
    public List<RiskRow> rankedRisks() {
        List<RiskRow> rows = new ArrayList<>(data.board().risks());
        rows.sort(Comparator.comparingDouble((RiskRow r) -> -r.weeks()).thenComparingDouble(r -> -r.cost()));
        return rows;
    }
}
