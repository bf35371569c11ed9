package org.rolloutsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.VariantResult;

class ComparisonReportTest {

    private static final ComparisonData DATA = SampleData.comparison(1000);

    /**
     * A signed figure never breaks after its sign: a browser may break a line between a minus sign and
     * a currency symbol (both prefixes to a number), and a narrow table cell read "at most \u2212" above
     * "$72.3M". Every sign before a figure in the page's text carries a word joiner.
     */
    @Test
    void aSignStaysWithItsFigure() {
        String html = ComparisonReport.render(DATA);
        assertTrue(html.contains("\u2212\u2060$"), "the sample has a negative sum of money");
        // the page's text: not the charts (SVG, whose text does not wrap), the stylesheet or the embedded files
        String text = html.replaceAll("(?s)<svg.*?</svg>|<style.*?</style>|<script.*?</script>", "");
        java.util.regex.Matcher loose = Pattern.compile(".{0,30}[+\u2212][\\d\\p{Sc}].{0,30}").matcher(text);
        assertFalse(loose.find(), () -> "a sign that may part from its figure: " + loose.group());
        assertEquals("\u2212\u2060$72.3M to +\u20605 weeks, A \u2212 B, C++, 5\u00a0\u2212 2",
                Markup.escape("\u2212$72.3M to +5 weeks, A \u2212 B, C++, 5\u00a0\u2212 2"));
    }

    /**
     * The interval of a mean difference reads as the console writes it, one decimal at each end: QA's
     * "+26 to +29.4 weeks" beside the console's "+26.0 weeks to +29.4 weeks".
     */
    @Test
    void anIntervalInWeeksHasOneDecimalAtEachEnd() {
        assertEquals("+26.0 to +29.4 weeks", org.rolloutsim.report.text.Verdict.interval(26.034527599080164, 29.376805734253168, true, null));
        assertEquals("\u22122.0 to 0.0 weeks", org.rolloutsim.report.text.Verdict.interval(-1.96, 0.01, true, null));
    }

    /** The curves' caption reads across at the board's level, where the chart draws its line. */
    @Test
    void curvesCaptionReadsAcrossAtTheBoardsLevel() {
        assertTrue(ComparisonReport.render(DATA).contains("read across at 80% for the P80 dates."));
        ComparisonData p95 = new ComparisonData(DATA.title(), DATA.start(), DATA.currency(), DATA.targetWeek(),
                DATA.budget(), DATA.provenance(), DATA.variants(), DATA.differences(), 0.95);
        assertTrue(ComparisonReport.render(p95).contains("read across at 95% for the P95 dates."));
    }

    /**
     * A level that is not a whole percentage is stated as given wherever the page states it: the
     * caption, the verdict and the curves' marker all say 97.5%, none rounds it to 98%.
     */
    @Test
    void aLevelBetweenWholePercentagesIsStatedAsGiven() {
        ComparisonData data = new ComparisonData(DATA.title(), DATA.start(), DATA.currency(), DATA.targetWeek(),
                DATA.budget(), DATA.provenance(), DATA.variants(), DATA.differences(), 0.975);
        String html = ComparisonReport.render(data);
        assertTrue(html.contains("read across at 97.5% for the P97.5 dates."), "the caption");
        assertTrue(html.contains("At P97.5, the confidence the board plans at (97.5% of simulated runs do at least"
                + " this well):"), "the verdict");
        assertTrue(html.contains("97.5% confidence"), "the curves' marker");
        assertFalse(html.contains("98%"), "no place rounds the level");
    }

    /** At P50 the table of variants gives each date and cost once: no second "P50 date" column. */
    @Test
    void atP50TheTableGivesEachDateAndCostOnce() {
        ComparisonData p50 = new ComparisonData(DATA.title(), DATA.start(), DATA.currency(), DATA.targetWeek(),
                DATA.budget(), DATA.provenance(), DATA.variants(), DATA.differences(), 0.5);
        String html = ComparisonReport.render(p50);
        assertTrue(html.contains("<th scope=\"col\">P50 date</th><th scope=\"col\">P50 cost</th><th scope=\"col\">On time"),
                html);
        assertEquals(DATA.variants().size(), count(html, "<td data-label=\"P50 date\">"), "one date cell per variant");
        assertTrue(ComparisonReport.render(DATA).contains("<th scope=\"col\">P50 date</th><th scope=\"col\">P80 date</th>"
                + "<th scope=\"col\">P50 cost</th><th scope=\"col\">P80 cost</th>"), "P80 keeps both");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void saysWhenNoTargetOrBudgetIsSet() {
        List<VariantResult> variants = new ArrayList<>(DATA.variants().subList(0, 2));
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(), variants,
                List.of());
        assertTrue(ComparisonReport.render(data).contains("No target date is set; no budget is set."));
    }

