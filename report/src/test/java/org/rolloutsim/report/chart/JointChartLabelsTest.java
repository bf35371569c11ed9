package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.view.ReportData;

/**
 * The joint chart's labels and ticks (QA round 5), at the report's wide size, the board pack's and
 * a phone's: the date ticks keep a gap between their labels; every label (each quadrant's share,
 * the runs not known to be on budget, JCL 70, the target and budget lines) lies inside the plot,
 * overlaps no other label and is crossed by no line; a long label takes two lines on a phone.
 */
class JointChartLabelsTest {

    private static final int[][] SIZES = {{900, 480}, {700, 380}, {400, 408}};

    /**
     * Like the bundled regional-phased default (QA's board pack, page 3): runs over four years, a
     * few far later after an axis break, cost rising with delay; the target early, the budget amid the costs.
     */
    static ReportData regional() {
        SplittableRandom random = new SplittableRandom(31);
        int runs = 1000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            double u = random.nextDouble();
            boolean far = random.nextDouble() < 0.04;
            weeks[i] = far ? (float) Math.rint(430 + 80 * random.nextDouble()) : (float) Math.rint(170 + 190 * u * u);
            costs[i] = (float) (4.2e8 + 1.3e6 * (weeks[i] - 170) * (far ? 0.5 : 1) + 1.5e7 * random.nextGaussian());
        }
        return LabelPlacementTest.data(weeks, costs, 180, 4.8e8, 520);
    }

    /** QA's "unfinished" case: a third of the runs not finished at the horizon, the target amid the rest. */
    static ReportData unfinished() {
        SplittableRandom random = new SplittableRandom(37);
        int runs = 2000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            boolean unfinished = random.nextDouble() < 0.34;
            double u = random.nextDouble();
            weeks[i] = unfinished ? 110 : (float) Math.rint(62 + 42 * u);
            costs[i] = (float) (4.15e8 + 7e7 * u + 2e7 * random.nextGaussian() + (unfinished ? 3e7 : 0));
        }
        return LabelPlacementTest.data(weeks, costs, 86, 4.8e8, 110);
    }

    /** QA's "never" case: the target before every run and the budget below every cost. */
    static ReportData never() {
        SplittableRandom random = new SplittableRandom(41);
        int runs = 2000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            double u = random.nextDouble();
            weeks[i] = (float) Math.rint(180 + 200 * u * u);
            costs[i] = (float) (4.2e8 + 1.1e6 * (weeks[i] - 180) + 1.5e7 * random.nextGaussian());
        }
        return LabelPlacementTest.data(weeks, costs, 160, 3.6e8, 520);
    }

    /** QA's "tiny" clinic: the budget just below the cheapest run, the target early. */
    static ReportData tiny() {
        SplittableRandom random = new SplittableRandom(43);
        int runs = 2000;
        float[] weeks = new float[runs];
        float[] costs = new float[runs];
        for (int i = 0; i < runs; i++) {
            double u = random.nextDouble();
            weeks[i] = (float) Math.rint(30 + 45 * u);
            costs[i] = (float) (2.7e5 + 4e3 * (weeks[i] - 30) + 3e4 * random.nextGaussian());
        }
        return LabelPlacementTest.data(weeks, costs, 40, 2.5e5, 130);
    }

    @Test
    void dateTickLabelsKeepAGapAtEverySize() {
        for (ReportData data : List.of(regional(), unfinished(), never(), tiny())) {
            for (int[] size : SIZES) {
                assertTicksSpaced(Charts.jointConfidence(data), size[0], size[1]);
                assertTicksSpaced(Charts.completionHistogram(data), size[0], size[1]);
            }
        }
    }

    @Test
    void labelsStayInsideThePlotClearOfEachOtherAndOfTheLines() {
        for (ReportData data : List.of(regional(), unfinished(), never(), tiny())) {
            for (int[] size : SIZES) {
                // on a phone the late quadrant may be narrower than the share not known even on two lines:
                // that label then crosses the target line (its box hides the line there), still inside the plot
                assertLabelsClear(Charts.jointConfidence(data), size[0], size[1], true, size != SIZES[2] || data.censoredRuns() == 0);
            }
        }
    }

    @Test
    void aLongQuadrantLabelTakesTwoLinesOnAPhone() {
        JFreeChart chart = Charts.jointConfidence(unfinished());
        String svg = ChartFiles.svgElement(chart, 400, 408, "p");
        // one line read "Not finished, within budget so far (on budget not known): 12%", cut at the plot's left edge
        assertTrue(svg.contains(">Not finished, within budget so far</text>"), "the first line of the wrapped label");
        assertTrue(Pattern.compile(">\\(on budget not known\\): [0-9<>]+%</text>").matcher(svg).find(),
                "the second line of the wrapped label");
    }

    @Test
    void twoLinesBreakAtACommaOrBracketNearTheMiddle() {
        assertEquals(List.of("Not finished, within budget so far", "(on budget not known): 12%"),
                LabelLayout.twoLines("Not finished, within budget so far (on budget not known): 12%"));
        assertEquals(List.of("On time and", "on budget: 41%"), LabelLayout.twoLines("On time and on budget: 41%"));
        assertEquals(List.of("\u2190 Budget $150M,", "off the chart"), LabelLayout.twoLines("\u2190 Budget $150M, off the chart"));
    }

    /** Every placed label inside the plot, clear of every other and crossed by none of the lines drawn over the data. */
    static void assertLabelsClear(JFreeChart chart, int width, int height, boolean quadrants, boolean ofLines) {
        String svg = ChartFiles.svgElement(chart, width, height, "c");
        Rectangle2D area = ChartLayoutTest.dataArea(chart, width, height);
        LabelLayout layout = LabelLayout.of(chart.getXYPlot());
        List<String> texts = layout.texts();
        List<Rectangle2D> boxes = layout.placed();
        // the target and budget lines, the board's lines and JCL 70's dashes; an axis break's dotted
        // edge only for a label of a line or a note: a quadrant's share may lie across the edge within
        // its quadrant (late on both sides of it), its box hiding the edge there
        List<Line2D> lines = LabelPlacementTest.lines(svg);
        List<Line2D> solid = LabelPlacementTest.lines(svg.replaceAll("<line [^>]*stroke-dasharray:2.0,3.0[^>]*>", ""));
        List<LabelLayout.Label> labels = layout.labels();
        String where = chart.getTitle().getText() + " at " + width + "\u00d7" + height + ": ";
        assertTrue(!quadrants || texts.stream().anyMatch(t -> t.startsWith("On time")), where + "no quadrant labels in " + texts);
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D a = boxes.get(i);
            assertNotNull(a, where + "\"" + texts.get(i) + "\" not placed");
            Rectangle2D in = inner(a);
            assertTrue(area.contains(in), where + "\"" + texts.get(i) + "\" " + a + " runs out of the plot " + area);
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(in.intersects(boxes.get(j)), where + "\"" + texts.get(i) + "\" overlaps \"" + texts.get(j) + "\"");
            }
            LabelLayout.Label label = labels.get(i);
            boolean corner = label.kind() == LabelLayout.Kind.CORNER;
            double lineX = corner && !Double.isNaN(label.x()) ? chart.getXYPlot().getDomainAxis().valueToJava2D(
                    label.x(), area, org.jfree.chart.ui.RectangleEdge.BOTTOM) : Double.NaN;
            // a quadrant's share stands at least partly in the quadrant it names, where the quadrant is
            // tall enough for two rows of it (one row may be taken by the budget line's own label): wholly
            // beyond the target line it read as the next quadrant's
            double lineY = corner && !Double.isNaN(label.y()) ? chart.getXYPlot().getRangeAxis().valueToJava2D(
                    label.y(), area, org.jfree.chart.ui.RectangleEdge.LEFT) : Double.NaN;
            double tall = Double.isNaN(lineY) ? area.getHeight()
                    : label.corner().top ? lineY - area.getMinY() : area.getMaxY() - lineY;
            assertTrue(Double.isNaN(lineX) || tall < 2 * a.getHeight() + 8
                            || (label.corner().right ? a.getMaxX() > lineX : a.getMinX() < lineX),
                    where + "\"" + texts.get(i) + "\" " + a + " stands wholly beyond the target line at " + lineX);
            // and the target line may cross it only where its quadrant is narrower than the label, which
            // then starts at the quadrant's outer edge
            boolean across = !Double.isNaN(lineX) && (label.corner().right
                    ? area.getMaxX() - lineX < a.getWidth() && a.getMaxX() > area.getMaxX() - a.getWidth() / 4
                    : lineX - area.getMinX() < a.getWidth() && a.getMinX() < area.getMinX() + a.getWidth() / 4);
            for (Line2D line : !ofLines ? List.<Line2D>of() : corner ? solid : lines) {
                boolean targetLine = across && line.getX1() == line.getX2() && Math.abs(line.getX1() - lineX) < 0.5;
                assertFalse(!targetLine && in.intersectsLine(line), where + "a line (" + line.getX1() + ", "
                        + line.getY1() + ") to (" + line.getX2() + ", " + line.getY2() + ") crosses \"" + texts.get(i)
                        + "\" " + a);
            }
        }
    }

    /** Neighbouring labels of the bottom axis, each as wide as a browser may draw it, at least 2 px apart. */
    static void assertTicksSpaced(JFreeChart chart, int width, int height) {
        List<LabelPlacementTest.Box> ticks = new ArrayList<>(LabelPlacementTest.bottomTicks(
                ChartFiles.svgElement(chart, width, height, "t")));
        ticks.sort(java.util.Comparator.comparingDouble(b -> b.box().getX()));
        assertTrue(ticks.size() >= 3, "ticks: " + ticks);
        for (int i = 1; i < ticks.size(); i++) {
            Rectangle2D a = ticks.get(i - 1).box();
            Rectangle2D b = ticks.get(i).box();
            assertTrue(a.getMaxX() + 2 <= b.getMinX(), chart.getTitle().getText() + " at " + width + "\u00d7" + height
                    + ": \"" + ticks.get(i - 1).text() + "\" runs into \"" + ticks.get(i).text() + "\"");
        }
    }

    private static int indexOf(LabelLayout layout, String prefix) {
        List<String> texts = layout.texts();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no \"" + prefix + "\" among " + texts);
    }

    /** A pixel of slack: a box that only touches is not covered. */
    private static Rectangle2D inner(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() + 1, box.getY() + 1, box.getWidth() - 2, box.getHeight() - 2);
    }

    static List<Rectangle2D> dots(String svg) {
        List<Rectangle2D> dots = new ArrayList<>();
        Matcher m = Pattern.compile("<ellipse cx='([-0-9.]+)' cy='([-0-9.]+)' rx='([0-9.]+)'").matcher(svg);
        while (m.find()) {
            double r = Double.parseDouble(m.group(3));
            dots.add(new Rectangle2D.Double(Double.parseDouble(m.group(1)) - r, Double.parseDouble(m.group(2)) - r,
                    2 * r, 2 * r));
        }
        return dots;
    }
}
