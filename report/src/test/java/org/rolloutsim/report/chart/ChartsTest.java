package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.text.ExecutiveSummary;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Driver;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.WaveRow;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.VariantResult;
import org.rolloutsim.report.view.WeekCalendar;
import org.rolloutsim.report.view.WeeklyFan;

/** Checks what the charts show: data, markers and axis formats, from the fixed-seed sample. */
class ChartsTest {

    private static final ReportData DATA = SampleData.builder().runs(3000).report();
    private static final WeekCalendar CALENDAR = DATA.calendar();
    private static final Pattern DATE_TICK = Pattern.compile("(\\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}|\\d{4}");

    /**
     * Every run finishing in week 2 at the same cost: the axes widen the single value to a readable
     * span, but not below the programme's start (the dates used to centre on it and show months before
     * the start, November 2026 for a January 2027 start) nor below no money.
     */
    @Test
    void aNarrowSpreadNearTheStartDrawsNoAxisBeforeIt() {
        float[] weeks = new float[300];
        float[] costs = new float[300];
        java.util.Arrays.fill(weeks, 2);
        java.util.Arrays.fill(costs, 961);
        ReportData early = LabelPlacementTest.data(weeks, costs, 40, 1e6, 520);
        DateAxis dates = (DateAxis) Charts.completionHistogram(early).getXYPlot().getDomainAxis();
        assertEquals(early.calendar().epochMillis(0), dates.getLowerBound(), 1.0, "the axis starts at the programme's start");
        assertTrue(dates.getUpperBound() > early.calendar().epochMillis(2), "week 2 is inside");
        NumberAxis money = (NumberAxis) Charts.costHistogram(early).getXYPlot().getDomainAxis();
        assertTrue(money.getLowerBound() >= 0 && money.getUpperBound() > 961, "no negative money: " + money.getRange());
    }

    @Test
    void completionHistogramHoldsEveryRunAndEndsItsSCurveAtOne() {
        XYPlot plot = Charts.completionHistogram(DATA).getXYPlot();
        IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset(0);
        double shares = 0;
        for (int s = 0; s < bars.getSeriesCount(); s++) {
            for (int i = 0; i < bars.getItemCount(s); i++) {
                shares += bars.getYValue(s, i);
            }
        }
        assertEquals(1.0, shares, 1e-9, "bar shares of all runs (bulk and gathered tail) add up to 1");
        double gathered = bars.getSeriesCount() == 2 ? bars.getYValue(1, 0) : 0;
        XYDataset curve = plot.getDataset(1);
        assertEquals(1, curve.getSeriesCount());
        int last = curve.getItemCount(0) - 1;
        assertEquals(1.0 - gathered, curve.getYValue(0, last), 1e-9, "the S-curve reaches all runs drawn in place");
        assertEquals(0.0, curve.getYValue(0, 0), 1e-12);
        // the S-curve never falls
        for (int i = 1; i <= last; i++) {
            assertTrue(curve.getYValue(0, i) >= curve.getYValue(0, i - 1));
        }
        // bars are in calendar time: the first bar starts near the earliest run's date
        assertEquals(CALENDAR.epochMillis(DATA.completion().min() - 0.5), bars.getStartXValue(0, 0), 1.0);
    }

    @Test
    void completionHistogramMarksTargetP50AndP80AsDates() {
        XYPlot plot = Charts.completionHistogram(DATA).getXYPlot();
        Quantiles q = DATA.completion().quantiles();
        List<ValueMarker> markers = valueMarkers(domainLines(plot));
        assertMarker(markers, CALENDAR.epochMillis(q.p50()), "P50 " + CALENDAR.longDate(q.p50()));
        assertMarker(markers, CALENDAR.epochMillis(q.p80()), "P80 " + CALENDAR.longDate(q.p80()));
        assertMarker(markers, CALENDAR.epochMillis(DATA.targetWeek()), "Target " + CALENDAR.longDate(DATA.targetWeek()));
        assertInstanceOf(DateAxis.class, plot.getDomainAxis());
    }

    /** With --confidence P95 the charts mark the board's P95 beside P50, as the headline and tables state it. */
    @Test
    void distributionChartsMarkTheBoardsLevelBesideP50() {
        ReportData p95 = SampleData.atConfidence(DATA, 0.95);
        double week = p95.completion().percentile(0.95);
        double cost = p95.cost().percentile(0.95);
        List<ValueMarker> dates = valueMarkers(domainLines(Charts.completionHistogram(p95).getXYPlot()));
        assertMarker(dates, CALENDAR.epochMillis(week), "P95 " + CALENDAR.longDate(week));
        assertMarker(dates, CALENDAR.epochMillis(p95.completion().quantiles().p50()),
                "P50 " + CALENDAR.longDate(p95.completion().quantiles().p50()));
        assertTrue(dates.stream().noneMatch(m -> m.getLabel().startsWith("P80")), "no P80 the board did not ask for");
        List<ValueMarker> costs = valueMarkers(domainLines(Charts.costHistogram(p95).getXYPlot()));
        assertMarker(costs, cost, "P95 " + DATA.money().format(cost));
        assertTrue(costs.stream().noneMatch(m -> m.getLabel().startsWith("P80")), "no P80 the board did not ask for");
    }

