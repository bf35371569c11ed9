package org.rolloutsim.report.html;

import java.util.ArrayList;
import java.util.List;

import org.rolloutsim.report.view.Driver;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The plain-language summary a board member reads in a minute: when, how much, how likely, and
 * why. Sentences are plain text (escaped when written); the headline figures repeat the four
 * answers as cards.
 */
final class ExecutiveSummary {

    /** One headline figure: what it answers, the figure, and a short note under it. */
    record Headline(String label, String value, String note, Tone tone) {
    }

    /** Whether a figure is good or bad news against the target or budget, or neither. */
    enum Tone { NEUTRAL, GOOD, BAD }

    private final ReportData data;
    private final WeekCalendar calendar;
    private final Money money;

    ExecutiveSummary(ReportData data) {
        this.data = data;
        this.calendar = data.calendar();
        this.money = data.money();
    }

    /** True when no run finished within the horizon: no completion date can be given. */
    boolean noRunFinished() {
        return data.censoredRuns() >= data.provenance().runs() && data.provenance().runs() > 0;
    }

    /** True when the P80 completion is a censored value: beyond the horizon, so unknown. */
    private boolean p80BeyondHorizon() {
        return data.completion().quantiles().p80() >= data.horizonWeeks() && data.censoredRuns() > 0;
    }

    List<String> sentences() {
        List<String> out = new ArrayList<>();
        out.add(when());
        String likely = howLikely();
        if (likely != null) {
            out.add(likely);
        }
        out.add(howMuch());
        out.add(why());
        if (data.censoredRuns() > 0 && !noRunFinished()) {
            out.add(Percent.format(data.censoredShare()) + " of runs had not finished by the end of the simulated horizon ("
                    + calendar.longDate(data.horizonWeeks()) + "); they count as late and their cost is the cost"
                    + " up to that date.");
        }
        if (noVariation()) {
            out.add("Every run gives the same result: no input that drives schedule or cost is uncertain in this"
                    + " scenario, so the chances above are either 0% or 100%.");
        }
        return out;
    }

    private boolean noVariation() {
        Quantiles c = data.completion().quantiles();
        Quantiles k = data.cost().quantiles();
        return c.p10() == c.p90() && k.p10() == k.p90();
    }

