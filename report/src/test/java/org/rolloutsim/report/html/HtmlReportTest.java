package org.rolloutsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.text.BoardTables;
import org.rolloutsim.report.view.KeyInput;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.WaveRow;

class HtmlReportTest {

    private static final ReportData DATA = SampleData.builder().runs(2000).report();
    private static final String HTML = HtmlReport.render(DATA);

    @Test
    void summaryComesFirstAndAnswersTheBoardsQuestions() {
        Quantiles q = DATA.completion().quantiles();
        String p80 = "P80 completion is " + DATA.calendar().longDate(q.p80());
        int summary = HTML.indexOf(p80);
        assertTrue(summary > 0, "summary sentence missing");
        assertTrue(summary < HTML.indexOf("<svg"), "the summary must come before the first chart");
        assertTrue(HTML.contains("chance of finishing on time and on budget"));
        assertTrue(HTML.contains("P80 programme cost is " + DATA.money().format(DATA.cost().quantiles().p80())
                + " against a budget of $1.2B"));
        assertTrue(HTML.contains("The biggest driver of both delay and cost is \u201cVendor upgrade risk occurs\u201d"));
    }

    /** The captions name the dashed lines the charts draw: P50 and the board's level. */
    @Test
    void chartCaptionsNameTheBoardsLevel() {
        assertTrue(HTML.contains("dashed lines: P50 (half of runs finish earlier) and P80 (8 in 10 finish earlier)."));
        assertTrue(HTML.contains("Black line: budget; dashed lines: P50 and P80. "));
        String p95 = HtmlReport.render(SampleData.atConfidence(DATA, 0.95));
        assertTrue(p95.contains("dashed lines: P50 (half of runs finish earlier) and P95 (95% of runs finish earlier)."));
        assertTrue(p95.contains("Black line: budget; dashed lines: P50 and P95. "));
        assertFalse(p95.contains("and P80"));
        assertTrue(HtmlReport.render(SampleData.atConfidence(DATA, 0.975)).contains(
                "dashed lines: P50 (half of runs finish earlier) and P97.5 (97.5% of runs finish earlier)."));
        String p50 = HtmlReport.render(SampleData.atConfidence(DATA, 0.5));
        assertTrue(p50.contains("Black line: target; dashed line: P50 (half of runs finish earlier). "));
        assertTrue(p50.contains("Black line: budget; dashed line: P50. "));
    }

    @Test
    void writerGetsTheSameTextAsRender() throws Exception {
        StringWriter out = new StringWriter();
        HtmlReport.write(DATA, out);
        assertEquals(HTML, out.toString());
        assertEquals(HTML, HtmlReport.render(SampleData.builder().runs(2000).report()), "same data, same bytes");
    }

    /**
     * On a phone, which hides the header row, each row of the contingency table still says what it is,
     * "Contingency to reach: P80": its row header carries the column's heading, which the phone's style
     * puts before it. It had read "P80" alone, under the confidence table's own P80. Other tables' row
     * headers are as they were.
     */
    @Test
    void theContingencyTableKeepsItsHeadingOnAPhone() {
        assertTrue(HTML.contains("<th scope=\"row\" data-label=\"Contingency to reach\">P80"), HTML);
        assertTrue(HTML.contains("table.compact th[scope=\"row\"][data-label]::before { content: attr(data-label) \": \"; }"),
                "the phone's style shows it");
        assertTrue(HTML.contains("<th scope=\"row\">wave-4</th>"), "the wave table's row headers as before");
    }

    @Test
    void containsEveryChartTheWavesTableInputsAndReproducibility() {
        // histogram x2, scatter, tornado x2, waves, four fans
        assertEquals(10, count(HTML, "<div class=\"chart-wide"));
        assertTrue(HTML.contains("<th scope=\"row\">wave-4</th>"));
        assertTrue(HTML.contains("<th scope=\"row\">Core team</th><td>85 FTE, PERT(70, 85, 95)</td>"));
        assertTrue(HTML.contains("<dt>Scenario hash</dt><dd>sha256:9f2c4e7a1b3d5f60</dd>"));
        assertTrue(HTML.contains("<dt>Seed</dt><dd>42</dd>"));
        assertTrue(HTML.contains("rollout-sim run scenarios/regional.yaml --runs 2000 --seed 42"));
        assertTrue(HTML.contains("@media print"));
    }