    /** A board planning at P50 gets one dashed line, not P50 twice. */
    @Test
    void aBoardAtP50GetsOneDashedLine() {
        ReportData p50 = SampleData.atConfidence(DATA, 0.5);
        List<ValueMarker> markers = valueMarkers(domainLines(Charts.completionHistogram(p50).getXYPlot()));
        assertEquals(List.of("Target", "P50"), markers.stream().map(m -> m.getLabel().split(" ")[0]).toList());
    }

    @Test
    void completionAxisShowsDatesNeverWeekNumbers() {
        String svg = ChartFiles.svgElement(Charts.completionHistogram(DATA), 900, 480, "t");
        List<String> ticks = axisTexts(svg);
        long dates = ticks.stream().filter(t -> DATE_TICK.matcher(t).matches()).count();
        assertTrue(dates >= 4, "expected date ticks, got " + ticks);
        assertFalse(ticks.contains(String.valueOf((int) DATA.completion().quantiles().p50())),
                "a raw week number appears among " + ticks);
    }

    @Test
    void withoutTargetThereIsNoTargetLine() {
        ReportData noTarget = SampleData.builder().runs(500).targetWeek(null).report();
        List<ValueMarker> markers = valueMarkers(domainLines(Charts.completionHistogram(noTarget).getXYPlot()));
        assertEquals(2, markers.size(), "P50 and P80 only");
        assertTrue(markers.stream().noneMatch(m -> m.getLabel().startsWith("Target")));
    }

    @Test
    void costHistogramMarksBudgetAndFormatsTheAxisAsMoney() {
        XYPlot plot = Charts.costHistogram(DATA).getXYPlot();
        List<ValueMarker> markers = valueMarkers(domainLines(plot));
        assertMarker(markers, DATA.budget(), "Budget $1.2B");
        Quantiles q = DATA.cost().quantiles();
        assertMarker(markers, q.p80(), "P80 " + DATA.money().format(q.p80()));
        NumberAxis axis = (NumberAxis) plot.getDomainAxis();
        assertEquals("$1.25B", axis.getStandardTickUnits().getCeilingTickUnit(5e7).valueToString(1.25e9));
        String svg = ChartFiles.svgElement(Charts.costHistogram(DATA), 900, 480, "c");
        assertTrue(axisTexts(svg).stream().anyMatch(t -> t.matches("\\$\\d+(\\.\\d+)?[MB]")),
                "money ticks expected in " + axisTexts(svg));
    }

    /** A cost percentile that takes in a run not finished by the horizon is marked "at least" on the chart too. */
    @Test
    void costMarkersAmongUnfinishedRunsReadAtLeast() {
        ReportData cut = SampleData.cutOffAtTheHorizon();
        List<ValueMarker> markers = valueMarkers(domainLines(Charts.costHistogram(cut).getXYPlot()));
        Quantiles q = cut.cost().quantiles();
        assertMarker(markers, q.p80(), "P80 at least " + cut.money().format(q.p80()));
        assertMarker(markers, q.p50(), "P50 " + cut.horizon().cost(cut.money(), q.p50()));
    }

    @Test
    void jointConfidenceSubsamplesDotsButCountsEveryRunInTheQuadrants() {
        ReportData big = SampleData.builder().runs(9001).report();
        XYPlot plot = Charts.jointConfidence(big).getXYPlot();
        int stride = JointConfidenceChart.stride(9001);
        assertEquals(5, stride);
        assertEquals((9001 + stride - 1) / stride, plot.getDataset().getItemCount(0));
        assertTrue(plot.getDataset().getItemCount(0) <= JointConfidenceChart.MAX_DOTS);

        float[] w = big.completion().values();
        float[] c = big.cost().values();
        int both = 0;
        for (int i = 0; i < w.length; i++) {
            both += w[i] <= big.targetWeek() && c[i] <= big.budget() ? 1 : 0;
        }
        List<String> notes = annotations(plot);
        assertEquals(4, notes.size());
        String expected = "On time and on budget: " + Math.round(100.0 * both / w.length) + "%";
        assertTrue(notes.contains(expected), expected + " not in " + notes);
        // written by the largest-remainder rule, the points add up to 100 ("<1%" has none of them)
        int sum = notes.stream().mapToInt(n -> n.endsWith("<1%") ? 0 : Integer.parseInt(n.replaceAll(".*: >?(\\d+)%", "$1")))
                .sum();
        assertEquals(100, sum, "the quadrant shares add up to 100%: " + notes);

        assertMarker(valueMarkers(domainLines(plot)), CALENDAR.epochMillis(big.targetWeek()),
                "Target " + CALENDAR.longDate(big.targetWeek()));
        assertMarker(valueMarkers(plot.getRangeMarkers(LabelLayout.LINES, Layer.FOREGROUND)), big.budget(), "Budget $1.2B");
    }

