package org.rolloutsim.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.rolloutsim.report.chart.Charts;
import org.rolloutsim.report.view.KeyInput;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.WaveRow;
import org.rolloutsim.report.view.WeekCalendar;
import org.rolloutsim.report.view.WeeklyFan;

/**
 * The self-contained {@code report.html} of one scenario: executive summary and headline figures on
 * the first screen, then the charts (inline SVG), the per-wave table, the key inputs and the
 * reproducibility block. Inline CSS, no JavaScript, nothing fetched from any address; all scenario
 * text is escaped. The same data gives the same bytes.
 */
public final class HtmlReport {

    /** Drawing size of a fan chart; shown about 470–500 px wide in the two-column grid. */
    static final int FAN_WIDTH = 440;
    static final int FAN_HEIGHT = 320;

    /** Headline values longer than this (a driver's name) get a smaller type so the cards stay short. */
    static final int LONG_VALUE = 22;

    private HtmlReport() {
    }

    /** Writes the report; the writer must encode UTF-8 (the page declares it) and is flushed, not closed. */
    public static void write(ReportData data, Writer out) throws IOException {
        out.write(render(data));
        out.flush();
    }

    /** The report as one string. */
    public static String render(ReportData data) {
        Page page = new Page(data.title());
        Markup html = page.html();
        WeekCalendar calendar = data.calendar();

        html.open("header").element("h1", data.title()).raw("\n")
                .element("p", "subtitle", "Scenario \u201c" + data.scenarioName() + "\u201d \u00b7 programme start "
                        + calendar.longDate(0) + " \u00b7 " + String.format(java.util.Locale.ENGLISH, "%,d", data.provenance().runs())
                        + " simulated runs")
                .close("header");

        ExecutiveSummary summary = new ExecutiveSummary(data);
        html.raw("<section aria-label=\"Executive summary\">\n");
        html.open("div", "cards");
        for (ExecutiveSummary.Headline h : summary.headlines()) {
            html.open("div", "card").element("div", "label", h.label())
                    .element("div", "value" + tone(h.tone()) + (h.value().length() > LONG_VALUE ? " long" : ""), h.value())
                    .element("div", "note", h.note()).close("div");
        }
        html.close("div");
        html.raw("<div class=\"summary\" id=\"summary\">\n").element("h2", "Summary").raw("\n");
        for (String sentence : summary.sentences()) {
            html.element("p", sentence).raw("\n");
        }
        html.close("div");
        if (!data.description().isBlank()) {
            html.element("p", data.description()).raw("\n");
        }
        html.raw("</section>\n");

        html.element("h2", "When: completion date").raw("\n");
        page.figure(Charts.completionHistogram(data), "Bars: share of runs finishing in each period. Orange curve:"
                + " chance of finishing by a date (read the right-hand axis). Red line: target; dashed lines: P50"
                + " (half of runs finish earlier) and P80 (8 in 10 finish earlier). A dark bar in a grey band at the"
                + " right end, if any, gathers the runs that finished far later than the rest or not at all.");

        html.element("h2", "How much: programme cost").raw("\n");
        page.figure(Charts.costHistogram(data), "Bars: share of runs in each cost band. Orange curve: chance of"
                + " costing at most an amount. Red line: budget; dashed lines: P50 and P80. A dark bar in a grey band at"
                + " the right end, if any, gathers the few runs that cost far more than the rest.");

        html.element("h2", "How likely: on time and on budget together").raw("\n");
        page.figure(Charts.jointConfidence(data), "Each dot is a simulated run. Runs in the lower left corner finish"
                + " by the target date and within budget; the share of runs in each corner is written in it. Grey bands"
                + " at the right or top edge, if any, hold the runs far beyond the rest (see the chart's subtitle).");

        html.element("h2", "Why: what drives delay and cost").raw("\n");
        if (data.drivers().isEmpty()) {
            html.element("p", "note-box", "No uncertain input was sampled in this scenario, so nothing can be ranked.");
        } else {
            page.figure(Charts.tornado(data, Outcome.COMPLETION), "Rank correlation of each uncertain input with"
                    + " the completion date: the longer the bar, the more the input moves the date. Red: more of it"
                    + " means later; green: more of it means earlier.");
            page.figure(Charts.tornado(data, Outcome.COST), "The same for programme cost. Red: more of it means"
                    + " dearer; green: cheaper.");
        }

        waves(page, data);
        fans(page, data);
        keyInputs(html, data.keyInputs());
        page.reproducibility(data.provenance(), "Runs");
        return page.finish("Generated by rollout-sim " + data.provenance().toolVersion()
                + ". Results of a Monte Carlo simulation: chances are shares of simulated runs, not guarantees.");
    }

    private static String tone(ExecutiveSummary.Tone tone) {
        return switch (tone) {
            case GOOD -> " good";
            case BAD -> " bad";
            case NEUTRAL -> "";
        };
    }

    private static void waves(Page page, ReportData data) {
        Markup html = page.html();
        WeekCalendar calendar = data.calendar();
        html.element("h2", "Waves: planned and simulated go-live").raw("\n");
        List<WaveRow> waves = data.waves();
        if (waves.isEmpty()) {
            html.element("p", "note-box", "The scenario has no waves to show.");
            return;
        }
        page.figure(Charts.waveGoLives(data), Page.CHART_WIDTH, Charts.waveChartHeight(waves.size()),
                "Bars: simulated go-live date of each wave, from P10 to P90 (8 in 10 runs inside). Tick: P50."
                        + " Red diamond on top of the bar: the planned date.");
        html.raw("<div class=\"table-wrap\"><table>\n").headings("Wave", "Sites", "Planned go-live", "Simulated go-live P10", "P50", "P90",
                "Stable by (P50)", "Chance of slipping");
        html.raw("<tbody>\n");
        for (WaveRow wave : waves) {
            html.row(true, wave.id(), Integer.toString(wave.sites()), calendar.shortDate(wave.plannedGoLiveWeek()),
                    calendar.shortDate(wave.goLive().p10()), calendar.shortDate(wave.goLive().p50()),
                    calendar.shortDate(wave.goLive().p90()), calendar.shortDate(wave.p50StabilizedWeek()),
                    Percent.format(wave.probabilityOfSlip()));
        }
        html.raw("</tbody>\n</table></div>\n");
    }

    private static void fans(Page page, ReportData data) {
        if (data.fans().isEmpty()) {
            return;
        }
        Markup html = page.html();
        html.element("h2", "Week by week").raw("\n");
        html.element("p", "How the roll-out unfolds over time. Line: the median run (P50); band: 8 in 10 runs lie"
                + " inside it (P10 to P90).").raw("\n");
        html.open("div", "grid2");
        for (WeeklyFan fan : data.fans()) {
            // drawn small and shown larger, so tick labels read at the size of the page's small print
            page.figure(Charts.fan(data, fan), FAN_WIDTH, FAN_HEIGHT, null);
        }
        html.close("div");
    }

    private static void keyInputs(Markup html, List<KeyInput> inputs) {
        html.element("h2", "Key inputs").raw("\n");
        if (inputs.isEmpty()) {
            html.element("p", "note-box", "No key inputs were given.");
            return;
        }
        html.raw("<table>\n<tbody>\n");
        for (KeyInput input : inputs) {
            html.row(true, input.label(), input.value());
        }
        html.raw("</tbody>\n</table>\n");
    }
}
