package org.rolloutsim.report.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.rolloutsim.report.view.ComparisonData;
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

    /** "P80" for 0.8, "P75" for 0.75. */
    public static String label(double level) {
        double percent = level * 100;
        return "P" + (percent == Math.rint(percent) ? Long.toString(Math.round(percent)) : Double.toString(percent));
    }

    /** One option at the board's confidence level. */
    public record Option(String key, VariantResult variant, double week, double cost, double halfYearLate,
                         double yearLate) {
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
            out.add(new Option(ComparisonData.key(i), v, week, cost, half, year));
        }
        return out;
    }

    /** The verdict, sentence by sentence. */
    public List<String> sentences() {
        List<Option> options = options();
        List<String> out = new ArrayList<>();
        out.add("At " + p + ", the confidence the board plans at (" + Percent.format(level)
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
     * The option's runs at the level include some not finished by the horizon (their completion is
     * the horizon, the largest value): it is not known to finish at all, and its cost there stops at
     * the horizon.
     */
    static boolean unfinishedAtLevel(Option o) {
        return o.variant.unfinishedAt(o.week);
    }

    private String atLevel(Option o) {
        if (unfinishedAtLevel(o)) {
            StringBuilder b = new StringBuilder(o.key + ", " + quoted(o.variant.name()) + ": does not finish by "
                    + calendar.longDate(o.week) + ", the end of the simulated horizon (costs counted to then: "
                    + money.format(o.cost) + ")");
            return b.append('.').toString();
        }
        StringBuilder b = new StringBuilder(o.key + ", " + quoted(o.variant.name()) + ": finishes by "
                + calendar.longDate(o.week) + " and costs at most " + money.format(o.cost));
        if (!Double.isNaN(o.halfYearLate)) {
            b.append("; chance of finishing more than 6 months after the target ").append(Percent.format(o.halfYearLate))
                    .append(", more than 12 months ").append(Percent.format(o.yearLate));
        }
        return b.append('.').toString();
    }

    /**
     * The best option at the level for one outcome, or the options tied with it: an option is tied
     * with the best when their paired difference is not material.
     */
    private String leader(List<Option> options, Outcome outcome) {
        boolean time = outcome == Outcome.COMPLETION;
        // an option not finished at the level has no date, and its cost stops at the horizon: it
        // cannot lead, nor be tied with the leader
        List<Option> finished = options.stream().filter(o -> !unfinishedAtLevel(o)).toList();
        if (finished.isEmpty()) {
            return "At " + p + ", no option finishes within the simulated horizon, so none can be said to "
                    + (time ? "finish earliest" : "cost least") + ".";
        }
        // an unfinished option's true cost is unknown (only a lower bound): the cheapest of those that
        // finish is not known to cost less than it
        List<String> cutOff = options.stream().filter(o -> unfinishedAtLevel(o)).map(Option::key).toList();
        if (!time && !cutOff.isEmpty() && finished.size() == 1) {
            return "At " + p + ", only " + finished.get(0).key + " finishes within the simulated horizon ("
                    + money.format(finished.get(0).cost) + "); the cost of " + join(cutOff)
                    + ", counted only to then, cannot be compared with it.";
        }
        String among = !time && !cutOff.isEmpty() ? " of the options that finish" : "";
        options = finished;
        Comparator<Option> order = Comparator.comparingDouble(o -> time ? o.week : o.cost);
        Option best = options.stream().min(order).orElseThrow();
        List<Option> tied = new ArrayList<>();
        for (Option o : options) {
            if (o != best && !material(best, o, outcome)) {
                tied.add(o);
            }
        }
        String what = time ? "finishes earliest" : "costs least";
        String value = time ? calendar.longDate(best.week) : money.format(best.cost);
        if (tied.isEmpty()) {
            return "At " + p + ", " + best.key + " " + what + among + " (" + value + ")."
                    + (among.isEmpty() ? "" : " The cost of " + join(cutOff) + ", counted only to the horizon, cannot be"
                    + " compared.");
        }
        List<String> names = new ArrayList<>(List.of(best.key));
        tied.sort(Comparator.comparing(Option::key));
        for (Option o : tied) {
            names.add(o.key);
        }
        // tied among the options that finish: an option cut off at the horizon is not among them, and
        // the sentence says so as the sentence of a clear leader does
        return "No material difference in " + (time ? "completion date" : "cost") + " at " + p + " between "
                + join(names) + (among.isEmpty() ? "" : ", the cheapest" + among) + " (" + range(best, tied, time)
                + "): the choice between them rests on other grounds."
                + (among.isEmpty() ? "" : " The cost of " + join(cutOff) + ", counted only to the horizon, cannot be"
                + " compared.");
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
                    : "; median difference " + c.percentile(0.5, Verdict::signedWeeks).of(signedWeeks(d.difference().quantiles().p50())));
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

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "+4.2 weeks", "−0.3 weeks", "0 weeks" (the sign follows the rounded number, never "−0"). */
    public static String signedWeeks(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return (rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "") + weeks(Math.abs(rounded));
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