    @Test
    void reportHasTableCurvesDifferencesAndEscapesNames() {
        String evil = "<script>alert(1)</script>";
        List<VariantResult> variants = List.of(rename(DATA.variants().get(0), evil), DATA.variants().get(1));
        List<PairedDifference> diffs = DATA.differences().stream()
                .filter(d -> d.first().equals(DATA.variants().get(1).name()))
                .map(d -> new PairedDifference(d.first(), evil, d.outcome(), d.difference(), d.meanDifference(),
                        d.meanLow(), d.meanHigh(), d.firstLower(), d.firstHigher(), d.same()))
                .toList();
        ComparisonData data = new ComparisonData(evil, DATA.start(), "$", DATA.targetWeek(), DATA.budget(),
                DATA.provenance(), variants, diffs);
        String html = ComparisonReport.render(data);
        assertFalse(html.toLowerCase().contains("<script"));
        assertTrue(html.contains("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>"));
        // two S-curve charts and two paired-difference charts
        assertEquals(4, HtmlReportTest.count(html, "<div class=\"chart-wide\"><svg "));
        assertEquals(4, HtmlReportTest.count(html, "<div class=\"chart-narrow\"><svg "), "and a phone copy of each");
        // earlier, later and the same week are three figures, never one "chance better" with ties as half
        assertTrue(html.contains("<th scope=\"col\">First lower (earlier, cheaper)</th><th scope=\"col\">First higher"
                + " (later, dearer)</th><th scope=\"col\">Same</th>"));
        assertFalse(html.contains("Chance first is better"));
    }

