package org.rolloutsim.report.html;

import java.io.IOException;
import java.io.Writer;

import java.util.List;

import org.rolloutsim.report.chart.Charts;
import org.rolloutsim.report.text.BoardTables;
import org.rolloutsim.report.text.CensoredDifference;
import org.rolloutsim.report.text.Verdict;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.VariantResult;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The self-contained comparison report of two or more variants: a plain-language verdict, a summary
 * table per variant, overlaid S-curves, and the paired differences (chart and table). Same rules as
 * {@link HtmlReport}: inline CSS and SVG, no JavaScript, nothing fetched, all text escaped.
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /** Writes the report; the writer must encode UTF-8 (the page declares it) and is flushed, not closed. */
    public static void write(ComparisonData data, Writer out) throws IOException {
        out.write(render(data));
        out.flush();
    }

    public static String render(ComparisonData data) {
        Page page = new Page(data.title());
        Markup html = page.html();
        WeekCalendar calendar = data.calendar();
        Money money = data.money();

        html.open("header").element("h1", data.title()).raw("\n")
                .element("p", "subtitle", data.variants().size() + " variants \u00b7 programme start "
                        + calendar.longDate(0) + " \u00b7 " + org.rolloutsim.report.text.Counted.of(data.provenance().runs(), "run")
                        + " each, with the same random draws (common random numbers)")
                .close("header");

        Verdict verdict = new Verdict(data);
        String level = Verdict.label(data.confidence());
        html.raw("<div class=\"summary\" id=\"summary\">\n").element("h2", "Verdict at " + level).raw("\n");
        List<String> sentences = verdict.sentences();
        html.element("p", sentences.get(0)).raw("\n").open("ul");
        for (int i = 1; i <= data.variants().size(); i++) {
            html.element("li", sentences.get(i)).raw("\n");
        }
        html.close("ul");
        for (String sentence : sentences.subList(data.variants().size() + 1, sentences.size())) {
            html.element("p", sentence).raw("\n");
        }
        html.element("p", verdict.targets()).raw("\n");
        html.close("div");

        page.heading("Variants side by side");
        html.raw("<div class=\"variants\">\n");
        for (int i = 0; i < data.variants().size(); i++) {
            VariantResult v = data.variants().get(i);
            html.open("p", "variant").element("strong", ComparisonData.key(i)).text(" ").element("strong", v.name());
            if (!v.description().isBlank()) {
                html.text(": " + v.description());
            }
            html.close("p");
        }
        html.close("div");
        boolean late = data.targetWeek() != null;
        // at P50 the board's level is P50 itself: its date and cost are given once
        boolean median = Verdict.median(data.confidence());
        List<String> columns = new java.util.ArrayList<>(median ? List.of("", "P50 date", "P50 cost")
                : List.of("", "P50 date", level + " date", "P50 cost", level + " cost"));
        columns.addAll(List.of("On time", "On budget", "Both"));
        if (late) {
            columns.addAll(List.of(">6 months late", ">12 months late"));
        }
        columns.add(Verdict.NOT_FINISHED);
        html.raw("<div class=\"table-wrap\"><table class=\"pairs compact\">\n").headings(columns.toArray(new String[0]));
        html.raw("<tbody>\n");
        for (Verdict.Option o : verdict.options()) {
            VariantResult v = o.variant();
            Probabilities p = v.probabilities();
            String p50Date = v.horizonRule().shortDate(calendar, v.completion().quantiles().p50());
            String p50Cost = v.horizonRule().cost(money, v.cost().quantiles().p50());
            List<String> cells = new java.util.ArrayList<>(median ? List.of(o.key(), p50Date, p50Cost)
                    : List.of(o.key(), p50Date, v.horizonRule().shortDate(calendar, o.week()), p50Cost,
                            v.horizonRule().cost(money, o.cost())));
            cells.addAll(List.of(share(p.onTime()), p.onBudgetText(), share(p.onTimeAndBudget())));
            if (late) {
                cells.add(o.halfYearLateText());
                cells.add(o.yearLateText());
            }
            cells.add(Verdict.notFinished(v));
            html.row(true, cells.toArray(new String[0]));
        }
        html.raw("</tbody>\n</table></div>\n");

        page.heading("Completion date and cost by variant");
        page.figure(Charts.comparisonCurves(data, Outcome.COMPLETION), "Each curve gives the chance of finishing by"
                + " a date. Where a curve lies to the left, that variant finishes earlier at that level of confidence;"
                + " read across at " + Percent.level(data.confidence()) + " for the "
                + Verdict.label(data.confidence()) + " dates.");
        page.figure(Charts.comparisonCurves(data, Outcome.COST), "The same for programme cost: further left is cheaper.");

        if (!data.differences().isEmpty()) {
            page.heading("Paired differences");
            html.element("p", "Every variant saw the same random draws (the same vendor delays, the same staff"
                    + " leaving), so the difference of each run pair is due to the choices alone. Negative means the"
                    + " first variant finishes earlier or costs less.").raw("\n");
            page.figure(Charts.pairedDifferences(data, Outcome.COMPLETION), "Rows name the variants by their letters"
                    + " above. Bar: 8 in 10 run pairs differ by an amount inside it. Tick: median difference (the P50"
                    + " difference). Diamond: mean, with its 95% interval as a thin bar.");
            page.figure(Charts.pairedDifferences(data, Outcome.COST), null);
            // a fourth share, only when some run cannot tell which option is lower (cut off at the horizon)
            boolean notKnown = data.differences().stream()
                    .anyMatch(d -> CensoredDifference.of(data, d).shares(d)[3] > 0);
            boolean bounded = data.differences().stream().anyMatch(d -> !CensoredDifference.of(data, d).exact());
            List<String> headings = new java.util.ArrayList<>(List.of("Pair", "Outcome", "Mean difference",
                    "95% interval of the mean", "P10", "P50 difference", "P90", "First lower (earlier, cheaper)",
                    "First higher (later, dearer)", "Same"));
            if (notKnown) {
                headings.add("Not known (not finished)");
            }
            html.raw("<div class=\"table-wrap\"><table class=\"pairs differences compact\">\n")
                    .headings(headings.toArray(new String[0]));
            html.raw("<tbody>\n");
            for (PairedDifference d : data.differences()) {
                boolean time = d.outcome() == Outcome.COMPLETION;
                CensoredDifference c = CensoredDifference.of(data, d);
                String[] shares = Verdict.shares(data, d);
                Quantiles q = d.difference().quantiles();
                java.util.function.DoubleFunction<String> figure = x -> Verdict.difference(x, time, money);
                List<String> cells = new java.util.ArrayList<>(List.of(
                        data.pairLabel(d),
                        time ? "Completion" : "Programme cost",
                        c.mean().of(figure.apply(d.meanDifference())),
                        c.mean().of(Verdict.interval(d.meanLow(), d.meanHigh(), time, money)),
                        c.percentile(0.1, figure).of(figure.apply(q.p10())),
                        c.percentile(0.5, figure).of(figure.apply(q.p50())),
                        c.percentile(0.9, figure).of(figure.apply(q.p90())),
                        shares[0], shares[1], shares[2]));
                if (notKnown) {
                    cells.add(shares[3]);
                }
                html.row(true, cells.toArray(new String[0]));
            }
            html.raw("</tbody>\n</table></div>\n");
            if (bounded) {
                html.element("p", "note", CensoredDifference.NOTE).raw("\n");
            }
            html.element("p", "note", "P50 difference: the median of the per-run differences (first minus second),"
                    + " as in comparison.json. A difference is called material when its 95% interval excludes zero"
                    + " and, at " + level + ", it is at least a week or a hundredth of the cost.").raw("\n");
        }

        page.reproducibility(data.provenance(), "Runs per variant");
        return page.finish("Generated by rollout-sim " + data.provenance().toolVersion()
                + ". Results of a Monte Carlo simulation: chances are shares of simulated runs, not guarantees.");
    }

    private static String share(Double p) {
        return p == null ? BoardTables.NONE : Percent.format(p);
    }
}