    @Test
    void theMachinesLocaleAndTimeZoneDoNotChangeAByte() {
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            // German decimal commas and a zone west of UTC would shift "-0.5" and dates if anything leaked
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            assertEquals(HTML, HtmlReport.render(SampleData.builder().runs(2000).report()));
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void idsAreUniqueAcrossTheInlineCharts() {
        Matcher m = Pattern.compile("id=['\"]([^'\"]+)['\"]").matcher(HTML);
        Set<String> ids = new HashSet<>();
        while (m.find()) {
            assertTrue(ids.add(m.group(1)), "duplicate id " + m.group(1));
        }
        assertTrue(ids.contains("chart-1-clip-0"));
    }

    @Test
    void nothingIsLoadedFromAnywhereAndNoScriptRuns() {
        String lower = HTML.toLowerCase();
        for (String forbidden : List.of("<script", "<link", "<img", "<iframe", "src=", "@import", "url(http",
                "href=", "@font-face")) {
            assertFalse(lower.contains(forbidden), "found " + forbidden);
        }
        // the only addresses are SVG namespace names, which browsers never fetch
        String withoutNamespaces = lower.replaceAll("xmlns(:\\w+)?='[^']*'", "");
        assertFalse(withoutNamespaces.contains("http"), "an address outside a namespace declaration");
    }

    @Test
    void scenarioTextIsEscapedEverywhere() {
        String evil = "<script>alert('x')</script>";
        ReportData base = SampleData.builder().runs(300).name(evil).report();
        ReportData hostile = new ReportData(evil, evil, evil + " & \"quoted\"", base.start(), base.currency(),
                base.targetWeek(), base.budget(), base.horizonWeeks(), base.provenance(),
                List.of(new KeyInput(evil, evil)), base.completion(), base.cost(), base.censoredRuns(),
                base.probabilities(),
                List.of(new WaveRow(evil, 3, 60, new Quantiles(60, 64, 66, 70), 70, 0.5)),
                List.of(new org.rolloutsim.report.view.Driver(evil, 0.5, 0.4)),
                List.of(new org.rolloutsim.report.view.WeeklyFan(evil, org.rolloutsim.report.view.WeeklyFan.Unit.COUNT,
                        new float[] {0, 1}, new float[] {0, 2}, new float[] {0, 3})));
        String html = HtmlReport.render(hostile);
        assertFalse(html.toLowerCase().contains("<script"), "a raw <script> got through");
        assertTrue(html.contains("<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</title>"));
        assertTrue(html.contains("&amp; &quot;quoted&quot;"));
        assertTrue(html.contains("The biggest driver of both delay and cost is \u201c&lt;script&gt;"));
    }

    /**
     * A wave that had not gone live, or not stabilized, by the horizon (week 200 here) in the runs that
     * set a cell reads as the horizon in those runs: the cell says the horizon's date "or later", never
     * that date alone as if the wave went live on it.
     */
    @Test
    void aWaveNotLiveByTheHorizonReadsItsDateOrLater() {
        ReportData base = SampleData.builder().runs(1000).horizonWeeks(200).report();
        assertTrue(base.censoredRuns() > 0, "some runs run past week 200");
        ReportData data = SampleData.withWaves(base, List.of(
                new WaveRow("early", 2, 150, new Quantiles(150, 160, 170, 180), 175, 0.5),
                new WaveRow("late", 4, 170, new Quantiles(170, 185, 200, 200), 200, 0.9),
                new WaveRow("never", 6, 190, new Quantiles(200, 200, 200, 200), 200, 1)));
        String html = HtmlReport.render(data);
        var calendar = data.calendar();
        String after = calendar.shortDate(200) + " or later";
        assertTrue(html.contains("<th scope=\"row\">early</th><td data-label=\"Sites\">2</td><td data-label=\"Planned"
                + " go-live\">" + calendar.shortDate(150) + "</td><td data-label=\"Go-live P10\u2013P90\">"
                + calendar.shortDate(150) + " \u2013 " + calendar.shortDate(180) + "</td>"), "a wave live in time keeps its dates");
        assertTrue(html.contains("<td data-label=\"Go-live P10\u2013P90\">" + calendar.shortDate(170) + " \u2013 " + after
                + "</td><td data-label=\"P50\">" + calendar.shortDate(185) + "</td><td data-label=\"Stable by (P50)\">"
                + after + "</td>"), "P90 and the median stabilization had not come by the horizon");
        assertTrue(html.contains("<td data-label=\"Go-live P10\u2013P90\">" + after + "</td><td data-label=\"P50\">"
                + after + "</td><td data-label=\"Stable by (P50)\">" + after + "</td>"), "a wave never live: or later, once");
        assertFalse(html.contains("\u2013 " + calendar.shortDate(200) + "<"), "the horizon's date alone is never a go-live");
    }

    /**
     * The follow-on wave planned past the horizon (week 200) in some runs and not live by then: whether
     * it slipped is not known there, so its chance of slipping is a range, and the table says why.
     */
    @Test
    void aChanceOfSlippingSomeRunsCannotTellIsARange() {
        ReportData base = SampleData.builder().runs(1000).horizonWeeks(200).report();
        ReportData data = SampleData.withWaves(base, List.of(
                new WaveRow("early", 2, 150, new Quantiles(150, 160, 170, 180), 175, 0.5),
                new WaveRow("follow-on", 0, 185, new Quantiles(190, 200, 200, 200), 200, 0.4, List.of(), 190, 0.3, 0.5),
                new WaveRow("later", 0, 190, new Quantiles(200, 200, 200, 200), 200, 0, List.of(), 200, 0.3, 1)));
        String html = HtmlReport.render(data);
        assertTrue(html.contains("<td data-label=\"Chance of slipping\">50%</td>"), "every run tells: one figure");
        assertTrue(html.contains("<td data-label=\"Chance of slipping\">40% to 90%</td>"), "half the runs cannot tell");
        assertTrue(html.contains("<td data-label=\"Chance of slipping\">not known</td>"), "no run tells");
        assertTrue(html.contains(BoardTables.SLIP_NOT_KNOWN_NOTE), "and the note saying why");
        assertFalse(HTML.contains(BoardTables.SLIP_NOT_KNOWN_NOTE), "no note where every run tells");
    }

    /**
     * A cost in the P-value table at a level that falls among runs not finished by the horizon is a
     * lower bound, as the summary and the headline say: "at least", programme and total cost alike.
     */
    @Test
    void costsAmongRunsCutOffByTheHorizonReadAtLeastInTheTable() {
        ReportData data = SampleData.cutOffAtTheHorizon();
        String html = HtmlReport.render(data);
        String after = data.calendar().shortDate(109) + " or later";
        assertTrue(html.contains("<th scope=\"row\">P70</th><td data-label=\"Completion\">" + data.calendar().shortDate(106)
                + "</td><td data-label=\"Programme cost\">$1.3B</td><td data-label=\"Total cost\">$1.4B</td>"),
                "P70 finished by the horizon: exact");
        assertTrue(html.contains("<th scope=\"row\">P80 (board)</th><td data-label=\"Completion\">" + after
                + "</td><td data-label=\"Programme cost\">at least $1.35B</td><td data-label=\"Total cost\">at least"
                + " $1.45B</td>"), "P80 among the runs cut off: a lower bound");
        assertTrue(html.contains("<th scope=\"row\">P95</th><td data-label=\"Completion\">" + after
                + "</td><td data-label=\"Programme cost\">at least $1.45B</td><td data-label=\"Total cost\">at least"
                + " $1.55B</td>"));
        assertTrue(html.contains("P80 programme cost is at least $1.35B"), "as the summary says");
        // cells of "at least $1.35B" that do not wrap are too wide for half the page: the table takes all of it
        assertTrue(html.contains("<div class=\"tables\">\n<div class=\"table-wrap\"><table class=\"pvalues"), html);
        assertTrue(HtmlReport.render(SampleData.builder().runs(500).report())
                .contains("<div class=\"grid2 tables\">\n<div class=\"table-wrap\"><table class=\"pvalues"),
                "exact costs keep the table beside the contingencies");
    }

    /**
     * Fan charts sit two to a row (about 470-500 px each on a laptop): drawn at most 480 px wide, their
     * 11 px tick labels are shown at 11 px or larger, never shrunk below the page's small print.
     */
    @Test
    void fanChartsAreDrawnNoWiderThanTheirColumn() {
        String html = HtmlReport.render(SampleData.builder().runs(300).report());
        Matcher boxes = Pattern.compile("viewBox=['\"]0 0 (\\d+) (\\d+)['\"]").matcher(html);
        int fans = 0;
        while (boxes.find()) {
            int width = Integer.parseInt(boxes.group(1));
            if (width < 900) {
                fans++;
                assertTrue(width <= 480, "fan drawn " + width + " px wide");
            }
        }
        // four fans, and a phone copy of each of the ten charts (the fans' copies narrower still)
        assertEquals(4 + 10, fans);
        assertEquals(4, count(html, "viewBox='0 0 " + HtmlReport.FAN_WIDTH + " " + HtmlReport.FAN_HEIGHT + "'"), "four fan charts");
    }

    @Test
    void noTargetOrBudgetIsSaidPlainly() {
        String html = HtmlReport.render(SampleData.builder().runs(300).targetWeek(null).budget(null).report());
        assertTrue(html.contains("The scenario sets no target date."));
        assertTrue(html.contains("The scenario sets no budget."));
        assertTrue(html.contains("With no target date and no budget set"));
        assertFalse(html.contains(">Target "), "no target line label in the charts");
    }

    @Test
    void everyRunCensoredGivesNoDateButSaysWhy() {
        ReportData data = SampleData.builder().runs(300).allCensored().report();
        String html = HtmlReport.render(data);
        assertTrue(html.contains("None of the 300 simulated runs finished within the simulated horizon"));
        assertTrue(html.contains(data.calendar().shortDate(data.horizonWeeks()) + " or later"),
                "headline says completion is the horizon's date or later");
        assertFalse(html.contains("P80 completion is "), "no P80 date may be claimed");
        // only a lower bound, reached when the run finishes in the horizon's own week: "at least", as
        // the horizon's date reads "or later", not "more than"
        assertTrue(html.contains("data-label=\"Schedule\">at least +"), "the schedule contingency is only a lower bound");
        assertFalse(html.contains("more than +"), "a run may finish in the horizon's week");
        // costs paid only to the horizon: the money contingency is a lower bound, or unknown within budget
        assertTrue(html.contains("\">at least +") || html.contains("not known (runs not finished by the horizon)"), html);
        assertFalse(html.contains("none (budget already met)"), "a cut-off cost cannot meet the budget");
    }

    @Test
    void singleWaveAndZeroVarianceRender() {
        String html = HtmlReport.render(SampleData.builder().runs(100).waves(1).zeroVariance().report());
        assertEquals(1, count(html, "<th scope=\"row\">wave-"));
        assertTrue(html.contains("Every run gives the same result"));
        assertTrue(html.contains("Every simulated run completes on 19 November 2029, on the target of 19 November 2029."));
        assertTrue(html.contains("No uncertain input was sampled in this scenario"));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