    /**
     * Runs not finished by the horizon count as the headline counts them: late, and over budget only
     * when their cost so far already is; within the budget they are not known to be on budget. The
     * chart counted the four cut off at $900M so far as "Late, on budget" (50% against a headline of 40%).
     */
    @Test
    void jointConfidenceCountsUnfinishedRunsAsTheHeadlineDoes() {
        float[] weeks = {60, 62, 64, 100, 102, 109, 109, 109, 109, 109};
        float[] costs = {1.0e9f, 1.0e9f, 1.0e9f, 1.1e9f, 1.3e9f, 0.9e9f, 0.9e9f, 0.9e9f, 0.9e9f, 1.5e9f};
        // the headline's rule (TargetProbabilities): a run not finished is neither on time nor on budget
        Probabilities headline = new Probabilities(0.3, 0.4, 0.3);
        ReportData data = new ReportData("Risk report", "Clinic", "", SampleData.START, "$", 68, 1.2e9, 109,
                new Provenance("0.1.0", "sha256:00", 7, 10, "rollout-sim run clinic.yaml"), List.of(),
                RunDistribution.of(weeks), RunDistribution.of(costs), 5, headline, List.of(), List.of(), List.of());
        JFreeChart chart = Charts.jointConfidence(data);
        List<String> notes = annotations(chart.getXYPlot());
        assertTrue(notes.contains("On time and on budget: 30%"), notes.toString());
        assertTrue(notes.contains("On time, over budget: 0%"), notes.toString());
        assertTrue(notes.contains("Late, on budget: 10%"), notes.toString());
        assertTrue(notes.contains("Late and over budget: 20%"), notes.toString());
        assertTrue(notes.contains(JointConfidenceChart.NOT_KNOWN + ": 40%"), notes.toString());
        assertEquals(5, notes.size(), notes.toString());
        int onBudget = notes.stream().filter(n -> n.contains(" on budget: "))
                .mapToInt(n -> Integer.parseInt(n.replaceAll(".*: (\\d+)%", "$1"))).sum();
        assertEquals(Math.round(100 * headline.onBudget()), onBudget, "the on-budget corners add up to the headline");
        assertTrue(subtitles(chart).stream().anyMatch(t -> t.contains("a run not finished is late, its cost counted only to the horizon")),
                subtitles(chart).toString());

        // every run finished: no share apart, no note
        ReportData finished = SampleData.builder().runs(500).report();
        assertFalse(annotations(Charts.jointConfidence(finished).getXYPlot()).stream()
                .anyMatch(n -> n.startsWith(JointConfidenceChart.NOT_KNOWN)));
    }

