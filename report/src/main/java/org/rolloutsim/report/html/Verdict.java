package org.rolloutsim.report.html;

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

/**
 * The plain-language verdict of a comparison: which variant finishes earliest and costs least at
 * 80% confidence, and for each pair how often and by how much one beats the other, saying when a
 * difference is too small to tell apart from noise (its 95% interval contains zero).
 */
final class Verdict {

    private final ComparisonData data;
    private final Money money;

    Verdict(ComparisonData data) {
        this.data = data;
        this.money = data.money();
    }

    List<String> sentences() {
        List<String> out = new ArrayList<>();
        out.add(leaders());
        for (VariantResult variant : data.variants()) {
            Optional<PairedDifference> time = find(variant.name(), Outcome.COMPLETION);
            Optional<PairedDifference> cost = find(variant.name(), Outcome.COST);
            if (time.isPresent() || cost.isPresent()) {
                out.add(pair(variant.name(), time, cost));
            }
        }
        return out;
    }

    private String leaders() {
        VariantResult earliest = data.variants().stream()
                .min(Comparator.comparingDouble(v -> v.completion().quantiles().p80())).orElseThrow();
        VariantResult cheapest = data.variants().stream()
                .min(Comparator.comparingDouble(v -> v.cost().quantiles().p80())).orElseThrow();
        String when = data.calendar().longDate(earliest.completion().quantiles().p80());
        String cost = money.format(cheapest.cost().quantiles().p80());
        if (earliest == cheapest) {
            return "\u201c" + earliest.name() + "\u201d is both the earliest and the cheapest at 80% confidence"
                    + " (P80 completion " + when + ", P80 cost " + cost + ").";
        }
        return "At 80% confidence \u201c" + earliest.name() + "\u201d finishes earliest (" + when + ") and \u201c"
                + cheapest.name() + "\u201d costs least (" + cost + ").";
    }

    private Optional<PairedDifference> find(String first, Outcome outcome) {
        return data.differences().stream()
                .filter(d -> d.first().equals(first) && d.outcome() == outcome).findFirst();
    }

    private String pair(String name, Optional<PairedDifference> time, Optional<PairedDifference> cost) {
        String other = time.or(() -> cost).orElseThrow().second();
        StringBuilder b = new StringBuilder("Against \u201c" + other + "\u201d, \u201c" + name + "\u201d ");
        time.ifPresent(d -> b.append(timePhrase(d)));
        if (time.isPresent() && cost.isPresent()) {
            b.append(" and ");
        }
        cost.ifPresent(d -> b.append(costPhrase(d)));
        return b.append('.').toString();
    }

    private String timePhrase(PairedDifference d) {
        if (notDistinguishable(d)) {
            return "finishes at about the same time (mean difference " + weeks(d.meanDifference())
                    + ", not distinguishable from zero)";
        }
        boolean earlier = d.meanDifference() < 0;
        double[] interval = magnitudes(d);
        return "finishes " + weeks(Math.abs(d.meanDifference())) + (earlier ? " earlier" : " later")
                + " on average (95% interval " + number(interval[0]) + " to " + weeks(interval[1])
                + "; earlier in " + Percent.format(d.probabilityFirstBetter()) + " of runs)";
    }

    private String costPhrase(PairedDifference d) {
        if (notDistinguishable(d)) {
            return "costs about the same (mean difference " + money.formatSigned(d.meanDifference())
                    + ", not distinguishable from zero)";
        }
        boolean cheaper = d.meanDifference() < 0;
        double[] interval = magnitudes(d);
        return "costs " + money.format(Math.abs(d.meanDifference())) + (cheaper ? " less" : " more")
                + " on average (95% interval " + money.format(interval[0]) + " to " + money.format(interval[1])
                + "; cheaper in " + Percent.format(d.probabilityFirstBetter()) + " of runs)";
    }

    /** The interval of the mean as magnitudes, smaller first (the sign is said in words). */
    private static double[] magnitudes(PairedDifference d) {
        double a = Math.abs(d.meanLow());
        double b = Math.abs(d.meanHigh());
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }

    static boolean notDistinguishable(PairedDifference d) {
        return d.meanLow() <= 0 && d.meanHigh() >= 0;
    }

    /** "8 weeks", "0.1 weeks", "1 week": one decimal at most. */
    static String weeks(double weeks) {
        double rounded = Math.round(weeks * 10) / 10.0;
        return number(rounded) + (Math.abs(rounded) == 1 ? " week" : " weeks");
    }

    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
