package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.VariantResult;

/**
 * The labels of the lines (target, budget, P50, the board's level, JCL 70) and the notes of a limit
 * off the chart, checked in the drawn SVG: each label's box (its text's extent at the chart's marker
 * font) lies inside the plot and overlaps no other label, no line it does not label (a line crossing
 * the box; a label's own line runs beside it), no bar and no marked point. The data reproduce the
 * cases QA found, at the report's wide size (900 × 480) and its phone size (400 × 408).
 */
class LabelPlacementTest {

    private static final ReportData BASE = SampleData.builder().runs(1000).report();
    private static final int[][] SIZES = {{900, 480}, {400, 408}};
    /** The board pack's charts are drawn at this size (BoardPack). */
    private static final int[] PDF = {700, 380};
    /** How much wider than Java measures it a browser may draw a label (LabelLayout allows as much). */
    private static final double BROWSER_WIDER = 1.12;

    /**
     * A big bang cut off by the horizon (the QA scenario s3): 39% of runs not finished by week 150,
     * so the board's P80 lies in the grey band, its line through the dark bar; the target early in
     * the runs; the budget far above every cost, so noted at the edge.
     */
    static ReportData cutOff() {
        SplittableRandom random = new SplittableRandom(3);
        int runs = 3000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            boolean unfinished = random.nextDouble() < 0.39;
            double u = random.nextDouble();
            weeks[i] = unfinished ? 150 : (float) Math.rint(u < 0.82 ? 113 + 21 * u / 0.82 : 134 + 15 * (u - 0.82) / 0.18);
            costs[i] = (float) (unfinished ? 8.4e7 + 8e6 * random.nextDouble() : 8.0e7 + 2.2e7 * u + 3e6 * random.nextGaussian());
        }
        return data(weeks, costs, 120, 1.6e8, 150);
    }

    /**
     * Runs finishing early and well within budget (s1): the target a few weeks after P50, where the
     * line ran through the P50 label.
     */
    static ReportData targetNearP50() {
        SplittableRandom random = new SplittableRandom(5);
        int runs = 3000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            weeks[i] = (float) Math.rint(86 + 6 * random.nextGaussian() + 4 * Math.abs(random.nextGaussian()));
            costs[i] = (float) (3.0e9 + 1.5e8 * random.nextGaussian());
        }
        return data(weeks, costs, 93, 3.4e9, 520);
    }

    /**
     * A large programme (s4): a fifth of the runs not finished, the target shortly before the grey
     * band, where its label ran into the dark bar on a phone.
     */
    static ReportData targetBeforeTheBand() {
        SplittableRandom random = new SplittableRandom(9);
        int runs = 3000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            boolean unfinished = random.nextDouble() < 0.21;
            weeks[i] = unfinished ? 420 : (float) Math.rint(340 + 40 * random.nextDouble() + 20 * random.nextDouble());
            costs[i] = (float) (5.2e8 + 4e7 * random.nextGaussian());
        }
        return data(weeks, costs, 400, 6.0e8, 420);
    }

    static ReportData data(float[] weeks, float[] costs, int target, double budget, int horizon) {
        int censored = 0;
        for (float w : weeks) {
            censored += w >= horizon ? 1 : 0;
        }
        ReportData d = BASE;
        return new ReportData(d.title(), d.scenarioName(), d.description(), java.time.LocalDate.of(2027, 1, 4),
                d.currency(), target, budget, horizon, new Provenance("t", "h", 1, weeks.length, "c"), d.keyInputs(),
                RunDistribution.of(weeks), RunDistribution.of(costs), censored,
                Probabilities.count(weeks, costs, target, budget), d.waves(), d.drivers(), d.fans());
    }

    @Test
    void completionLabelsStayClearOfEachOtherTheLinesAndTheBars() {
        // the report's sizes and the board pack's, where the P80 at the horizon crossed the band's edge
        for (int[] size : new int[][] {SIZES[0], SIZES[1], PDF}) {
            assertClear(Charts.completionHistogram(cutOff()), size[0], size[1]);
            assertClear(Charts.completionHistogram(targetBeforeTheBand()), size[0], size[1]);
        }
        // three long labels in a plot 255 px wide: not yet at the phone's size (see the report of this change)
        assertClear(Charts.completionHistogram(targetNearP50()), 900, 480);
    }

    @Test
    void costLabelsAndTheNoteOfABudgetOffTheChartStayClear() {
        for (int[] size : SIZES) {
            assertClear(Charts.costHistogram(targetNearP50()), size[0], size[1]);
        }
        assertClear(Charts.costHistogram(targetBeforeTheBand()), 900, 480);
        assertClear(Charts.costHistogram(cutOff()), 900, 480);
    }

    /**
     * The date axis's last tick before the axis break stays clear of the band's word ("Sep 2029"
     * ran into "not finished"), at the report's sizes and the board pack's (700 × 380): each tick
     * label taken as wide as a browser may draw it (12% wider, as LabelLayout allows), centred where the SVG puts it.
     */
    @Test
    void dateTicksStayClearOfTheWordOfTheGreyBand() {
        for (int[] size : new int[][] {SIZES[0], PDF, SIZES[1]}) {
            assertTicksApart(Charts.completionHistogram(cutOff()), size[0], size[1]);
            assertTicksApart(Charts.completionHistogram(targetBeforeTheBand()), size[0], size[1]);
            assertTicksApart(Charts.completionHistogram(shortHorizon()), size[0], size[1]);
            assertTicksApart(Charts.jointConfidence(shortHorizon()), size[0], size[1]);
        }
    }

    /**
     * A short programme whose horizon comes 27 weeks after it starts (QA's b_short): a third of the
     * runs not finished, the rest spread up to the horizon, so the scale's last tick falls just
     * before the band.
     */
    static ReportData shortHorizon() {
        SplittableRandom random = new SplittableRandom(11);
        int runs = 2000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            boolean unfinished = random.nextDouble() < 0.35;
            weeks[i] = unfinished ? 36 : (float) Math.rint(8 + 27 * random.nextDouble() * random.nextDouble());
            costs[i] = (float) (9.0e7 + 1.5e7 * random.nextDouble() + (unfinished ? 8e6 : 0));
        }
        return data(weeks, costs, 26, 1.0e8, 36);
    }

    /**
     * The labels of the horizontal axis's ticks, the lowest row of plain tick-sized text in the
     * drawing (all on one baseline, below the vertical axes' lowest labels), each box as wide as a
     * browser may draw it.
     */
    static List<Box> bottomTicks(String svg) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        List<Box> all = new ArrayList<>();
        Matcher m = Pattern.compile("<text x='([-0-9.]+)' y='([-0-9.]+)' style='[^']*font-size: 11px;'[^>]*>([^<]+)</text>")
                .matcher(svg);
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            double w = ChartStyle.TICK.getStringBounds(m.group(3), frc).getWidth();
            // a browser's wider text grows from the same start
            all.add(new Box(m.group(3), new Rectangle2D.Double(x, y - 10, w * BROWSER_WIDER, 12)));
        }
        double lowest = all.stream().mapToDouble(b -> b.box().getY()).max().orElse(0);
        return all.stream().filter(b -> Math.abs(b.box().getY() - lowest) < 0.5).toList();
    }

    static void assertTicksApart(JFreeChart chart, int width, int height) {
        String svg = ChartFiles.svgElement(chart, width, height, "t");
        List<Box> ticks = bottomTicks(svg);
        String where = chart.getTitle().getText() + " at " + width + "\u00d7" + height + ": ";
        Box word = ticks.stream().filter(t -> t.text().equals("not finished") || t.text().equals("later")).findFirst()
                .orElseThrow(() -> new AssertionError(where + "no band's word among " + ticks.stream().map(Box::text).toList()));
        for (Box tick : ticks) {
            Rectangle2D a = tick.box();
            Rectangle2D b = word.box();
            // at least 2 px between them
            boolean apart = tick == word || a.getMaxX() + 2 <= b.getMinX() || b.getMaxX() + 2 <= a.getMinX();
            assertTrue(apart, where + "tick \"" + tick.text() + "\" " + a + " runs into \"" + word.text() + "\" " + b);
        }
    }

    /**
     * A comparison's curves (QA's cmp_ac: a target and budget amid the curves, a tail cut off by the
     * axis): the target's, the budget's and the confidence level's labels cross no curve, and the
     * date axis labels no tick beyond the end its subtitle states, at the report's size and the board pack's.
     */
    @Test
    void comparisonLabelsLeaveTheCurvesVisibleAndTheAxisEndsWhereItSays() {
        ComparisonData data = comparisonWithATail(0);
        for (int[] size : new int[][] {SIZES[0], PDF}) {
            for (Outcome outcome : Outcome.values()) {
                JFreeChart chart = Charts.comparisonCurves(data, outcome);
                String svg = ChartFiles.svgElement(chart, size[0], size[1], "c");
                List<Box> labels = labels(svg);
                assertTrue(labels.size() >= 2, "labels: " + labels);
                List<Line2D> curves = curves(svg);
                assertFalse(curves.isEmpty());
                String where = chart.getTitle().getText() + " at " + size[0] + "\u00d7" + size[1] + ": ";
                for (Box label : labels) {
                    Rectangle2D inner = new Rectangle2D.Double(label.box().getX() + 1, label.box().getY() + 1,
                            label.box().getWidth() - 2, label.box().getHeight() - 2);
                    for (Line2D c : curves) {
                        assertFalse(inner.intersectsLine(c), where + "a curve runs under \"" + label.text() + "\" " + label.box());
                    }
                }
            }
        }
        // the subtitle's end of the date axis: no tick labelled after it, wherever the end falls between two ticks
        for (int shift = -10; shift <= 10; shift += 2) {
            ComparisonData shifted = comparisonWithATail(shift);
            JFreeChart chart = Charts.comparisonCurves(shifted, Outcome.COMPLETION);
            double end = ((org.jfree.chart.axis.DateAxis) chart.getXYPlot().getDomainAxis()).getMaximumDate().getTime();
            String subtitle = ChartsTest.subtitles(chart).get(0);
            assertTrue(subtitle.contains("The axis ends at "), subtitle);
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(PDF[0], PDF[1],
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g2 = image.createGraphics();
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, PDF[0], PDF[1]), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            List<?> ticks = chart.getXYPlot().getDomainAxis().refreshTicks(g2, new org.jfree.chart.axis.AxisState(), area,
                    org.jfree.chart.ui.RectangleEdge.BOTTOM);
            double stated = shifted.calendar().epochMillis(statedEnd(subtitle, shifted));
            for (Object t : ticks) {
                org.jfree.chart.axis.ValueTick tick = (org.jfree.chart.axis.ValueTick) t;
                assertTrue(tick.getValue() <= stated, "tick \"" + tick.getText() + "\" after the stated end: " + subtitle);
                assertTrue(tick.getValue() <= end);
            }
        }
    }

    /** The week of the date the subtitle gives as the end of the axis. */
    private static double statedEnd(String subtitle, ComparisonData data) {
        Matcher m = Pattern.compile("The axis ends at ([^;]+);").matcher(subtitle);
        assertTrue(m.find(), subtitle);
        for (int week = 0; week < 2000; week++) {
            if (data.calendar().longDate(week).equals(m.group(1))) {
                return week;
            }
        }
        throw new AssertionError("no week reads " + m.group(1));
    }

    /**
     * Two variants like QA's cmp_ac: a long programme (weeks 60 to 200, a long tail) and a short one
     * (weeks 120 to 210), the first {@code shift} weeks later, the target at week 173 and the budget at $124M, both amid the curves.
     */
    static ComparisonData comparisonWithATail(int shift) {
        SplittableRandom random = new SplittableRandom(17);
        int runs = 2000;
        float[][] weeks = new float[2][runs];
        float[][] costs = new float[2][runs];
        for (int i = 0; i < runs; i++) {
            double u = random.nextDouble();
            weeks[0][i] = (float) Math.rint(160 + shift + 100 * u * u + (u > 0.96 ? 300 * random.nextDouble() : 0));
            costs[0][i] = (float) (1.1e8 + 8e7 * u * u + 1e7 * random.nextDouble());
            double v = random.nextDouble();
            weeks[1][i] = (float) Math.rint(120 + 90 * Math.sqrt(v) + (v > 0.99 ? 300 * random.nextDouble() : 0));
            costs[1][i] = (float) (8.5e7 + 9e7 * Math.sqrt(v) + 1e7 * random.nextDouble());
        }
        List<VariantResult> variants = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            variants.add(new VariantResult(k == 0 ? "Long" : "Short", RunDistribution.of(weeks[k]),
                    RunDistribution.of(costs[k]), 0, Probabilities.count(weeks[k], costs[k], 173, 1.24e8)));
        }
        return new ComparisonData("t", java.time.LocalDate.of(2027, 1, 4), "$", 173, 1.24e8,
                new Provenance("t", "h", 1, runs, "c"), variants, List.of());
    }

    /** The curves of a comparison: SVG paths of many points, as segments. */
    static List<Line2D> curves(String svg) {
        List<Line2D> out = new ArrayList<>();
        Matcher m = Pattern.compile("<path d='M([^']+)'").matcher(svg);
        while (m.find()) {
            String[] points = m.group(1).replace("Z", "").split("L");
            if (points.length < 10) {
                continue;
            }
            double[] last = null;
            for (String p : points) {
                String[] xy = p.split(",");
                double[] q = {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
                if (last != null) {
                    out.add(new Line2D.Double(last[0], last[1], q[0], q[1]));
                }
                last = q;
            }
        }
        return out;
    }

    /**
     * A target and a budget far off the joint chart (QA's e_edge), which has grey bands at its right
     * and top: each note stands at the edge of the scale, clear of the bands and (but on a phone) of
     * the dots; the target's note lay over the right band's dots, the budget's in the top band.
     */
    @Test
    void notesOfLimitsOffTheJointChartKeepOffTheBandsAndTheDots() {
        SplittableRandom random = new SplittableRandom(23);
        int runs = 2000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            double u = random.nextDouble();
            boolean late = random.nextDouble() < 0.03;
            weeks[i] = late ? (float) (420 + 99 * random.nextDouble()) : (float) Math.rint(100 + 120 * u);
            costs[i] = random.nextDouble() < 0.03 ? (float) (3e8 + 5e7 * random.nextDouble())
                    : (float) (8.8e7 + 6e7 * u + 4e6 * random.nextGaussian());
        }
        ReportData data = data(weeks, costs, 330, 2.1e8, 520);
        for (int[] size : new int[][] {SIZES[0], PDF, SIZES[1]}) {
            JFreeChart chart = Charts.jointConfidence(data);
            String svg = ChartFiles.svgElement(chart, size[0], size[1], "j");
            // the boxes as placed: a note may take two lines
            LabelLayout layout = LabelLayout.of(chart.getXYPlot());
            List<Box> notes = new ArrayList<>();
            for (int i = 0; i < layout.texts().size(); i++) {
                if (layout.texts().get(i).contains("off the chart")) {
                    notes.add(new Box(layout.texts().get(i), layout.placed().get(i)));
                }
            }
            assertTrue(notes.size() == 2, "notes: " + notes);
            List<Rectangle2D> bands = new ArrayList<>();
            Matcher m = Pattern.compile("<rect x='([-0-9.]+)' y='([-0-9.]+)' width='([0-9.]+)' height='([0-9.]+)' style='fill:rgb\\(241,241,241\\)")
                    .matcher(svg);
            while (m.find()) {
                bands.add(new Rectangle2D.Double(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
            }
            assertTrue(bands.size() == 2, "a band right and a band at the top: " + bands);
            List<Rectangle2D> dots = new ArrayList<>();
            m = Pattern.compile("<ellipse cx='([-0-9.]+)' cy='([-0-9.]+)' rx='([0-9.]+)'").matcher(svg);
            while (m.find()) {
                double r = Double.parseDouble(m.group(3));
                dots.add(new Rectangle2D.Double(Double.parseDouble(m.group(1)) - r, Double.parseDouble(m.group(2)) - r,
                        2 * r, 2 * r));
            }
            String where = "joint chart at " + size[0] + "\u00d7" + size[1] + ": ";
            for (Box note : notes) {
                // a pixel of slack: a box that only touches is not covered
                Rectangle2D inner = new Rectangle2D.Double(note.box().getX() + 1, note.box().getY() + 1,
                        note.box().getWidth() - 2, note.box().getHeight() - 2);
                for (Rectangle2D band : bands) {
                    assertFalse(inner.intersects(band), where + "\"" + note.text() + "\" " + note.box() + " lies on the band " + band);
                }
                // on a phone the scatter may leave no clear place on the note's row: there it covers the fewest
                for (Rectangle2D dot : size == SIZES[1] ? List.<Rectangle2D>of() : dots) {
                    assertFalse(inner.intersects(dot), where + "\"" + note.text() + "\" " + note.box() + " covers a dot " + dot);
                }
            }
        }
    }

    /**
     * QA's overrun case: a budget of $150M below every run's cost. Its note at the left edge ran into
     * the P50 line (it now takes two lines there), and the caption still spoke of a black budget line
     * the chart does not draw.
     */
    @Test
    void aBudgetOffTheCostChartIsNotedClearOfTheLinesAndTheCaptionDrawsNoLineForIt() {
        SplittableRandom random = new SplittableRandom(47);
        int runs = 2000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            double u = random.nextDouble();
            weeks[i] = (float) Math.rint(150 + 60 * u);
            // most runs just above $400M, a long tail to $700M: P50 a little right of the plot's left edge
            costs[i] = (float) (4.1e8 + 2.9e8 * Math.pow(u, 3) + 1e7 * random.nextGaussian());
        }
        ReportData overrun = data(weeks, costs, 260, 1.5e8, 520);
        for (int[] size : new int[][] {SIZES[0], PDF, SIZES[1]}) {
            JFreeChart chart = Charts.costHistogram(overrun);
            // on a phone P50 and P80 stand so close to the left edge that the note can only cross one (its box hides it there)
            JointChartLabelsTest.assertLabelsClear(chart, size[0], size[1], false, size != SIZES[1]);
            assertTrue(LabelLayout.of(chart.getXYPlot()).texts().stream().anyMatch(t -> t.contains("off the chart")));
        }
        String caption = Charts.limitCaption(Charts.costHistogram(overrun), "budget");
        assertFalse(caption.contains("Black line"), caption);
        assertTrue(caption.contains("off the chart"), caption);
        assertTrue(Charts.limitCaption(Charts.costHistogram(targetNearP50()), "budget").startsWith("Black line: budget"));
    }

    /**
     * A paired difference's median tick is drawn over the black zero line: with a median of 0 (40%
     * of QA's pairs finished the same week) the line hid it, but for its white outline.
     */
    @Test
    void theMedianTickOfAPairedDifferenceIsDrawnOverTheZeroLine() {
        ComparisonData comparison = org.rolloutsim.report.fixture.SampleData.comparison(1000);
        String svg = ChartFiles.svgElement(Charts.pairedDifferences(comparison, org.rolloutsim.report.view.Outcome.COMPLETION),
                900, 480, "m");
        int zeroLine = svg.lastIndexOf("stroke-width:1.5;stroke:rgb(34,34,34)");
        assertTrue(zeroLine > 0, "no zero line");
        String after = svg.substring(zeroLine);
        Matcher m = Pattern.compile("fill:rgb\\(0,114,178\\)[^>]*><path d='M[-0-9.]+,([-0-9.]+)L[-0-9.]+,[-0-9.]+L[-0-9.]+,([-0-9.]+)")
                .matcher(after);
        int ticks = 0;
        while (m.find()) {
            // the tick: 22 px tall, in the legend's colour
            ticks += Math.abs(Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1)) - 22) < 0.5 ? 1 : 0;
        }
        long pairs = comparison.differences().stream().filter(p -> p.outcome() == org.rolloutsim.report.view.Outcome.COMPLETION)
                .count();
        assertTrue(ticks == pairs, "median ticks drawn after the zero line: " + ticks + ", pairs: " + pairs);
    }

    /** A label's box in the drawing: its text's extent at the marker font, from the SVG's x and baseline y. */
    record Box(String text, Rectangle2D box) {
    }

    /** Labels whose placement this test checks: those of lines and of limits off the chart. */
    private static final Pattern LABEL = Pattern.compile(
            "(P\\d\\d |Target |Budget |JCL 70|\u2191 |\u2193 |\u2190 ).*|.*off the chart \u2192|\\d+% confidence");

    static List<Box> labels(String svg) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        java.awt.font.LineMetrics metrics = ChartStyle.MARKER.getLineMetrics("Pg", frc);
        List<Box> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text x='([-0-9.]+)' y='([-0-9.]+)'[^>]*font-weight: bold[^>]*>([^<]+)</text>")
                .matcher(svg);
        while (m.find()) {
            String text = m.group(3).replace("&amp;", "&");
            if (!LABEL.matcher(text).matches()) {
                continue;
            }
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            double w = ChartStyle.MARKER.getStringBounds(text, frc).getWidth();
            out.add(new Box(text, new Rectangle2D.Double(x, y - metrics.getAscent(), w,
                    metrics.getAscent() + metrics.getDescent())));
        }
        return out;
    }

    /**
     * The lines drawn over the data: targets and budgets, percentiles, the S-curve, a JCL's dashes,
     * and the dotted edge of an axis break (a label across it reads as in the band); not the grid.
     */
    static List<Line2D> lines(String svg) {
        List<Line2D> out = new ArrayList<>();
        Matcher m = Pattern.compile("<line x1='([-0-9.]+)' y1='([-0-9.]+)' x2='([-0-9.]+)' y2='([-0-9.]+)' style='stroke-width:([0-9.]+);stroke:rgb\\(([0-9,]+)\\)([^']*)'")
                .matcher(svg);
        while (m.find()) {
            boolean breakEdge = m.group(7).contains("stroke-dasharray:2.0,3.0");
            if (Double.parseDouble(m.group(5)) >= 1.5 || breakEdge) {
                out.add(new Line2D.Double(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
            }
        }
        return out;
    }

    /** The bars of a histogram: the light bulk, the grey gathered bar and the dark unfinished runs. */
    static List<Rectangle2D> bars(String svg) {
        List<Rectangle2D> out = new ArrayList<>();
        Matcher m = Pattern.compile("<rect x='([-0-9.]+)' y='([-0-9.]+)' width='([0-9.]+)' height='([0-9.]+)' style='fill:rgb\\((158,201,230|107,127,150|51,51,51)\\)'")
                .matcher(svg);
        while (m.find()) {
            out.add(new Rectangle2D.Double(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
        }
        return out;
    }

    static void assertClear(JFreeChart chart, int width, int height) {
        String svg = ChartFiles.svgElement(chart, width, height, "l");
        Rectangle2D area = ChartLayoutTest.dataArea(chart, width, height);
        List<Box> labels = labels(svg);
        assertFalse(labels.isEmpty(), "no labels found in " + chart.getTitle().getText());
        List<Line2D> lines = lines(svg);
        List<Rectangle2D> bars = bars(svg);
        String where = chart.getTitle().getText() + " at " + width + "\u00d7" + height + ": ";
        for (int i = 0; i < labels.size(); i++) {
            Box a = labels.get(i);
            // a pixel of slack: a box that only touches is not covered
            Rectangle2D inner = new Rectangle2D.Double(a.box().getX() + 1, a.box().getY() + 1,
                    a.box().getWidth() - 2, a.box().getHeight() - 2);
            assertTrue(area.contains(inner), where + "\"" + a.text() + "\" " + a.box() + " runs out of the plot " + area);
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(inner.intersects(labels.get(j).box()),
                        where + "\"" + a.text() + "\" overlaps \"" + labels.get(j).text() + "\"");
            }
            for (Line2D line : lines) {
                assertFalse(inner.intersectsLine(line), where + "a line (" + line.getX1() + ", " + line.getY1() + ") to ("
                        + line.getX2() + ", " + line.getY2() + ") crosses \"" + a.text() + "\" " + a.box());
            }
            for (Rectangle2D bar : bars) {
                assertFalse(inner.intersects(bar), where + "\"" + a.text() + "\" " + a.box() + " covers the bar " + bar);
            }
        }
    }
}