    private String when() {
        Quantiles q = data.completion().quantiles();
        if (noRunFinished()) {
            return "None of the " + runs() + " simulated runs finished within the simulated horizon ("
                    + calendar.longDate(data.horizonWeeks()) + "), so no completion date can be given: the roll-out"
                    + " as planned does not finish in the time simulated.";
        }
        if (p80BeyondHorizon()) {
            return "P80 completion is later than " + calendar.longDate(data.horizonWeeks())
                    + ", the end of the simulated horizon: more than 2 in 10 runs had not finished by then."
                    + (data.hasTarget() ? " The target is " + calendar.longDate(data.targetWeek()) + "." : "");
        }
        if (q.p10() == q.p90()) {
            return "Every simulated run completes on " + calendar.longDate(q.p80())
                    + (data.hasTarget() ? ", " + againstTarget(q.p80()) + "." : "; the scenario sets no target date.");
        }
        String sentence = "P80 completion is " + calendar.longDate(q.p80());
        if (data.hasTarget()) {
            sentence += ", " + againstTarget(q.p80());
        }
        sentence += ": 8 in 10 simulated runs finish by then; half finish by " + calendar.longDate(q.p50()) + ".";
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

    private String howLikely() {
        Probabilities p = data.probabilities();
        if (p.onTimeAndBudget() != null) {
            return "There is a " + Percent.format(p.onTimeAndBudget()) + " chance of finishing on time and on budget"
                    + " (on time: " + Percent.format(p.onTime()) + "; on budget: " + Percent.format(p.onBudget()) + ").";
        }
        if (p.onTime() != null) {
            return "There is a " + Percent.format(p.onTime()) + " chance of finishing by the target date.";
        }
        if (p.onBudget() != null) {
            return "There is a " + Percent.format(p.onBudget()) + " chance of staying within the budget.";
        }
        return "With no target date and no budget set, the report shows the spread of outcomes only,"
                + " not the chance of meeting them.";
    }

    private String howMuch() {
        Quantiles q = data.cost().quantiles();
        String sentence = "P80 programme cost is " + money.format(q.p80());
        if (data.hasBudget()) {
            double over = q.p80() - data.budget();
            sentence += " against a budget of " + money.format(data.budget());
            if (Math.abs(over) >= Math.abs(data.budget()) * 0.0005) {
                sentence += " (" + money.format(Math.abs(over)) + (over > 0 ? " over" : " under") + ")";
            }
        }
        sentence += "; the median (P50) is " + money.format(q.p50()) + ".";
        if (!data.hasBudget()) {
            sentence += " The scenario sets no budget.";
        }
        if (noRunFinished()) {
            sentence += " These are costs up to the end of the horizon, not final costs.";
        }
        return sentence;
    }

    private String why() {
        Driver delay = top(Outcome.COMPLETION);
        Driver cost = top(Outcome.COST);
        if (delay == null) {
            return "No uncertain input was sampled, so there is no driver of delay or cost to rank.";
        }
        if (delay.label().equals(cost.label())) {
            return "The biggest driver of both delay and cost is " + quoted(delay) + ".";
        }
        return "The biggest driver of delay is " + quoted(delay) + "; of cost, " + quoted(cost) + ".";
    }

    private static String quoted(Driver driver) {
        return "\u201c" + driver.label() + "\u201d";
    }

    /** The driver with the strongest rank correlation with the outcome, or null when there is none. */
    Driver top(Outcome outcome) {
        Driver best = null;
        for (Driver d : data.drivers()) {
            if (best == null || Math.abs(d.correlation(outcome)) > Math.abs(best.correlation(outcome))) {
                best = d;
            }
        }
        return best;
    }

    List<Headline> headlines() {
        List<Headline> out = new ArrayList<>();
        Quantiles c = data.completion().quantiles();
        if (noRunFinished() || p80BeyondHorizon()) {
            out.add(new Headline("When (P80)", "After " + calendar.shortDate(data.horizonWeeks()),
                    "beyond the simulated horizon", Tone.BAD));
        } else {
            String note = data.hasTarget() ? againstTarget(c.p80()).replace("the target of ", "target ")
                    : "no target date set";
            Tone tone = !data.hasTarget() ? Tone.NEUTRAL : c.p80() <= data.targetWeek() ? Tone.GOOD : Tone.BAD;
            out.add(new Headline("When (P80)", calendar.longDate(c.p80()), note, tone));
        }
        Quantiles k = data.cost().quantiles();
        String costNote = data.hasBudget() ? "budget " + money.format(data.budget()) : "no budget set";
        Tone costTone = !data.hasBudget() ? Tone.NEUTRAL : k.p80() <= data.budget() ? Tone.GOOD : Tone.BAD;
        out.add(new Headline("How much (P80)", money.format(k.p80()), costNote, costTone));
        Probabilities p = data.probabilities();
        if (p.onTimeAndBudget() != null) {
            out.add(new Headline("Chance on time and on budget", Percent.format(p.onTimeAndBudget()),
                    "on time " + Percent.format(p.onTime()) + ", on budget " + Percent.format(p.onBudget()),
                    p.onTimeAndBudget() >= 0.8 ? Tone.GOOD : p.onTimeAndBudget() < 0.5 ? Tone.BAD : Tone.NEUTRAL));
        } else if (p.onTime() != null) {
            out.add(new Headline("Chance on time", Percent.format(p.onTime()), "no budget set", Tone.NEUTRAL));
        } else if (p.onBudget() != null) {
            out.add(new Headline("Chance on budget", Percent.format(p.onBudget()), "no target date set", Tone.NEUTRAL));
        } else {
            out.add(new Headline("How likely", "\u2014", "no target date or budget set", Tone.NEUTRAL));
        }
        Driver delay = top(Outcome.COMPLETION);
        out.add(new Headline("Biggest driver of delay", delay == null ? "\u2014" : delay.label(),
                delay == null ? "no uncertain inputs" : "see \u201cWhat drives delay?\u201d", Tone.NEUTRAL));
        return out;
    }

    private String runs() {
        return String.format(java.util.Locale.ENGLISH, "%,d", data.provenance().runs());
    }
}