    /**
     * The corners read what the headline reads: the corner on time and on budget its JCL, the corners
     * on budget its chance on budget. 3,000 runs as QA's big bang cut by the horizon: 942 on time and on
     * budget (31.4%), 881 late within budget (29.4%), 1,177 not finished within budget so far (39.2%).
     * Rounded by the largest remainder the JCL corner had read 32% beside a headline "both (JCL) 31%".
     */
    @Test
    void jointConfidenceCornersAgreeWithTheHeadlineRounding() {
        int runs = 3000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            weeks[i] = i < 942 ? 60 : i < 942 + 881 ? 100 : 109;
            costs[i] = 0.9e9f;
        }
        Probabilities headline = new Probabilities(942 / 3000.0, 1823 / 3000.0, 942 / 3000.0, 1177 / 3000.0);
        ReportData data = new ReportData("Risk report", "Clinic", "", SampleData.START, "$", 68, 1.2e9, 109,
                new Provenance("0.1.0", "sha256:00", 7, runs, "rollout-sim run clinic.yaml"), List.of(),
                RunDistribution.of(weeks), RunDistribution.of(costs), 1177, headline, List.of(), List.of(), List.of());
        List<String> notes = annotations(Charts.jointConfidence(data).getXYPlot());
        assertEquals("31%", Percent.format(headline.onTimeAndBudget()));
        assertEquals("61% to 100%", headline.onBudgetText());
        assertTrue(notes.contains("On time and on budget: 31%"), notes.toString());
        assertTrue(notes.contains("On time, over budget: 0%"), notes.toString());
        assertTrue(notes.contains("Late, on budget: 30%"), notes.toString());
        assertTrue(notes.contains("Late and over budget: 0%"), notes.toString());
        assertTrue(notes.contains(JointConfidenceChart.NOT_KNOWN + ": 39%"), notes.toString());
    }

    /**
     * Over many batches of every shape the corners add up to the headline's chances as it writes them:
     * on time and on budget its JCL, the two on time its chance on time, the two on budget the lower end
     * of its chance on budget, with those not known its upper end. Each share rounded alone, or all by
     * the largest remainder, 42.4% and 14.6% on budget read 42% and 14% beside a headline of 57%.
     */
    @Test
    void jointConfidenceCornersAddUpToTheHeadlineChances() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 20000; trial++) {
            int runs = 1 + random.nextInt(trial < 10000 ? 300 : 5000);
            long[][] count = new long[2][2];
            long notKnown = 0;
            for (int r = 0; r < runs; r++) {
                int kind = random.nextInt(5);
                if (kind == 4) {
                    notKnown++;
                } else {
                    count[kind / 2][kind % 2]++;
                }
            }
            JointConfidenceChart.Quadrants q = new JointConfidenceChart.Quadrants(count, notKnown);
            String[][] w = q.written(true, true, runs);
            String nk = q.writtenNotKnown(true, runs);
            String jcl = Percent.format(count[0][0] / (double) runs);
            String onTime = Percent.format((count[0][0] + count[0][1]) / (double) runs);
            String low = Percent.format((count[0][0] + count[1][0]) / (double) runs);
            String high = Percent.format((count[0][0] + count[1][0] + notKnown) / (double) runs);
            String shape = runs + " runs " + java.util.Arrays.deepToString(count) + " + " + notKnown;
            assertEquals(jcl, w[0][0], shape);
            // and never a corner misread: each is its own share within a point, "<1%" only under half a point
            for (int late = 0; late < 2; late++) {
                for (int over = 0; over < 2; over++) {
                    assertWithinAPoint(count[late][over], runs, w[late][over], shape);
                }
            }
            assertWithinAPoint(notKnown, runs, nk, shape);
            // where what the headline leaves a corner is its own share within a point, the corner reads it
            if (w[0][1].matches("\\d+%") && jcl.matches("\\d+%") && onTime.matches("\\d+%")
                    && withinAPoint(pts(onTime) - pts(jcl), count[0][1], runs)) {
                assertEquals(pts(onTime), pts(jcl) + pts(w[0][1]), shape);
            }
            if (w[1][0].matches("\\d+%") && jcl.matches("\\d+%") && low.matches("\\d+%")
                    && withinAPoint(pts(low) - pts(jcl), count[1][0], runs)) {
                assertEquals(pts(low), pts(jcl) + pts(w[1][0]), shape);
            }
            if (nk.matches("\\d+%") && low.matches("\\d+%") && high.matches("\\d+%")
                    && withinAPoint(pts(high) - pts(low), notKnown, runs)) {
                assertEquals(pts(high), pts(low) + pts(nk), shape);
            }
        }
    }

    /**
     * A corner with one run or a few beside a JCL of 99.45% and a chance on time of 99.5%: the figures the
     * headline's chances leave it (100 − 99 = 1 point) would write one run in 2,000 as "1%"; it reads "<1%",
     * as its own share does, and so do the others under half a point.
     */
    @Test
    void jointConfidenceNeverWritesATinyCornerLarge() {
        JointConfidenceChart.Quadrants q = new JointConfidenceChart.Quadrants(new long[][] {{1989, 1}, {1, 9}}, 0);
        String[][] w = q.written(true, true, 2000);
        assertEquals("99%", w[0][0]);
        assertEquals("<1%", w[0][1], "one run in 2,000 on time and over budget");
        assertEquals("<1%", w[1][0], "one run in 2,000 late and on budget");
        assertEquals("<1%", w[1][1], "nine runs in 2,000 late and over budget");
    }

    /** A corner's text against its own share: a whole percentage within a point, "<1%" under half a point. */
    private static void assertWithinAPoint(long of, int runs, String written, String shape) {
        double points = 100.0 * of / runs;
        if (of == 0) {
            assertEquals("0%", written, shape);
        } else if (written.equals("<1%")) {
            assertTrue(points < 0.5, written + " for " + points + " points: " + shape);
        } else if (written.equals(">99%")) {
            assertTrue(points >= 99.5 && of < runs, written + " for " + points + " points: " + shape);
        } else {
            assertTrue(Math.abs(pts(written) - points) < 1, written + " for " + points + " points: " + shape);
            assertTrue(points >= 0.5, written + " for " + points + " points: " + shape);
        }
    }

    /** Whether {@code points} is the share {@code of / runs} in whole points, rounded down or up. */
    private static boolean withinAPoint(int points, long of, int runs) {
        double exact = 100.0 * of / runs;
        return points >= Math.floor(exact) && points <= Math.ceil(exact);
    }

    private static int pts(String percent) {
        return Integer.parseInt(percent.replace("%", ""));
    }

    @Test
    void jointConfidenceWithTargetOnlyHasTwoHalves() {
        ReportData targetOnly = SampleData.builder().runs(500).budget(null).report();
        XYPlot plot = Charts.jointConfidence(targetOnly).getXYPlot();
        List<String> notes = annotations(plot);
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("On time: ") && notes.get(1).startsWith("Late: "), notes.toString());
        assertTrue(plot.getRangeMarkers(Layer.FOREGROUND) == null || plot.getRangeMarkers(Layer.FOREGROUND).isEmpty());
    }

    @Test
    void tornadoSortsDriversByStrengthAndKeepsTheTopTenThatStandOutFromNoise() {
        // over 3,000 runs a rank correlation stands out from noise at |rho| >= 3.5 / sqrt(2,999) = 0.064:
        // nine of the twelve inputs for delay; 0.05, -0.04 and 0.02 do not
        CategoryDataset delay = ((CategoryPlot) Charts.tornado(DATA, Outcome.COMPLETION).getPlot()).getDataset();
        assertEquals(9, delay.getColumnCount());
        assertFalse(delay.getColumnKeys().contains("Training hours per user"));
        assertTrue(delay.getColumnKeys().contains("Scope change requests"), "0.08 stands out");
        assertEquals("Vendor upgrade risk occurs", delay.getColumnKey(0));
        assertEquals(0.52, delay.getValue(0, 0).doubleValue(), 0.0);
        for (int i = 1; i < delay.getColumnCount(); i++) {
            assertTrue(Math.abs(delay.getValue(0, i).doubleValue()) <= Math.abs(delay.getValue(0, i - 1).doubleValue()));
        }
        // "Daily rate of contractors" barely moves the date but is the fourth driver of cost
        CategoryDataset cost = ((CategoryPlot) Charts.tornado(DATA, Outcome.COST).getPlot()).getDataset();
        assertEquals("Daily rate of contractors", cost.getColumnKey(3));
        assertFalse(delay.getColumnKeys().contains("Daily rate of contractors"));
    }

    /**
     * The summary's biggest driver is the bar at the top of the tornado, for both outcomes: here the
     * largest rank correlation ("Steady") has the smaller swing, and the input with the largest swing
     * ("Tail noise") does not stand out from the noise of 1,000 runs (3.5 / sqrt(999) = 0.11).
     */
    @Test
    void theSummarysBiggestDriverIsTheTornadosTopBar() {
        ReportData base = SampleData.withRuns(DATA, 1000);
        ReportData data = new ReportData(base.title(), base.scenarioName(), base.description(), base.start(),
                base.currency(), base.targetWeek(), base.budget(), base.horizonWeeks(), base.provenance(),
                base.keyInputs(), base.completion(), base.cost(), base.censoredRuns(), base.probabilities(),
                base.waves(), List.of(new Driver("Steady", 0.6, -0.5, 4, -1e6), new Driver("Lumpy", 0.3, 0.2, 20, 5e6),
                        new Driver("Tail noise", 0.05, 0.05, 40, 9e6)), base.fans(), base.board());
        ExecutiveSummary summary = new ExecutiveSummary(data);
        for (Outcome outcome : Outcome.values()) {
            CategoryDataset bars = ((CategoryPlot) Charts.tornado(data, outcome).getPlot()).getDataset();
            assertEquals("Lumpy", bars.getColumnKey(0), outcome.toString());
            assertEquals(bars.getColumnKey(0), summary.top(outcome).label(), outcome.toString());
        }
    }

    /**
     * The tornado in weeks labels each swing to one decimal always, as a comparison writes a difference:
     * a swing of 22.99 weeks reads "+23.0 weeks" beside "+4.3 weeks", not "+23 weeks".
     */
    @Test
    void theTornadosWeekLabelsKeepOneDecimal() {
        ReportData base = SampleData.withRuns(DATA, 1000);
        ReportData data = new ReportData(base.title(), base.scenarioName(), base.description(), base.start(),
                base.currency(), base.targetWeek(), base.budget(), base.horizonWeeks(), base.provenance(),
                base.keyInputs(), base.completion(), base.cost(), base.censoredRuns(), base.probabilities(),
                base.waves(), List.of(new Driver("Effort", 0.6, 0.5, 22.99, 1e6), new Driver("Rates", 0.3, 0.4, 4.3, 5e5),
                        new Driver("Vendor", -0.3, 0.2, -2.0, 1e5)), base.fans(), base.board());
        CategoryPlot plot = (CategoryPlot) Charts.tornado(data, Outcome.COMPLETION).getPlot();
        CategoryDataset bars = plot.getDataset();
        List<String> labels = new java.util.ArrayList<>();
        for (int column = 0; column < bars.getColumnCount(); column++) {
            labels.add(plot.getRenderer().getItemLabelGenerator(0, column).generateLabel(bars, 0, column));
        }
        assertEquals(List.of("+23.0 weeks", "+4.3 weeks", "\u22122.0 weeks"), labels);
    }

    /**
     * A bar whose two ends differ by 10 points or more in their share of runs not finished by the
     * horizon is marked, and the chart says what the mark means with that bar's shares; a bar whose
     * ends differ by less is not.
     */
    @Test
    void aTornadoBarWhoseEndsAreCutOffUnevenlyIsMarkedAndExplained() {
        ReportData base = SampleData.withRuns(DATA, 1000);
        ReportData data = new ReportData(base.title(), base.scenarioName(), base.description(), base.start(),
                base.currency(), base.targetWeek(), base.budget(), base.horizonWeeks(), base.provenance(),
                base.keyInputs(), base.completion(), base.cost(), base.censoredRuns(), base.probabilities(),
                base.waves(), List.of(new Driver("Effort", 0.6, -0.5, 40, -118e6, 0.38, 1.0),
                        new Driver("Rates", 0.3, 0.4, 4, 17e6, 0.9, 0.95)), base.fans(), base.board());
        JFreeChart cost = Charts.tornado(data, Outcome.COST);
        CategoryDataset bars = ((CategoryPlot) cost.getPlot()).getDataset();
        assertEquals(List.of("Effort *", "Rates"), bars.getColumnKeys());
        assertTrue(subtitles(cost).stream().anyMatch(t -> t.contains("* The runs with the most and the least of this"
                + " input differ by 10 points or more in their share not finished by the horizon (for \u201cEffort\u201d,"
                + " 100% against 38%). An unfinished run counts its cost only up to the horizon")), subtitles(cost).toString());
        assertTrue(Charts.tornadoCutOff(data, Outcome.COST).contains("For \u201cEffort\u201d, 100% of the runs with the"
                + " most of it had not finished by the horizon, against 38% of those with the least."));
        assertEquals("", Charts.tornadoCutOff(DATA, Outcome.COST));
    }

    @Test
    void fanHoldsPercentilesPerWeekOnADateAxis() {
        WeeklyFan fan = DATA.fans().get(0);
        XYPlot plot = Charts.fan(DATA, fan).getXYPlot();
        IntervalXYDataset d = (IntervalXYDataset) plot.getDataset();
        // every fan spans the weeks of the longest one, so the four read one above the other
        int common = DATA.fans().stream().mapToInt(FanChart::shownWeeks).max().orElseThrow();
        assertEquals(Math.min(fan.weeks(), common), d.getItemCount(0));
        for (WeeklyFan other : DATA.fans()) {
            assertEquals(plot.getDomainAxis().getRange(), Charts.fan(DATA, other).getXYPlot().getDomainAxis().getRange(),
                    "all fans share one date range");
        }
        assertEquals(CALENDAR.epochMillis(40), d.getXValue(0, 40), 0.0);
        assertEquals(fan.p50()[40], d.getYValue(0, 40), 0.0);
        assertEquals(fan.p10()[40], d.getStartYValue(0, 40), 0.0);
        assertEquals(fan.p90()[40], d.getEndYValue(0, 40), 0.0);
        assertInstanceOf(DateAxis.class, plot.getDomainAxis());
        NumberAxis money = (NumberAxis) plot.getRangeAxis();
        assertEquals("$500M", money.getStandardTickUnits().getCeilingTickUnit(1e8).valueToString(5e8));
    }

    @Test
    void fanDropsTheFlatTailAfterEveryRunHasEnded() {
        float[] flat = new float[300];
        for (int w = 0; w < 300; w++) {
            flat[w] = Math.min(w, 100);
        }
        WeeklyFan fan = new WeeklyFan("Sites live", WeeklyFan.Unit.COUNT, flat, flat, flat);
        assertEquals(100 + 1 + 8, FanChart.shownWeeks(fan));
    }

    @Test
    void waveChartShowsSimulatedRangeP50AndPlannedDate() {
        XYPlot plot = Charts.waveGoLives(DATA).getXYPlot();
        IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset(0);
        XYDataset marks = plot.getDataset(1);
        assertEquals(DATA.waves().size(), bars.getItemCount(0));
        var wave = DATA.waves().get(2);
        assertEquals(CALENDAR.epochMillis(wave.goLive().p10()), bars.getStartYValue(0, 2), 0.0);
        assertEquals(CALENDAR.epochMillis(wave.goLive().p90()), bars.getEndYValue(0, 2), 0.0);
        assertEquals(WaveChart.P50_SERIES, marks.getSeriesKey(0));
        assertEquals(CALENDAR.epochMillis(wave.goLive().p50()), marks.getYValue(0, 2), 0.0);
        assertEquals(WaveChart.PLANNED_SERIES, marks.getSeriesKey(1));
        assertEquals(CALENDAR.epochMillis(wave.plannedGoLiveWeek()), marks.getYValue(1, 2), 0.0);
    }

    @Test
    void theFollowOnWaveIsLabelledForTheModulesItCarriesNotItsNoSites() {
        Quantiles q = new Quantiles(150, 160, 170, 180);
        assertEquals("wave-2 (4 sites)", WaveChart.label(new WaveRow("wave-2", 4, 150, q, 175, 0.5)));
        assertEquals("central (1 site)", WaveChart.label(new WaveRow("central", 1, 150, q, 175, 0.5)));
        assertEquals("follow-on (deferred modules)", WaveChart.label(
                new WaveRow("follow-on", 0, 150, q, 175, 0.5, List.of(), Double.NaN, 0.4, 0)));
    }

    @Test
    void comparisonCurvesHaveOneCurvePerVariantEndingAtCertainty() {
        ComparisonData comparison = SampleData.comparison(1000);
        XYPlot plot = Charts.comparisonCurves(comparison, Outcome.COMPLETION).getXYPlot();
        XYDataset curves = plot.getDataset();
        assertEquals(comparison.variants().size(), curves.getSeriesCount());
        for (int s = 0; s < curves.getSeriesCount(); s++) {
            assertEquals(ComparisonData.key(s) + ": " + comparison.variants().get(s).name(), curves.getSeriesKey(s));
            double end = curves.getYValue(s, curves.getItemCount(s) - 1);
            // a curve ends at certainty unless the axis stops before its last runs, which the subtitle says
            assertTrue(end == 1.0 || (end >= 0.95 && subtitles(Charts.comparisonCurves(comparison, Outcome.COMPLETION))
                    .stream().anyMatch(t -> t.contains("The axis ends at"))), "curve ends at " + end);
        }
        assertMarker(valueMarkers(domainLines(plot)),
                CALENDAR.epochMillis(comparison.targetWeek()), "Target " + CALENDAR.longDate(comparison.targetWeek()));
        XYPlot cost = Charts.comparisonCurves(comparison, Outcome.COST).getXYPlot();
        assertMarker(valueMarkers(domainLines(cost)), comparison.budget(), "Budget $1.2B");
    }

    /**
     * A variant half of whose runs did not finish by its horizon (week 62) has no date for them, and
     * their costs count only to then: neither curve draws them, so both end at one half, and the
     * subtitle names the share (they had been drawn as finishing at the horizon, at 100%, ahead of a
     * variant that finished).
     */
    @Test
    void comparisonCurvesLeaveOutRunsNotFinishedByTheHorizon() {
        float[] done = new float[100];
        float[] cut = new float[100];
        float[] costs = new float[100];
        for (int i = 0; i < 100; i++) {
            done[i] = i < 95 ? 70 + i % 10 : 400; // a tail far beyond the rest: the axis ends before it
            cut[i] = i < 50 ? 40 + i % 20 : 62;
            costs[i] = 1e6f + i * 1e3f;
        }
        VariantResult finished = new VariantResult("Finished", RunDistribution.of(done), RunDistribution.of(costs), 0,
                Probabilities.count(done, costs, null, null));
        VariantResult shortOne = new VariantResult("Short", RunDistribution.of(cut), RunDistribution.of(costs), 50,
                Probabilities.count(cut, costs, null, null));
        ComparisonData data = new ComparisonData("t", SampleData.comparison(100).start(), "$", null, null,
                SampleData.comparison(100).provenance(), List.of(finished, shortOne), List.of());
        for (Outcome outcome : Outcome.values()) {
            JFreeChart chart = Charts.comparisonCurves(data, outcome);
            XYDataset curves = chart.getXYPlot().getDataset();
            double endOfA = curves.getYValue(0, curves.getItemCount(0) - 1);
            assertEquals(outcome == Outcome.COMPLETION ? 0.95 : 1.0, endOfA, 1e-12, outcome + ": A, up to its tail");
            assertEquals(0.5, curves.getYValue(1, curves.getItemCount(1) - 1), 1e-12, outcome + ": B ends at half");
            assertTrue(subtitles(chart).stream().anyMatch(s -> s.contains("are not drawn: B 50%")), subtitles(chart).toString());
            if (outcome == Outcome.COMPLETION) {
                // nor drawn on flat past its horizon, as if no run of it finished later
                assertTrue(curves.getXValue(1, curves.getItemCount(1) - 1) < data.calendar().epochMillis(62),
                        "B stops before its horizon");
            }
        }
    }

    @Test
    void pairedDifferenceChartHasARowPerPairAndAZeroLine() {
        ComparisonData comparison = SampleData.comparison(1000);
        XYPlot plot = Charts.pairedDifferences(comparison, Outcome.COMPLETION).getXYPlot();
        IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(2, bars.getItemCount(0), "two pairs against the baseline");
        var pair = comparison.differences().get(0);
        assertEquals(pair.difference().quantiles().p10(), bars.getStartYValue(0, 0), 0.0);
        assertEquals(pair.meanLow(), bars.getStartYValue(1, 0), 0.0);
        assertEquals(pair.meanDifference(), plot.getDataset(1).getYValue(1, 0), 0.0);
        assertMarker(valueMarkers(plot.getRangeMarkers(Layer.FOREGROUND)), 0.0, null);
    }

    @Test
    void zeroVarianceAndAllCensoredStillDrawOneBar() {
        ReportData flat = SampleData.builder().runs(200).zeroVariance().report();
        IntervalXYDataset bars = (IntervalXYDataset) Charts.completionHistogram(flat).getXYPlot().getDataset(0);
        assertEquals(1, bars.getItemCount(0));
        assertEquals(1.0, bars.getYValue(0, 0), 0.0);
        ChartFiles.svgElement(Charts.costHistogram(flat), 900, 480, "z"); // draws without error

        ReportData stuck = SampleData.builder().runs(200).allCensored().report();
        JFreeChart chart = Charts.completionHistogram(stuck);
        assertEquals(1, ((IntervalXYDataset) chart.getXYPlot().getDataset(0)).getItemCount(0));
        assertTrue(subtitles(chart).stream().anyMatch(t -> t.startsWith("100% of runs had not finished")),
                subtitles(chart).toString());
    }

    @Test
    void oneWaveAndNoDriversStillDraw() {
        ReportData one = SampleData.builder().runs(200).waves(1).zeroVariance().report();
        assertEquals(1, ((IntervalXYDataset) Charts.waveGoLives(one).getXYPlot().getDataset(0)).getItemCount(0));
        JFreeChart tornado = Charts.tornado(one, Outcome.COMPLETION);
        assertEquals(0, ((CategoryPlot) tornado.getPlot()).getDataset().getColumnCount());
        assertTrue(subtitles(tornado).contains("No uncertain inputs were sampled"));
        ChartFiles.svgElement(tornado, 900, 480, "n");
    }

    static List<ValueMarker> valueMarkers(Collection<?> markers) {
        List<ValueMarker> out = new ArrayList<>();
        if (markers != null) {
            for (Object m : markers) {
                out.add((ValueMarker) m);
            }
        }
        return out;
    }

    static void assertMarker(List<ValueMarker> markers, double value, String label) {
        for (Marker m : markers) {
            ValueMarker v = (ValueMarker) m;
            if (Math.abs(v.getValue() - value) <= Math.abs(value) * 1e-12 && (label == null || label.equals(v.getLabel()))) {
                return;
            }
        }
        List<String> seen = markers.stream().map(m -> m.getValue() + "=" + m.getLabel()).toList();
        throw new AssertionError("no marker at " + value + " labelled " + label + " among " + seen);
    }

    static List<String> annotations(XYPlot plot) {
        List<String> out = new ArrayList<>();
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a instanceof LabelLayout layout) {
                out.addAll(layout.labels().stream().filter(l -> l.line() == null
                        && l.kind() != LabelLayout.Kind.HORIZONTAL_LINE).map(LabelLayout.Label::text).toList());
            } else if (a instanceof XYTextAnnotation text) {
                out.add(text.getText());
            }
        }
        return out;
    }

    /** The vertical lines of a plot: JFreeChart's markers and those the plot's LabelLayout draws. */
    static List<Object> domainLines(XYPlot plot) {
        List<Object> out = new ArrayList<>();
        for (int index : new int[] {0, LabelLayout.LINES}) {
            if (plot.getDomainMarkers(index, Layer.FOREGROUND) != null) {
                out.addAll(plot.getDomainMarkers(index, Layer.FOREGROUND));
            }
        }
        return out;
    }

    static List<String> subtitles(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle text) {
                out.add(text.getText());
            }
        }
        return out;
    }

    /** The texts of an SVG's short {@code <text>} elements: tick labels and the like. */
    static List<String> axisTexts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]{1,12})</text>").matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
