package org.rolloutsim.report.text;

import java.util.ArrayList;
import java.util.List;

import org.rolloutsim.report.view.Driver;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.ProgrammeResponse;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The plain-language summary a board member reads in a minute: when, how much, how likely, and
 * why. Sentences are plain text (escaped when written); the headline figures repeat the four
 * answers as cards.
 */
public final class ExecutiveSummary {

    /** One headline figure: what it answers, the figure, and a short note under it. */
    public record Headline(String label, String value, String note, Tone tone) {
    }

    /** Whether a figure is good or bad news against the target or budget, or neither. */
    public enum Tone { NEUTRAL, GOOD, BAD }

    private final ReportData data;
    private final WeekCalendar calendar;
    private final Money money;
    private final BoardTables tables;
    private final double level;
    private final String p;

    public ExecutiveSummary(ReportData data) {
        this.data = data;
        this.calendar = data.calendar();
        this.money = data.money();
        this.tables = new BoardTables(data);
        this.level = data.board().confidence();
        this.p = Verdict.label(level);
    }

    /** True when no run finished within the horizon: no completion date can be given. */
    public boolean noRunFinished() {
        return data.censoredRuns() >= data.provenance().runs() && data.provenance().runs() > 0;
    }

    /** True when the completion at the board's level is a censored value: beyond the horizon, so unknown. */
    private boolean p80BeyondHorizon() {
        return tables.unfinishedAt(level);
    }

    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        // first: what the scenario cannot mean as written changes how everything after it reads
        for (String warning : data.warnings()) {
            out.add("Warning: " + warning + ".");
        }
        out.add(when());
        String tails = tails();
        if (tails != null) {
            out.add(tails);
        }
        out.add(howLikely());
        out.add(howMuch());
        String contingency = contingency();
        if (contingency != null) {
            out.add(contingency);
        }
        if (data.board().totalCost() != null) {
            RunDistribution total = data.board().totalCost();
            // as the programme cost: among runs not finished by the horizon it counts only to then
            out.add("Total cost, adding the cost of delay and lost productivity to the programme cost: "
                    + p + " " + tables.totalCostAt(total.percentile(level))
                    + (Verdict.median(level) ? "" : ", P50 " + tables.totalCostAt(total.percentile(0.5))) + ".");
        }
        String responses = responses();
        if (responses != null) {
            out.add(responses);
        }
        out.add(why());
        if (data.censoredRuns() > 0 && !noRunFinished()) {
            // such a run may finish in the horizon's own week: not finished before its date, not "by" it
            out.add(Percent.format(data.censoredShare()) + " of runs had not finished before "
                    + calendar.longDate(data.horizonWeeks()) + ", the end of the simulated horizon; "
                    // with no target date there is no "late" for them to count as
                    + (data.hasTarget() ? "they count as late and their cost" : "their cost")
                    + " is the cost up to that date.");
        }
        if (noVariation()) {
            out.add("Every run gives the same result: no input that drives schedule or cost is uncertain in this"
                    + " scenario, so the chances above are either 0% or 100%.");
        }
        return out;
    }

    private boolean noVariation() {
        return data.provenance().runs() > 1 && allEqual(data.completion()) && allEqual(data.cost());
    }

    /**
     * Whether every run has the same value: P10 equal to P90 is not enough, since up to a tenth of
     * the runs (a rare leaver, a rare risk) may lie beyond them. Without per-run values, min and max
     * fall back to P10 and P90, the best that is known.
     */
    private static boolean allEqual(RunDistribution d) {
        return d.min() == d.max();
    }

    /** The chance of finishing more than 6 and more than 12 months after the target, or null without one. */
    private String tails() {
        if (!data.hasTarget() || noRunFinished()) {
            return null;
        }
        boolean cutShort = tables.lateByIsLowerBound(Verdict.HALF_YEAR) || tables.lateByIsLowerBound(Verdict.YEAR);
        return lateBy(Verdict.HALF_YEAR) + " of runs finish more than 6 months after the target,"
                + " and " + lateBy(Verdict.YEAR) + " more than 12 months after it"
                + (cutShort ? " (runs not finished by the horizon, which comes before that, may be among them)."
                : data.censoredRuns() > 0 ? " (runs not finished by the horizon among them)." : ".");
    }

    /**
     * The share finishing more than {@code weeks} late; when the horizon cuts runs off before that,
     * a range up to that share plus every run not finished by the horizon.
     */
    private String lateBy(double weeks) {
        double share = tables.lateBy(weeks);
        if (!tables.lateByIsLowerBound(weeks)) {
            return Percent.format(share);
        }
        double unfinished = (double) data.censoredRuns() / data.provenance().runs();
        return Percent.format(share) + " to " + Percent.format(Math.min(1, share + unfinished));
    }

    /** Schedule and money needed beyond the target and budget to reach P50 and the board's level. */
    private String contingency() {
        if (!data.hasTarget() && !data.hasBudget()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (double at : tables.contingencyLevels()) {
            List<String> needs = new ArrayList<>();
            if (data.hasTarget() && !tables.unfinishedAt(at)) {
                needs.add(weeksNeeded(tables.scheduleContingency(at)));
            } else if (data.hasTarget()) {
                // the level falls among runs not finished by the horizon, which lies after the target:
                // they may finish in its own week, so the horizon's distance from the target is a floor
                needs.add("at least " + weeksNeeded(tables.scheduleContingency(at)));
            }
            if (data.hasBudget()) {
                double money = tables.costContingency(at);
                if (!tables.costCutAt(at)) {
                    needs.add(money <= 0 ? "no money beyond the budget" : this.money.format(money) + " beyond the budget");
                } else if (money > 0) {
                    // runs cut off at the horizon count their cost only to then
                    needs.add("at least " + this.money.format(money) + " beyond the budget");
                }
            }
            if (!needs.isEmpty()) {
                parts.add(Verdict.label(at) + " needs " + String.join(" and ", needs));
            }
        }
        return parts.isEmpty() ? null : "Contingency: " + String.join("; ", parts) + ".";
    }

    /** "To hold its dates the programme replanned in 64% of runs (1.3 times on average); …", or null. */
    private String responses() {
        List<String> parts = new ArrayList<>();
        for (ProgrammeResponse r : data.board().responses()) {
            if (r.share() == 0) {
                continue;
            }
            // a mean that rounds to 0 over all runs reads "under 0.1", not "0", beside a share above 0
            String number = r.mean() > 0 && Verdict.number(r.mean()).equals("0") ? "under 0.1" : Verdict.number(r.mean());
            String mean = switch (r.unit()) {
                case TIMES -> number + (number.equals("1") ? " time" : " times");
                case FTE -> number + " FTE at the peak";
                case CURRENCY -> money.format(r.mean());
            };
            parts.add(r.label() + " in " + Percent.format(r.share()) + " of runs (" + mean + " on average over all runs)");
        }
        return parts.isEmpty() ? null : "As it slipped, the programme " + String.join("; ", parts) + ".";
    }

    private static String weeksNeeded(double weeks) {
        return weeks <= 0 ? "no time beyond the target" : Verdict.weeks(Math.ceil(weeks)) + " beyond the target";
    }

    private String when() {
        Quantiles q = data.completion().quantiles();
        double atLevel = tables.week(level);
        if (noRunFinished()) {
            return "None of the " + runs() + " simulated runs finished within the simulated horizon (before "
                    + calendar.longDate(data.horizonWeeks()) + "), so no completion date can be given: the roll-out"
                    + " as planned does not finish in the time simulated.";
        }
        if (p80BeyondHorizon()) {
            return p + " completion is " + data.horizon().longOrLater(calendar)
                    + ", the end of the simulated horizon: " + Percent.format(data.censoredShare())
                    + " of runs had not finished before then."
                    + (data.hasTarget() ? " The target is " + calendar.longDate(data.targetWeek()) + "." : "");
        }
        if (allEqual(data.completion())) {
            return "Every simulated run completes on " + calendar.longDate(q.p80())
                    + (data.hasTarget() ? ", " + againstTarget(q.p80()) + "." : "; the scenario sets no target date.");
        }
        String sentence = p + " completion is " + calendar.longDate(atLevel);
        if (data.hasTarget()) {
            sentence += ", " + againstTarget(atLevel);
        }
        sentence += Verdict.median(level) ? ": half the simulated runs finish by then."
                : ": " + inTen(level) + " simulated runs finish by then; half finish by " + calendar.longDate(q.p50()) + ".";
        if (!data.hasTarget()) {
            sentence += " The scenario sets no target date.";
        }
        return sentence;
    }

    private String againstTarget(double week) {
        double late = week - data.targetWeek();
        String target = "the target of " + calendar.longDate(data.targetWeek());
        if (Math.abs(late) < 0.5) {
            return "on " + target;
        }
        return WeekCalendar.duration(late) + (late > 0 ? " after " : " before ") + target;
    }

    /** "8 in 10" for 0.8; "75% of" runs, "97.5% of", for a level that is not a whole tenth (as given, not rounded). */
    static String inTen(double level) {
        double tenths = level * 10;
        return Math.abs(tenths - Math.rint(tenths)) < 1e-9 ? Math.round(tenths) + " in 10" : Percent.level(level) + " of";
    }

    private String howLikely() {
        Probabilities p = data.probabilities();
        if (p.onTimeAndBudget() != null) {
            return "There is " + Article.before(Percent.format(p.onTimeAndBudget()))
                    + " chance of finishing on time and on budget"
                    + " (on time: " + Percent.format(p.onTime()) + "; on budget: " + p.onBudgetText()
                    + "): the plan's target date is " + confidenceName(p.onTime(), "date") + " and its budget "
                    + budgetConfidence(p) + "." + budgetNotKnown(p);
        }
        if (p.onTime() != null) {
            return "There is " + Article.before(Percent.format(p.onTime())) + " chance of finishing by the target date.";
        }
        if (p.onBudget() != null && p.onBudgetNotKnownAtAll()) {
            return "Whether the programme stays within the budget is not known." + budgetNotKnown(p);
        }
        if (p.onBudget() != null) {
            return "There is " + Article.before(p.onBudgetText()) + " chance of staying within the budget."
                    + budgetNotKnown(p);
        }
        return "With no target date and no budget set, the report shows the spread of outcomes only,"
                + " not the chance of meeting them.";
    }

    /**
     * The budget's own confidence level: "a P56 budget", or "a P56 to P62 budget" while runs not
     * finished by the horizon are within budget so far (its chance on budget is then a range).
     */
    static String budgetConfidence(Probabilities p) {
        if (!p.onBudgetIsRange()) {
            return confidenceName(p.onBudget(), "budget");
        }
        if (p.onBudgetNotKnownAtAll()) {
            // "a budget from below P1 to beyond P99" would say only that nothing is known
            return "a budget whose level is not known";
        }
        String low = level(p.onBudget());
        String high = level(p.onBudgetAtMost());
        return low.startsWith("P") && high.startsWith("P") ? "a " + low + " to " + high + " budget"
                : "a budget from " + low + " to " + high;
    }

    /** "P73", "beyond P99" or "below P1", as {@link #confidenceName} names the level. */
    private static String level(double share) {
        return confidenceName(share, "").substring(2).strip();
    }

    /** Why the chance on budget is a range, when it is: nothing otherwise. */
    private static String budgetNotKnown(Probabilities p) {
        if (p.onBudgetNotKnownAtAll()) {
            return " No run had finished by the horizon and every one is within budget so far: whether any stays"
                    + " within it is not known.";
        }
        return !p.onBudgetIsRange() ? "" : " Runs not finished by the horizon and within budget so far ("
                + Percent.format(p.onBudgetNotKnown()) + ") may or may not stay within it, so the chance on budget"
                + " is a range.";
    }

    /**
     * "a P73 date" for 0.73: the plan's own confidence level, rounded down, so that the target is
     * never named a level whose date or cost the report states to be beyond it (0.796 rounded to P80
     * would contradict a P80 date a week after the target). Where rounding down would put it a point
     * under the whole percentage beside it ("P42" by "43%" for 0.426) it keeps its tenth, "a P42.6
     * date", which agrees with both. Rounding down is deliberate, so a tenth is not rounded as the
     * whole percentage is: 0.9285 would read P92.9, a level past the share. Where the share is a whole
     * number of hundredths of a percent (any run count that divides 10,000, the default 2,000
     * included) the level is that share exactly, "a P92.85 date" beside "on time: 93%": cut to a
     * tenth it read "a P92.8 date", which looked like 92.85% rounded the wrong way. A share that reads "&gt;99%" is "beyond P99", never P100, and so
     * is every run on time: a sample of runs cannot show a date to be certain. Under 1%, none on time
     * included, it is "below P1", never P0, which tells a board nothing.
     */
    static String confidenceName(double share, String what) {
        if (share >= 1 || Percent.aboveNinetyNine(share)) {
            return "a " + what + " beyond P99";
        }
        // 0.29 × 100 is 28.999…: 29 points, as Percent.parts counts them
        long points = (long) Math.floor(share * 100 + 1e-9);
        if (points <= 0) {
            return "a " + what + " below P1";
        }
        if (points == Math.round(share * 100)) {
            return "a P" + points + " " + what;
        }
        long hundredths = Math.round(share * 10_000);
        if (Math.abs(share * 10_000 - hundredths) < 1e-6 && hundredths % 10 != 0) {
            return "a P" + hundredths / 100 + "." + String.format(java.util.Locale.ROOT, "%02d", hundredths % 100) + " "
                    + what;
        }
        long tenths = (long) Math.floor(share * 1000 + 1e-9);
        return "a P" + tenths / 10 + "." + tenths % 10 + " " + what;
    }

    private String howMuch() {
        Quantiles q = data.cost().quantiles();
        double atLevel = tables.cost(level);
        // a cost that may take in runs not finished by the horizon, whose costs count only to then, is a lower bound
        boolean cutOff = tables.costCutAt(level);
        String sentence = p + " programme cost is " + (cutOff ? "at least " : "") + money.format(atLevel);
        if (data.hasBudget()) {
            double over = atLevel - data.budget();
            sentence += " against a budget of " + money.format(data.budget());
            if (cutOff && over <= 0) {
                sentence += " (whether it stays within it is not known)";
            } else if (Math.abs(over) >= Math.abs(data.budget()) * 0.0005) {
                sentence += " (" + (cutOff ? "at least " : "") + money.format(Math.abs(over)) + (over > 0 ? " over" : " under") + ")";
            }
        }
        sentence += Verdict.median(level) ? "." : "; the median (P50) is " + tables.costAt(q.p50()) + ".";
        if (!data.hasBudget()) {
            sentence += " The scenario sets no budget.";
        }
        if (noRunFinished()) {
            sentence += " These are costs up to the end of the horizon, not final costs.";
        }
        return sentence;
    }

    private String why() {
        if (data.provenance().runs() < 2) {
            return "One run cannot show what drives delay or cost.";
        }
        if (data.drivers().isEmpty()) {
            return "No uncertain input was sampled, so there is no driver of delay or cost to rank.";
        }
        Driver delay = top(Outcome.COMPLETION);
        Driver cost = top(Outcome.COST);
        if (data.provenance().runs() < Driver.fewestRunsToStandOut()) {
            return runs() + " runs are too few to tell a driver of delay or cost from noise: it takes at least "
                    + Driver.fewestRunsToStandOut() + ".";
        }
        if (delay == null && cost == null) {
            return "No uncertain input stands out from the noise of " + runs() + " runs as a driver of delay or cost.";
        }
        if (delay == null) {
            return "No uncertain input stands out from the noise of " + runs() + " runs as a driver of delay; "
                    + named(cost, "cost") + "." + caveat(cost, "cost");
        }
        if (cost == null) {
            return capitalized(named(delay, "delay")) + "; no uncertain input stands out from the noise"
                    + " of " + runs() + " runs as a driver of cost." + caveat(delay, "delay");
        }
        if (delay.label().equals(cost.label())) {
            return capitalized(named(delay, "both delay and cost")) + "." + caveat(delay, "delay and cost");
        }
        return capitalized(named(delay, "delay")) + "; " + (cost.cutOffUnevenly() ? named(cost, "cost")
                : "of cost, " + quoted(cost)) + "." + caveat(delay, "delay") + caveat(cost, "cost");
    }

    /**
     * "the biggest driver of cost is “X”"; for a driver whose swing compares runs cut off at the
     * horizon unevenly ({@link Driver#cutOffUnevenly}), which cannot be called the biggest driver
     * outright, "the input that swings cost the most is “X”".
     */
    private static String named(Driver driver, String what) {
        return (driver.cutOffUnevenly() ? "the input that swings " + what + " the most is "
                : "the biggest driver of " + what + " is ") + quoted(driver);
    }

    /**
     * For a driver that {@link Driver#cutOffUnevenly compares runs cut off unevenly}, the sentence
     * that says so and what it means; else empty.
     */
    private static String caveat(Driver driver, String what) {
        if (!driver.cutOffUnevenly()) {
            return "";
        }
        return " For " + quoted(driver) + ", " + driver.unfinishedAtEnds() + "; an unfinished run counts its"
                + " completion as the horizon and its cost only up to then, so these runs cannot tell how far, or"
                + " even which way, it moves " + what + ".";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String quoted(Driver driver) {
        return "\u201c" + driver.label() + "\u201d";
    }

    /**
     * The driver at the top of the tornado of the outcome ({@link Driver#ranked}): the largest swing of
     * the outcome among the inputs whose rank correlation stands out from the noise of the runs (the
     * largest correlation when swings are not known), or null when none stands out.
     */
    public Driver top(Outcome outcome) {
        List<Driver> ranked = Driver.ranked(data.drivers(), outcome, data.provenance().runs());
        return ranked.isEmpty() ? null : ranked.get(0);
    }

    public List<Headline> headlines() {
        List<Headline> out = new ArrayList<>();
        double week = tables.week(level);
        if (noRunFinished() || p80BeyondHorizon()) {
            out.add(new Headline("When (" + p + ")", data.horizon().shortOrLater(calendar),
                    "beyond the simulated horizon", Tone.BAD));
        } else {
            String note = data.hasTarget() ? againstTarget(week).replace("the target of ", "target ")
                    : "no target date set";
            Tone tone = !data.hasTarget() ? Tone.NEUTRAL : week <= data.targetWeek() ? Tone.GOOD : Tone.BAD;
            out.add(new Headline("When (" + p + ")", calendar.longDate(week), note, tone));
        }
        double cost = tables.cost(level);
        boolean cutOff = tables.costCutAt(level);
        String costNote = (data.hasBudget() ? "budget " + money.format(data.budget()) : "no budget set")
                + (cutOff ? "; paid up to the horizon only" : "");
        Tone costTone = !data.hasBudget() ? Tone.NEUTRAL : cost > data.budget() ? Tone.BAD : cutOff ? Tone.NEUTRAL : Tone.GOOD;
        out.add(new Headline("How much (" + p + ")", (cutOff ? "At least " : "") + money.format(cost), costNote, costTone));
        Probabilities p = data.probabilities();
        if (p.onTimeAndBudget() != null) {
            out.add(new Headline("Chance on time and on budget", Percent.format(p.onTimeAndBudget()),
                    "on time " + Percent.format(p.onTime()) + ", on budget " + p.onBudgetText(),
                    p.onTimeAndBudget() >= 0.8 ? Tone.GOOD : p.onTimeAndBudget() < 0.5 ? Tone.BAD : Tone.NEUTRAL));
        } else if (p.onTime() != null) {
            out.add(new Headline("Chance on time", Percent.format(p.onTime()), "no budget set", Tone.NEUTRAL));
        } else if (p.onBudget() != null) {
            out.add(new Headline("Chance on budget", p.onBudgetText(), "no target date set", Tone.NEUTRAL));
        } else {
            out.add(new Headline("How likely", "\u2014", "no target date or budget set", Tone.NEUTRAL));
        }
        Driver delay = top(Outcome.COMPLETION);
        out.add(new Headline("Biggest driver of delay", delay == null ? "\u2014" : delay.label(),
                delay == null ? (data.provenance().runs() < 2 ? "one run cannot show it"
                : data.drivers().isEmpty() ? "no uncertain inputs" : "none stands out from the noise")
                : delay.cutOffUnevenly() ? "its runs cut off at the horizon unevenly; see \u201cWhat drives delay?\u201d"
                : "see \u201cWhat drives delay?\u201d", Tone.NEUTRAL));
        return out;
    }

    private String runs() {
        return String.format(java.util.Locale.ENGLISH, "%,d", data.provenance().runs());
    }
}
