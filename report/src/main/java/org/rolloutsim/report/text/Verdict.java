package org.rolloutsim.report.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Listed;
import org.rolloutsim.report.view.Horizon;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.VariantResult;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The plain-language verdict of a comparison for a board, at the board's own confidence level
 * (P80 unless it chose another): each option's date and cost at that level and its chance of being
 * more than 6 and more than 12 months late; then which option finishes earliest and which costs
 * least at that level, or "no material difference" when the paired 95% interval includes zero or
 * the gap at that level is smaller than a week (a hundredth of the cost); last, each option against
 * the first, with the share of runs in which it is earlier, later and the same week, counted apart.
 * Dates and costs at the level follow the variant's {@link org.rolloutsim.report.view.Horizon}: a date
 * at the horizon is no date, and a cost that takes in a run not finished by then is only a lower
 * bound ("at least"), never "at most", and neither leads nor ties on cost.
 */
public final class Verdict {

    /** Weeks late that a board asks about: about 6 and 12 months. */
    public static final int HALF_YEAR = 26;
    public static final int YEAR = 52;

    private final ComparisonData data;
    private final Money money;
    private final WeekCalendar calendar;
    private final double level;
    private final String p;

    public Verdict(ComparisonData data) {
        this.data = data;
        this.money = data.money();
        this.calendar = data.calendar();
        this.level = data.confidence();
        this.p = label(level);
    }

    /**
     * Whether the board's level is P50 itself: a figure given "at P50 and at the board's level" is then
     * one figure, stated once.
     */
    public static boolean median(double level) {
        return level == 0.5;
    }

    /** "P80" for 0.8, "P75" for 0.75, "P97.5" for 0.975. */
    public static String label(double level) {
        return "P" + Percent.points(level);
    }

    /**
     * One option at the board's confidence level.
     *
     * @param halfYearLate share of runs known to finish more than 6 months after the target (NaN without
     *                     one): a run not finished by a horizon at or before that point may or may not
     * @param yearLate     the same for 12 months
     * @param target       the target week, or null
     */
    public record Option(String key, VariantResult variant, double week, double cost, double halfYearLate,
                         double yearLate, Integer target) {

        /** "13%", or "13% to 60%" when runs not finished by the horizon may or may not be that late. */
        public String halfYearLateText() {
            return lateText(halfYearLate, HALF_YEAR);
        }

        /** As {@link #halfYearLateText} for 12 months. */
        public String yearLateText() {
            return lateText(yearLate, YEAR);
        }

        private String lateText(double known, int weeksPastTarget) {
            Horizon horizon = variant.horizonRule();
            // an unfinished run reads the horizon as its week: late beyond it if the horizon is past it
            boolean unknown = horizon.unfinishedRuns() > 0 && target != null
                    && horizon.week() <= target + weeksPastTarget;
            return unknown ? Percent.format(known) + " to " + Percent.format(Math.min(1, known + horizon.unfinishedShare()))
                    : Percent.format(known);
        }

        /**
         * Whether the cost at the level may take in a run not finished by the horizon, whose cost
         * counts only to then: the variant's {@link org.rolloutsim.report.view.Horizon#costCut} rule,
         * as its table cell applies it. It is then only known to be at least what it reads, never
         * "at most" it, and a comparison that rests on it cannot put it below another.
         */
        public boolean costCut() {
            return variant.horizonRule().costCut(cost);
        }
    }

