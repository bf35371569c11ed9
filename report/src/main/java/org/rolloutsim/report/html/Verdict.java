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
 * The plain-language verdict of a comparison for a board reader: the baseline (the first variant),
 * then each other variant against it, earliest first, saying how much later or earlier and dearer or
 * cheaper it is on average, in durations as people say them, with the share of runs in which it is
 * better, or that the difference is within chance (its 95% interval contains zero); last, which
 * variant finishes earliest and costs least at 80% confidence.
 */
final class Verdict {

    private final ComparisonData data;
    private final Money money;

    Verdict(ComparisonData data) {
        this.data = data;
        this.money = data.money();
    }

    /**
     * The baseline (the first variant) with its headline figures; then each other variant against
     * it, earliest first, in plain words; then which variant leads at 80% confidence.
     */
    List<String> sentences() {
        List<String> out = new ArrayList<>();
        VariantResult base = data.variants().get(0);
        out.add(baseline(base));
        List<Against> others = new ArrayList<>();
        for (VariantResult variant : data.variants().subList(1, data.variants().size())) {
            Optional<Difference> time = against(variant.name(), base.name(), Outcome.COMPLETION);
            Optional<Difference> cost = against(variant.name(), base.name(), Outcome.COST);
            if (time.isPresent() || cost.isPresent()) {
                others.add(new Against(variant, time.orElse(null), cost.orElse(null)));
            }
        }
        // earliest first, then cheapest; variants without a paired time difference last
        others.sort(Comparator.comparingDouble((Against a) -> a.time == null ? Double.MAX_VALUE : a.time.mean)
                .thenComparingDouble(a -> a.cost == null ? Double.MAX_VALUE : a.cost.mean));
        for (Against a : others) {
            out.add(sentence(a, base));
        }
        out.add(leaders());
        return out;
    }

    /** One outcome of a variant against the baseline: mean difference (variant − baseline), interval, chance better. */
    private record Difference(double mean, double low, double high, double chanceBetter) {
        boolean clear() {
            return !(low <= 0 && high >= 0);
        }
    }

    private record Against(VariantResult variant, Difference time, Difference cost) {
    }

    /** The variant against the baseline, from whichever way round the pair was computed. */
    private Optional<Difference> against(String variant, String base, Outcome outcome) {
        for (PairedDifference d : data.differences()) {
            if (d.outcome() != outcome) {
                continue;
            }
            if (d.first().equals(variant) && d.second().equals(base)) {
                return Optional.of(new Difference(d.meanDifference(), d.meanLow(), d.meanHigh(), d.probabilityFirstBetter()));
            }
            if (d.first().equals(base) && d.second().equals(variant)) {
                // reversed pair: the variant is better where the difference is positive (ties count for neither)
                double chance = Double.NaN;
                if (d.difference().hasValues()) {
                    int better = 0;
                    for (float v : d.difference().values()) {
                        better += v > 0 ? 1 : 0;
                    }
                    chance = better / (double) d.difference().runs();
                }
                return Optional.of(new Difference(-d.meanDifference(), -d.meanHigh(), -d.meanLow(), chance));
            }
        }
        return Optional.empty();
    }

    private String baseline(VariantResult base) {
        StringBuilder b = new StringBuilder("Baseline: \u201c" + base.name() + "\u201d (the first variant), P80 completion "
                + data.calendar().longDate(base.completion().quantiles().p80()) + " and P80 cost "
                + money.format(base.cost().quantiles().p80()));
        Double both = base.probabilities().onTimeAndBudget();
        if (both != null) {
            b.append(", a ").append(Percent.format(both)).append(" chance of finishing on time and on budget");
        }
        return b.append('.').toString();
    }

    private String sentence(Against a, VariantResult base) {
        String name = "\u201c" + a.variant.name() + "\u201d";
        String baseName = "\u201c" + base.name() + "\u201d";
        StringBuilder b = new StringBuilder(name).append(' ');
        if (a.time != null) {
            if (a.time.clear()) {
                boolean earlier = a.time.mean < 0;
                b.append("finishes ").append(spoken(Math.abs(a.time.mean))).append(earlier ? " earlier" : " later")
                        .append(" than ").append(baseName).append(" on average");
                if (!Double.isNaN(a.time.chanceBetter)) {
                    b.append(" (earlier in ").append(Percent.format(a.time.chanceBetter)).append(" of runs)");
                }
            } else {
                b.append("finishes at about the same time as ").append(baseName)
                        .append(" (the difference is within what chance alone gives)");
            }
        }
        if (a.cost != null) {
            b.append(a.time != null ? " and " : "");
            if (a.cost.clear()) {
                boolean cheaper = a.cost.mean < 0;
                b.append("costs ").append(money.format(Math.abs(a.cost.mean))).append(cheaper ? " less" : " more")
                        .append(a.time == null ? " than " + baseName + " on average" : "");
                if (!Double.isNaN(a.cost.chanceBetter)) {
                    b.append(" (cheaper in ").append(Percent.format(a.cost.chanceBetter)).append(" of runs)");
                }
            } else {
                b.append("costs about the same (within chance)");
            }
        }
        Double mine = a.variant.probabilities().onTimeAndBudget();
        Double theirs = base.probabilities().onTimeAndBudget();
        if (mine != null && theirs != null) {
            b.append(". Chance of finishing on time and on budget: ").append(Percent.format(mine)).append(" against ")
                    .append(Percent.format(theirs));
        }
        return b.append('.').toString();
    }

    /**
     * A duration as a person says it: "less than a week", "3 weeks", "about 10 months (42 weeks)",
     * "about 2.5 years (130 weeks)".
     */
    static String spoken(double weeks) {
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

    private String leaders() {
        VariantResult earliest = data.variants().stream()
                .min(Comparator.comparingDouble(v -> v.completion().quantiles().p80())).orElseThrow();
        VariantResult cheapest = data.variants().stream()
                .min(Comparator.comparingDouble(v -> v.cost().quantiles().p80())).orElseThrow();
        String when = data.calendar().longDate(earliest.completion().quantiles().p80());
        String cost = money.format(cheapest.cost().quantiles().p80());
        if (earliest == cheapest) {
            return "At 80% confidence \u201c" + earliest.name() + "\u201d is both the earliest and the cheapest"
                    + " (P80 completion " + when + ", P80 cost " + cost + ").";
        }
        return "At 80% confidence \u201c" + earliest.name() + "\u201d finishes earliest (" + when + ") and \u201c"
                + cheapest.name() + "\u201d costs least (" + cost + ").";
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
