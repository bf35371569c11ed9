package org.rolloutsim.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.rolloutsim.report.chart.Charts;
import org.rolloutsim.report.text.BoardTables;
import org.rolloutsim.report.text.ConvergenceNote;
import org.rolloutsim.report.text.ExecutiveSummary;
import org.rolloutsim.report.text.RiskCells;
import org.rolloutsim.report.text.RiskRegisterNote;
import org.rolloutsim.report.text.Verdict;
import org.rolloutsim.report.view.BoardFigures;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.RiskRow;
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
                        + calendar.longDate(0) + " \u00b7 "
                        + org.rolloutsim.report.text.Counted.of(data.provenance().runs(), "simulated run"))
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

        boardFigures(page, data);

        page.heading("When: completion date");
        JFreeChart completion = Charts.completionHistogram(data);
        page.figure(completion, "Bars: share of runs finishing in each period. Vermillion curve:"
                + " chance of finishing by a date (read the right-hand axis). "
                + capitalised(Charts.limitCaption(completion, "target") + completionLines(data.board().confidence()))
                + ". A dark bar in a grey band at the right end, if any, gathers the runs that finished far later than the rest or not at all.");

        page.heading("How much: programme cost");
        JFreeChart cost = Charts.costHistogram(data);
        page.figure(cost, "Bars: share of runs in each cost band. Vermillion curve: chance of"
                + " costing at most an amount. "
                + capitalised(Charts.limitCaption(cost, "budget") + costLines(data.board().confidence()))
                + ". A dark bar in a grey band at"
                + " the right end, if any, gathers the few runs that cost far more than the rest. Near-black parts of"
                + " bars, if any, are runs not finished by the horizon, counted at their cost up to then.");

        page.heading("How likely: on time and on budget together");
        page.figure(Charts.jointConfidence(data), "Each dot is a simulated run. Runs in the lower left corner finish"
                + " by the target date and within budget; each corner's share of runs is written in that corner, or"
                + " beside it where the corner has no room. Grey bands"
                + " at the right or top edge, if any, hold the runs far beyond the rest (see the chart's subtitle)."
                + (data.censoredRuns() == 0 ? "" : " A run not finished by the horizon "
                        // with no target date there is no "late" for it to count as
                        + (data.hasTarget() ? "counts as late, drawn" : "is drawn") + " at its cost up to then"
                        + (!data.hasBudget() ? "." : ": over the budget already, it counts as over budget; within it,"
                        + " it is not known to be on budget (as in the chance on budget above), and its share is"
                        + " written on its own, not in a corner."))
                + (Charts.jointConfidenceDrawsJcl70(data) ? " Green dashed lines: the JCL 70 point, the date and cost"
                        + " that 7 in 10 runs meet together."
                        : data.board().jcl70() == null ? ""
                        : " The JCL 70 point (" + data.horizon().shortDate(calendar, data.board().jcl70().week()) + ", "
                        + data.horizon().cost(data.money(), data.board().jcl70().cost()) + ") lies among the runs in a grey"
                        + " band, so it has no lines of its own."));

        page.heading("Why: what drives delay and cost");
        if (data.drivers().isEmpty()) {
            html.element("p", "note-box", "No uncertain input was sampled in this scenario, so nothing can be ranked.");
        } else {
            page.figure(Charts.tornado(data, Outcome.COMPLETION), "How far each uncertain input moves the completion"
                    + " date: the longer the bar, the more it matters. Vermillion, pointing right: more of it means"
                    + " later; blue, pointing left: more of it means earlier."
                    + Charts.tornadoCutOff(data, Outcome.COMPLETION));
            page.figure(Charts.tornado(data, Outcome.COST), "The same for programme cost. Vermillion, right: dearer;"
                    + " blue, left: cheaper." + Charts.tornadoCutOff(data, Outcome.COST));
        }
        riskRegister(html, data);

        waves(page, data);
        fans(page, data);
        keyInputs(page, data.keyInputs());
        page.reproducibility(data.provenance(), "Runs");
        return page.finish("Generated by rollout-sim " + data.provenance().toolVersion()
                + ". Results of a Monte Carlo simulation: chances are shares of simulated runs, not guarantees.");
    }

    /**
     * What the completion chart's dashed lines mark: P50 and the board's level, "dashed lines: P50 (half
     * of runs finish earlier) and P80 (8 in 10 finish earlier)"; P50 alone when that is the board's.
     */
    static String completionLines(double level) {
        String p50 = "P50 (half of runs finish earlier)";
        if (level == 0.5) {
            return "dashed line: " + p50;
        }
        String label = Verdict.label(level);
        String share = level == BoardFigures.DEFAULT_CONFIDENCE ? "8 in 10" : Percent.level(level) + " of runs";
        return "dashed lines: " + p50 + " and " + label + " (" + share + " finish earlier)";
    }

    /** The same for the cost chart: "dashed lines: P50 and P80". */
    /** {@code text} with its first letter upper case: a caption's lines start a sentence even with no black line. */
    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String costLines(double level) {
        return level == 0.5 ? "dashed line: P50" : "dashed lines: P50 and " + Verdict.label(level);
    }

    private static String tone(ExecutiveSummary.Tone tone) {
        return switch (tone) {
            case GOOD -> " good";
            case BAD -> " bad";
            case NEUTRAL -> "";
        };
    }

    /** The P-value table, the contingency and how precise the figures are. */
    private static void boardFigures(Page page, ReportData data) {
        Markup html = page.html();
        WeekCalendar calendar = data.calendar();
        Money money = data.money();
        BoardTables tables = new BoardTables(data);
        double level = data.board().confidence();
        boolean total = data.board().totalCost() != null;
        page.heading("Dates and costs at each confidence level");
        List<String[]> rows = new ArrayList<>();
        boolean bounds = false;
        for (BoardTables.Row row : tables.pValues()) {
            String when = BoardTables.shortDate(data, row.week());
            String label = Verdict.label(row.level()) + (Math.abs(row.level() - level) < 1e-9 ? " (board)" : "");
            String cost = tables.costAt(row.cost());
            String[] cells = total ? new String[] {label, when, cost, tables.totalCostAt(row.totalCost())}
                    : new String[] {label, when, cost};
            rows.add(cells);
            bounds |= String.join(" ", cells).contains("at least");
        }
        // "at least $1.35B" in three columns of cells that do not wrap is wider than half the page:
        // the table then takes the page's width and the contingencies go under it
        html.raw("<div class=\"" + (bounds ? "" : "grid2 ") + "tables\">\n<div class=\"table-wrap\">"
                + "<table class=\"pvalues compact\">\n");
        html.headings(total ? new String[] {"Level", "Completion", "Programme cost", "Total cost"}
                : new String[] {"Level", "Completion", "Programme cost"});
        html.raw("<tbody>\n");
        for (String[] cells : rows) {
            html.row(true, cells);
        }
        html.raw("</tbody>\n</table></div>\n<div>\n");
        if (data.hasTarget() || data.hasBudget()) {
            // on a phone, which hides the header row, a row reads "Contingency to reach: P80", not "P80" alone
            html.raw("<div class=\"table-wrap\"><table class=\"compact\">\n").labelRowHeaders()
                    .headings("Contingency to reach", "Schedule", "Money");
            html.raw("<tbody>\n");
            for (double at : tables.contingencyLevels()) {
                html.row(true, Verdict.label(at),
                        !data.hasTarget() ? "no target set"
                        : (tables.unfinishedAt(at) ? "at least " : "") + contingencyWeeks(tables.scheduleContingency(at)),
                        !data.hasBudget() ? "no budget set"
                        : tables.costCutAt(at) ? costAmongUnfinished(tables.costContingency(at), money)
                        : contingencyMoney(tables.costContingency(at), money));
            }
            html.raw("</tbody>\n</table></div>\n");
        }
        if (data.hasTarget() && data.hasBudget()) {
            html.element("p", "The plan itself: the target date is met in " + Percent.format(data.probabilities().onTime())
                    + (data.probabilities().onBudgetNotKnownAtAll() ? " of runs; whether the budget is met is not known"
                    : " of runs and the budget in " + data.probabilities().onBudgetText())
                    + (data.board().jcl70() == null ? "; no date and cost are met together by 7 in 10 runs (JCL 70),"
                    + " as fewer than 7 in 10 finish by the horizon." : "; 7 in 10 runs meet "
                    + data.horizon().shortDate(calendar, data.board().jcl70().week()) + " and "
                    + data.horizon().cost(money, data.board().jcl70().cost())
                    + " together (JCL 70).")).raw("\n");
        }
        precision(html, data);
        html.raw("</div>\n</div>\n");
        page.endKeep();
    }

    private static String contingencyWeeks(double weeks) {
        return weeks <= 0 ? "none (target already met)" : "+" + Verdict.weeks(Math.ceil(weeks));
    }

    private static String contingencyMoney(double amount, Money money) {
        return amount <= 0 ? "none (budget already met)" : money.formatSigned(amount);
    }

    /**
     * Money contingency at a level among runs not finished by the horizon, whose costs count only
     * to then: a lower bound, and nothing can be said when the cut-off costs are within budget.
     */
    private static String costAmongUnfinished(double amount, Money money) {
        return amount <= 0 ? "not known (runs not finished by the horizon)" : "at least " + money.formatSigned(amount);
    }

    /** The convergence note: how precisely this many runs pin down the board's level (P80 by default). */
    private static void precision(Markup html, ReportData data) {
        String note = ConvergenceNote.of(data);
        if (note != null) {
            html.element("p", "note", note).raw("\n");
        }
    }

    /** The risk register, ranked by what each risk adds, before and after mitigation side by side. */
    private static void riskRegister(Markup html, ReportData data) {
        List<RiskRow> risks = new BoardTables(data).rankedRisks();
        if (risks.isEmpty()) {
            return;
        }
        Money money = data.money();
        html.raw("<div class=\"keep\">").element("h3", "Risk register: what each risk adds").raw("\n");
        html.raw("<div class=\"table-wrap\"><table class=\"pairs compact\">\n").headings("Risk",
                "Occurred (share of runs)", "Adds (weeks)", "Adds (cost)", "Occurs after mitigation", "Adds after (weeks)",
                "Adds after (cost)");
        html.raw("<tbody>\n");
        for (RiskRow r : risks) {
            html.row(true, RiskCells.of(r, money, BoardTables.NONE));
        }
        html.raw("</tbody>\n</table></div>\n");
        html.element("p", "note", RiskRegisterNote.NOTE).raw("\n</div>\n");
    }

    private static void waves(Page page, ReportData data) {
        Markup html = page.html();
        WeekCalendar calendar = data.calendar();
        page.heading("Waves: planned and simulated go-live");
        List<WaveRow> waves = data.waves();
        if (waves.isEmpty()) {
            html.element("p", "note-box", "The scenario has no waves to show.");
            return;
        }
        page.figure(Charts.waveGoLives(data), Page.CHART_WIDTH, Charts.waveChartHeight(waves.size()),
                "Bars: simulated go-live date of each wave, from P10 to P90 (8 in 10 runs inside). Tick: P50."
                        + " Black diamond on top of the bar: the planned date.");
        // a programme that replans: the baseline, then the plan in force at go-live, then what happened
        boolean replans = waves.stream().anyMatch(w -> !Double.isNaN(w.replannedGoLiveWeek())
                && w.replannedGoLiveWeek() != w.plannedGoLiveWeek());
        html.raw("<div class=\"table-wrap\"><table class=\"pairs compact waves\">\n");
        html.headings(replans
                ? new String[] {"Wave", "Sites", "Baseline go-live", "Replanned to (P50)", "Go-live P10\u2013P90", "P50",
                    "Stable by (P50)", "Chance of slipping"}
                : new String[] {"Wave", "Sites", "Planned go-live", "Go-live P10\u2013P90", "P50", "Stable by (P50)",
                    "Chance of slipping"});
        html.raw("<tbody>\n");
        for (WaveRow wave : waves) {
            List<String> cells = new java.util.ArrayList<>(List.of(wave.id(), BoardTables.sites(wave),
                    calendar.shortDate(wave.plannedGoLiveWeek())));
            if (replans) {
                cells.add(Double.isNaN(wave.replannedGoLiveWeek()) ? BoardTables.NONE
                        : BoardTables.shortDate(data, wave.replannedGoLiveWeek()));
            }
            // a go-live or stabilization that had not come by the horizon reads as the horizon: its date "or later"
            cells.addAll(List.of(
                    BoardTables.shortDates(data, wave.goLive().p10(), wave.goLive().p90(), " \u2013 "),
                    BoardTables.shortDate(data, wave.goLive().p50()), BoardTables.shortDate(data, wave.p50StabilizedWeek()),
                    BoardTables.slipChance(wave)));
            html.row(true, cells.toArray(new String[0]));
        }
        html.raw("</tbody>\n</table></div>\n");
        if (waves.stream().anyMatch(WaveRow::added)) {
            html.element("p", "note", BoardTables.ADDED_WAVES_NOTE).raw("\n");
        }
        if (BoardTables.slipNotKnownInSome(waves)) {
            html.element("p", "note", BoardTables.SLIP_NOT_KNOWN_NOTE).raw("\n");
        }
    }

    private static void fans(Page page, ReportData data) {
        if (data.fans().isEmpty()) {
            return;
        }
        Markup html = page.html();
        page.heading("Week by week");
        html.element("p", "How the roll-out unfolds over time. Line: the median run (P50); band: 8 in 10 runs lie"
                + " inside it (P10 to P90).").raw("\n");
        page.openGrid();
        for (WeeklyFan fan : data.fans()) {
            // drawn small and shown larger, so tick labels read at the size of the page's small print
            page.figure(Charts.fan(data, fan), FAN_WIDTH, FAN_HEIGHT, null);
        }
        page.closeGrid();
    }

    private static void keyInputs(Page page, List<KeyInput> inputs) {
        Markup html = page.html();
        page.heading("Key inputs");
        if (inputs.isEmpty()) {
            html.element("p", "note-box", "No key inputs were given.");
            return;
        }
        html.raw("<table class=\"inputs\">\n<tbody>\n");
        for (KeyInput input : inputs) {
            html.row(true, input.label(), input.value());
        }
        html.raw("</tbody>\n</table>\n");
    }
}