    /** Every variant at the confidence level, in the order given. */
    public List<Option> options() {
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < data.variants().size(); i++) {
            VariantResult v = data.variants().get(i);
            double week = v.completion().hasValues() ? v.completion().percentile(level) : v.completion().quantiles().p80();
            double cost = v.cost().hasValues() ? v.cost().percentile(level) : v.cost().quantiles().p80();
            double half = Double.NaN;
            double year = Double.NaN;
            if (data.targetWeek() != null) {
                half = v.completion().shareAbove(data.targetWeek() + HALF_YEAR);
                year = v.completion().shareAbove(data.targetWeek() + YEAR);
            }
            out.add(new Option(ComparisonData.key(i), v, week, cost, half, year, data.targetWeek()));
        }
        return out;
    }

    /** The verdict, sentence by sentence. */
    public List<String> sentences() {
        List<Option> options = options();
        List<String> out = new ArrayList<>();
        out.add("At " + p + ", the confidence the board plans at (" + Percent.level(level)
                + " of simulated runs do at least this well):");
        for (Option o : options) {
            out.add(atLevel(o));
        }
        out.add(leader(options, Outcome.COMPLETION));
        out.add(leader(options, Outcome.COST));
        Option base = options.get(0);
        for (Option o : options.subList(1, options.size())) {
            against(o, base).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The target date and budget every option is judged against, said after the verdict (HTML and PDF
     * alike): "Target date: 26 August 2030; budget: $480M.", or that none is set.
     */
    public String targets() {
        return (data.targetWeek() == null ? "No target date is set" : "Target date: "
                + calendar.longDate(data.targetWeek())) + "; " + (data.budget() == null ? "no budget is set."
                : "budget: " + money.format(data.budget()) + ".");
    }

    /**
     * The option's runs at the level include some not finished by the horizon (their completion is
     * the horizon, the largest value): it is not known to finish at all. Whether its cost there is
     * known is the horizon's cost rule, {@link Option#costCut}, not this.
     */
    static boolean unfinishedAtLevel(Option o) {
        return o.variant.unfinishedAt(o.week);
    }

    private String atLevel(Option o) {
        // the cost at the level follows the horizon's rule for costs, not for dates: a cost that takes
        // in an unfinished run is only a lower bound even where the date at the level is exact (an
        // option whose date at the level is the horizon has more unfinished runs than the level leaves
        // out, so its cost there always takes one in)
        String cost = o.costCut()
                ? "its cost at " + p + " is " + o.variant.horizonRule().cost(money, o.cost) + ", as runs not finished by the"
                        + " horizon count their cost only to then"
                : "costs at most " + money.format(o.cost);
        if (unfinishedAtLevel(o)) {
            // its runs at the level may finish in the horizon's own week: not before its date, not "by" it
            return o.key + ", " + quoted(o.variant.name()) + ": does not finish before " + calendar.longDate(o.week)
                    + ", the end of the simulated horizon" + (o.costCut() ? "; " : ", and ") + cost + ".";
        }
        StringBuilder b = new StringBuilder(o.key + ", " + quoted(o.variant.name()) + ": finishes by "
                + calendar.longDate(o.week) + (o.costCut() ? "; " : " and ") + cost);
        if (!Double.isNaN(o.halfYearLate)) {
            b.append("; chance of finishing more than 6 months after the target ").append(o.halfYearLateText())
                    .append(", more than 12 months ").append(o.yearLateText());
        }
        return b.append('.').toString();
    }

    /**
     * The best option at the level for one outcome, or the options tied with it: an option is tied
     * with the best when their paired difference is not material.
     */
    private String leader(List<Option> options, Outcome outcome) {
        if (outcome == Outcome.COST) {
            return costLeader(options);
        }
        // an option not finished at the level has no date: it cannot lead, nor be tied with the leader
        List<Option> finished = options.stream().filter(o -> !unfinishedAtLevel(o)).toList();
        if (finished.isEmpty()) {
            return "At " + p + ", no option finishes within the simulated horizon, so none can be said to"
                    + " finish earliest.";
        }
        Option best = finished.stream().min(Comparator.comparingDouble(Option::week)).orElseThrow();
        // an option not finished by a horizon before the best date may yet finish before it
        List<Option> unclear = options.stream().filter(o -> unfinishedAtLevel(o) && o.week < best.week).toList();
        String among = unclear.isEmpty() ? "" : " of the options that finish within the simulated horizon";
        List<Option> tied = tied(best, finished, Outcome.COMPLETION);
        if (tied.isEmpty()) {
            return "At " + p + ", " + best.key + " finishes earliest" + among + " (" + calendar.longDate(best.week)
                    + ")." + notComparable(unclear, best);
        }
        return "No material difference in completion date at " + p + " between " + Listed.of(names(best, tied))
                + (among.isEmpty() ? "" : ", the earliest" + among) + " (" + range(best, tied, true)
                + "): the choice between them rests on other grounds." + notComparable(unclear, best);
    }

    /**
     * Options not finished at the level by a horizon that comes before the best option's date: their
     * date is only known to be their horizon's or later, which may be before or after the best's.
     */
    private String notComparable(List<Option> unclear, Option best) {
        if (unclear.isEmpty()) {
            return "";
        }
        return " " + Listed.of(unclear.stream().map(o -> o.key + " (not finished before " + calendar.longDate(o.week) + ")")
                .toList()) + (unclear.size() == 1 ? " may finish before or after " : " may each finish before or after ")
                + best.key + ".";
    }

    /**
     * The cheapest option at the level, or those tied with it, among the options whose cost there is
     * known ({@link Option#costCut}: not a lower bound set by runs not finished by the horizon). An
     * option whose cost is only a lower bound neither leads nor ties; the sentence gives its bound and
     * says whether that is already no lower than the cheapest or cannot be compared with it.
     */
    private String costLeader(List<Option> options) {
        List<Option> known = options.stream().filter(o -> !o.costCut()).toList();
        List<Option> cut = options.stream().filter(Option::costCut).toList();
        if (known.isEmpty()) {
            return "At " + p + ", no option's cost is known: each takes in runs not finished by the simulated"
                    + " horizon, whose costs count only to then, so none can be said to cost least.";
        }
        Option best = known.stream().min(Comparator.comparingDouble(Option::cost)).orElseThrow();
        if (!cut.isEmpty() && known.size() == 1) {
            return "At " + p + ", only the cost of " + best.key + " is known (" + money.format(best.cost) + ")."
                    + boundsAgainst(cut, best);
        }
        String among = cut.isEmpty() ? "" : " of the options whose cost is known";
        List<Option> tied = tied(best, known, Outcome.COST);
        if (tied.isEmpty()) {
            return "At " + p + ", " + best.key + " costs least" + among + " (" + money.format(best.cost) + ")."
                    + boundsAgainst(cut, best);
        }
        // tied among the options whose cost is known: one whose cost is only a bound is not among them,
        // and the sentence says so as the sentence of a clear leader does
        return "No material difference in cost at " + p + " between " + Listed.of(names(best, tied))
                + (among.isEmpty() ? "" : ", the cheapest" + among) + " (" + range(best, tied, false)
                + "): the choice between them rests on other grounds." + boundsAgainst(cut, best);
    }

    /**
     * What can be said of options whose cost at the level is only a lower bound, against the cheapest
     * known: a bound at or above its cost is already no lower (the true cost can only be higher);
     * below it, the two cannot be compared. Nothing when there are none.
     */
    private String boundsAgainst(List<Option> cut, Option best) {
        List<Option> below = cut.stream().filter(o -> o.cost < best.cost).toList();
        List<Option> notLower = cut.stream().filter(o -> o.cost >= best.cost).toList();
        StringBuilder b = new StringBuilder();
        if (!below.isEmpty()) {
            b.append(below.size() == 1 ? " The cost of " : " The costs of ").append(bounds(below))
                    .append(", counted only to the horizon for runs not finished by then, cannot be compared with that of ")
                    .append(best.key).append('.');
        }
        if (!notLower.isEmpty()) {
            b.append(notLower.size() == 1 ? " The cost of " : " The costs of ").append(bounds(notLower))
                    .append(", counted only to the horizon for runs not finished by then, ")
                    .append(notLower.size() == 1 ? "is" : "are").append(" already no lower than that of ")
                    .append(best.key).append('.');
        }
        return b.toString();
    }

    /** "B (at least $100M)", "B (at least $100M) and D (at least $120M)". */
    private String bounds(List<Option> cut) {
        return Listed.of(cut.stream().map(o -> o.key + " (" + o.variant.horizonRule().cost(money, o.cost) + ")").toList());
    }

    /** The options not materially different from the best on the outcome, by key. */
    private List<Option> tied(Option best, List<Option> options, Outcome outcome) {
        List<Option> tied = new ArrayList<>();
        for (Option o : options) {
            if (o != best && !material(best, o, outcome)) {
                tied.add(o);
            }
        }
        tied.sort(Comparator.comparing(Option::key));
        return tied;
    }

    private static List<String> names(Option best, List<Option> tied) {
        List<String> names = new ArrayList<>(List.of(best.key));
        for (Option o : tied) {
            names.add(o.key);
        }
        return names;
    }

    private String range(Option best, List<Option> tied, boolean time) {
        List<String> values = new ArrayList<>();
        values.add(time ? calendar.longDate(best.week) : money.format(best.cost));
        for (Option o : tied) {
            values.add(time ? calendar.longDate(o.week) : money.format(o.cost));
        }
        return String.join(" against ", values);
    }

    /**
     * Whether two options differ materially on an outcome: their paired 95% interval of the mean
     * difference excludes zero, and their values at the level differ by at least a week (or a hundredth
     * of the cost). Without a paired difference the values at the level decide.
     */
    boolean material(Option a, Option b, Outcome outcome) {
        boolean time = outcome == Outcome.COMPLETION;
        double gap = Math.abs(time ? a.week - b.week : a.cost - b.cost);
        double floor = time ? 1 : 0.01 * Math.max(Math.abs(a.cost), Math.abs(b.cost));
        if (gap < floor) {
            return false;
        }
        Optional<PairedDifference> d = pair(a.variant.name(), b.variant.name(), outcome);
        return d.isEmpty() || !includesZero(d.get());
    }

    private Optional<String> against(Option o, Option base) {
        Optional<PairedDifference> time = pair(o.variant.name(), base.variant.name(), Outcome.COMPLETION);
        Optional<PairedDifference> cost = pair(o.variant.name(), base.variant.name(), Outcome.COST);
        if (time.isEmpty() && cost.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(o.key + " against " + base.key + ", run by run: ");
        if (time.isPresent()) {
            PairedDifference d = time.get();
            CensoredDifference c = CensoredDifference.of(data, d);
            String[] shares = shares(data, d);
            b.append("earlier in ").append(shares[0]).append(" of runs, later in ").append(shares[1])
                    .append(", the same week in ").append(shares[2]).append(notKnown(shares));
            b.append(includesZero(d) && c.mean() == CensoredDifference.Bound.EXACT ? " (no material difference on average)"
                    : "; median difference " + c.percentile(0.5, Verdict::weeksDifference).of(weeksDifference(d.difference().quantiles().p50())));
        }
        if (cost.isPresent()) {
            PairedDifference d = cost.get();
            CensoredDifference c = CensoredDifference.of(data, d);
            String[] shares = shares(data, d);
            b.append(time.isPresent() ? "; " : "").append("cheaper in ").append(shares[0])
                    .append(", dearer in ").append(shares[1]).append(", the same in ").append(shares[2])
                    .append(notKnown(shares));
            b.append(includesZero(d) && c.mean() == CensoredDifference.Bound.EXACT ? " (no material difference on average)"
                    : "; median difference " + c.percentile(0.5, money::formatSigned).of(money.formatSigned(d.difference().quantiles().p50())));
        }
        return Optional.of(b.append('.').toString());
    }

    /**
     * The shares of runs in which the first is lower, higher, the same, and in which that is not known
     * because a run was cut off at the horizon ({@link CensoredDifference#shares}), written so that
     * they add up to 100% (HTML, PDF and console alike).
     */
    public static String[] shares(ComparisonData data, PairedDifference d) {
        return Percent.parts(CensoredDifference.of(data, d).shares(d));
    }

    /** ", not known in 3% (not finished by the horizon)", or nothing when every run could be told. */
    public static String notKnown(String[] shares) {
        return shares[3].equals("0%") ? "" : ", not known in " + shares[3] + " (not finished by the horizon)";
    }

    /** The comparison tables' column of the share of a variant's runs not finished by the horizon. */
    public static final String NOT_FINISHED = "Not finished";

    /** That share as the comparison tables write it (HTML and PDF alike): "12%", or "\u2014" without runs. */
    public static String notFinished(VariantResult v) {
        return v.completion().runs() == 0 ? "\u2014" : Percent.format(v.censoredRuns() / (double) v.completion().runs());
    }

    /** The pair (first − second) on an outcome, from whichever way round it was computed. */
    private Optional<PairedDifference> pair(String first, String second, Outcome outcome) {
        for (PairedDifference d : data.differences()) {
            if (d.outcome() != outcome) {
                continue;
            }
            if (d.first().equals(first) && d.second().equals(second)) {
                return Optional.of(d);
            }
            if (d.first().equals(second) && d.second().equals(first)) {
                return Optional.of(d.reversed());
            }
        }
        return Optional.empty();
    }

    /** True when the 95% interval of the mean paired difference includes zero. */
    public static boolean includesZero(PairedDifference d) {
        return d.meanLow() <= 0 && d.meanHigh() >= 0;
    }

    private static String quoted(String name) {
        return "\u201c" + name + "\u201d";
    }


    /**
     * A paired difference in weeks between two options, to one decimal always: "+26.0 weeks", "−0.3
     * weeks", "0.0 weeks" (the sign follows the rounded number, never "−0.0"). The console, the
     * report's table and verdict and the board pack write a comparison's differences so, so an interval
     * reads "+26.0 to +29.4 weeks" in each (the report had dropped the decimal of a whole number, "+26 to
     * +29.4 weeks", beside the console's "+26.0 weeks to +29.4 weeks").
     */
    public static String weeksDifference(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        String number = String.format(java.util.Locale.ROOT, "%.1f", Math.abs(rounded));
        return (rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "") + number + " weeks";
    }

    /**
     * A paired difference as the comparison's tables give it, in the HTML report and the board pack alike:
     * "+4.2 weeks", "−0.3 weeks", "0.0 weeks" ({@link #weeksDifference}), or signed money.
     */
    public static String difference(double value, boolean weeks, Money money) {
        return weeks ? weeksDifference(value) : money.formatSigned(value);
    }

    /**
     * An interval of a paired difference (the 95% interval of its mean), as both tables give it:
     * "+26.0 to +29.4 weeks" (one decimal at each end, the unit of weeks said once) or "−$61.5M to −$52.7M".
     */
    public static String interval(double low, double high, boolean weeks, Money money) {
        if (weeks) {
            String lowText = weeksDifference(low);
            return lowText.substring(0, lowText.lastIndexOf(' ')) + " to " + weeksDifference(high);
        }
        return money.formatSigned(low) + " to " + money.formatSigned(high);
    }

    /**
     * A duration as a person says it: "less than a week", "3 weeks", "about 10 months (42 weeks)",
     * "about 2.5 years (130 weeks)".
     */
    public static String spoken(double weeks) {
        double w = Math.abs(weeks);
        if (w < 0.95) {
            return "less than a week";
        }
        long whole = Math.round(w);
        if (whole < 10) {
            return whole + (whole == 1 ? " week" : " weeks");
        }
        double months = w * 7 / 30.4375;
        if (Math.round(months) < 24) {
            long m = Math.round(months);
            return "about " + m + (m == 1 ? " month" : " months") + " (" + whole + " weeks)";
        }
        double years = Math.round(months / 12 * 2) / 2.0;
        String y = years == Math.rint(years) ? Long.toString((long) years) : Double.toString(years);
        return "about " + y + " years (" + whole + " weeks)";
    }

    /** "8 weeks", "0.1 weeks", "1 week": one decimal at most. */
    public static String weeks(double weeks) {
        double rounded = Math.round(weeks * 10) / 10.0;
        return number(rounded) + (Math.abs(rounded) == 1 ? " week" : " weeks");
    }

    /** "8", "0.1", "1.4": one decimal at most, none when whole. */
    public static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