    /** A variant name written into a chart's subtitle (curves cut at the end of the bulk) stays text. */
    @Test
    void namesInChartSubtitlesAreEscapedToo() {
        String evil = "<script>alert(2)</script>";
        VariantResult slow = DATA.variants().get(1);
        float[] weeks = slow.completion().values().clone();
        for (int i = 0; i < 10; i++) {
            weeks[i] = 900; // far beyond the rest: the axis stops before them and the subtitle names the variant
        }
        VariantResult tail = new VariantResult(evil, RunDistribution.of(weeks), slow.cost(), 0, slow.probabilities());
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", DATA.targetWeek(), DATA.budget(),
                DATA.provenance(), List.of(DATA.variants().get(0), tail), List.of());
        String html = ComparisonReport.render(data);
        assertTrue(Pattern.compile("runs finishing later: (A [0-9<]+%, )?B [0-9<]+%").matcher(html).find(),
                "the cut variant is named by its key in the subtitle: " + html.substring(html.indexOf("The axis ends at"),
                        html.indexOf("The axis ends at") + 160));
        assertTrue(html.contains("B: &lt;script&gt;alert(2)&lt;/script&gt;"), "and by its name in the legend");
        assertFalse(html.toLowerCase().contains("<script"));
    }

    @Test
    void aVariantComparedWithItselfShowsZeroDifferences() {
        VariantResult a = DATA.variants().get(0);
        float[] zeros = new float[a.completion().runs()];
        List<PairedDifference> none = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            none.add(PairedDifference.counted("Copy", a.name(), outcome, zeros, 0, 0, 0));
        }
        ComparisonData self = new ComparisonData("Self", DATA.start(), "$", DATA.targetWeek(), DATA.budget(),
                DATA.provenance(), List.of(a, rename(a, "Copy")), none);
        var axis = org.rolloutsim.report.chart.Charts.pairedDifferences(self, Outcome.COST).getXYPlot().getRangeAxis();
        assertTrue(axis.getRange().getLength() > 1e6, "a cost axis around zero should span millions, not dollars: "
                + axis.getRange());
        String html = ComparisonReport.render(self);
        assertTrue(html.contains("No material difference in completion date at P80 between A and B"));
        assertTrue(html.contains("<td data-label=\"First lower (earlier, cheaper)\">0%</td><td data-label=\"First higher"
                + " (later, dearer)\">0%</td><td data-label=\"Same\">100%</td>"), "earlier 0%, later 0%, same week 100%");
    }

    /** The table's three shares of a pair are one whole: 67, 67 and 66 runs of 200 read 34%, 33% and 33%. */
    @Test
    void theTablesSharesAddUpToAHundredPercent() {
        float[] diff = new float[200];
        for (int i = 0; i < 200; i++) {
            diff[i] = i < 67 ? -2 : i < 134 ? 3 : 0;
        }
        List<PairedDifference> pairs = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            pairs.add(PairedDifference.counted(DATA.variants().get(1).name(), DATA.variants().get(0).name(), outcome,
                    diff, 0.335, -0.1, 0.8));
        }
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", DATA.targetWeek(), DATA.budget(),
                DATA.provenance(), DATA.variants().subList(0, 2), pairs);
        String html = ComparisonReport.render(data);
        assertEquals(2, HtmlReportTest.count(html, "<td data-label=\"First lower (earlier, cheaper)\">34%</td>"
                + "<td data-label=\"First higher (later, dearer)\">33%</td><td data-label=\"Same\">33%</td>"), html);
    }

    /**
     * A variant that never finishes (every run at the horizon, week 520): each figure of its paired
     * difference says what it is, and the note says why; the fixture's own comparison, whose runs all
     * finish, has neither.
     */
    @Test
    void differencesAgainstAVariantThatNeverFinishesAreBoundsNotFigures() {
        VariantResult base = DATA.variants().get(0);
        float[] never = new float[base.completion().runs()];
        java.util.Arrays.fill(never, 520);
        VariantResult stuck = new VariantResult("Never", RunDistribution.of(never), base.cost(), never.length,
                base.probabilities());
        float[] diff = new float[never.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = never[i] - base.completion().values()[i];
        }
        PairedDifference time = PairedDifference.counted("Never", base.name(), Outcome.COMPLETION, diff, 300, 299, 301);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", DATA.targetWeek(), DATA.budget(),
                DATA.provenance(), List.of(base, stuck), List.of(time));
        // the text as read: without the word joiners that keep a sign with its figure
        String html = ComparisonReport.render(data).replace("\u2060", "");
        String p50 = org.rolloutsim.report.text.Verdict.weeksDifference(time.difference().quantiles().p50());
        assertTrue(html.contains("<td data-label=\"P50 difference\">at least " + p50 + "</td>"), p50);
        assertTrue(html.contains("<td data-label=\"Mean difference\">at least +300.0 weeks</td>"));
        assertTrue(html.contains("median difference at least " + p50), "the verdict says so too");
        assertTrue(html.contains(org.rolloutsim.report.text.CensoredDifference.NOTE.substring(0, 40)));
        String plain = ComparisonReport.render(DATA);
        assertFalse(plain.contains("\">at least") || plain.contains("difference at least") || plain.contains("not exact")
                || plain.contains("Not known"));
    }

    /** An option whose runs are all cut off at the horizon (week 520) has no P50 or P80 date: both read its date "or later". */
    @Test
    void anOptionUnfinishedAtALevelHasNoDateThereInTheVariantsTable() {
        VariantResult base = DATA.variants().get(0);
        float[] never = new float[base.completion().runs()];
        java.util.Arrays.fill(never, 520);
        VariantResult stuck = new VariantResult("Never", RunDistribution.of(never), base.cost(), never.length,
                base.probabilities());
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", DATA.targetWeek(), DATA.budget(),
                DATA.provenance(), List.of(base, stuck), List.of());
        String after = DATA.calendar().shortDate(520) + " or later";
        String html = ComparisonReport.render(data);
        assertTrue(html.contains("<th scope=\"row\">B</th><td data-label=\"P50 date\">" + after
                + "</td><td data-label=\"P80 date\">" + after + "</td>"), after);
        assertTrue(html.contains("<th scope=\"row\">A</th><td data-label=\"P50 date\">"
                + DATA.calendar().shortDate(base.completion().quantiles().p50()) + "</td>"), "a finished option keeps its dates");
        // and its costs, counted only to the horizon, are lower bounds; the finished option's are not
        assertTrue(html.matches("(?s).*<th scope=\"row\">B</th>.*<td data-label=\"P50 cost\">at least \\$[^<]+</td>"
                + "<td data-label=\"P80 cost\">at least \\$[^<]+</td>.*"), "B's costs");
        assertTrue(html.matches("(?s).*<th scope=\"row\">A</th>.*<td data-label=\"P50 cost\">\\$[^<]+</td>.*"), "A's costs");
    }

    /** Names of 80 characters: every paired-difference chart still draws its bars (rows are keyed A, B, C). */
    @Test
    void longVariantNamesLeaveTheDifferenceChartsDrawn() {
        ComparisonData data = SampleData.comparison(500, SampleData.LONG_NAMES.get(0), SampleData.LONG_NAMES.get(1),
                SampleData.LONG_NAMES.get(2));
        for (Outcome outcome : Outcome.values()) {
            var chart = org.rolloutsim.report.chart.Charts.pairedDifferences(data, outcome);
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.createBufferedImage(900, 480, info).flush();
            double width = info.getPlotInfo().getDataArea().getWidth();
            assertTrue(width > 500, outcome + ": the bars get most of the width, got " + width);
        }
        String html = ComparisonReport.render(data);
        for (String name : SampleData.LONG_NAMES) {
            assertTrue(html.contains(name), "each name is written out whole: " + name);
        }
    }

    @Test
    void sameDataSameBytes() {
        assertEquals(ComparisonReport.render(DATA), ComparisonReport.render(SampleData.comparison(1000)));
    }

    private static VariantResult rename(VariantResult v, String name) {
        return new VariantResult(name, v.completion(), v.cost(), v.censoredRuns(), v.probabilities());
    }
}
