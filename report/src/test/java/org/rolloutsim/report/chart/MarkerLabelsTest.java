package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RunDistribution;

/**
 * The labels of the lines drawn over the completion and cost histograms (the target or budget, P50,
 * the board's level) never cover one another, however close the lines: read from the drawn SVG, each
 * label's box (its text's width, ascent and descent at the marker font) intersects no other's.
 */
class MarkerLabelsTest {
    private static final FontRenderContext TEXT = new FontRenderContext(null, true, true);

    /**
     * 2,000 runs costing around $1B (sd $50M); a fifth of them not finished by the horizon (week 200),
     * having paid $0.95B to $1.0B so far, so that P50 cost takes some of them in and reads "at least".
     */
    private static ReportData cutOff(double budgetOverP50) {
        return cutOff(budgetOverP50, 0);
    }

    /** As {@link #cutOff(double)}, with the target {@code targetFromP50} weeks from P50 completion. */
    private static ReportData cutOff(double budgetOverP50, int targetFromP50) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int n = 2000;
        float[] weeks = new float[n];
        float[] costs = new float[n];
        int censored = 0;
        for (int i = 0; i < n; i++) {
            boolean cut = i % 5 == 0;
            weeks[i] = cut ? 200 : (float) Math.rint(150 + 10 * random.nextGaussian());
            costs[i] = (float) (cut ? 0.95e9 + 0.05e9 * random.nextDouble() : 1.0e9 + 5e7 * random.nextGaussian());
            censored += cut ? 1 : 0;
        }
        RunDistribution cost = RunDistribution.of(costs);
        double budget = cost.quantiles().p50() * budgetOverP50;
        int target = (int) RunDistribution.of(weeks).quantiles().p50() + targetFromP50;
        ReportData d = SampleData.builder().runs(1000).report();
        return new ReportData(d.title(), d.scenarioName(), d.description(), d.start(), d.currency(), target, budget, 200,
                new Provenance("t", "h", 1, n, "c"), d.keyInputs(), RunDistribution.of(weeks), cost, censored,
                Probabilities.count(weeks, costs, target, budget), d.waves(), d.drivers(), d.fans());
    }

    private record Box(String text, Rectangle2D bounds) {
    }

    /** The box of each SVG text that starts with one of {@code starts}, at the marker font. */
    private static List<Box> boxes(String svg, String... starts) {
        List<Box> out = new java.util.ArrayList<>();
        for (String start : starts) {
            var m = Pattern.compile("<text[^>]*?x=['\"]([-0-9.]+)['\"][^>]*?y=['\"]([-0-9.]+)['\"][^>]*>("
                    + Pattern.quote(start) + "[^<]*)</text>").matcher(svg);
            while (m.find()) {
                String text = m.group(3);
                double x = Double.parseDouble(m.group(1));
                double y = Double.parseDouble(m.group(2));
                double width = ChartStyle.MARKER.getStringBounds(text, TEXT).getWidth();
                LineMetrics metrics = ChartStyle.MARKER.getLineMetrics(text, TEXT);
                out.add(new Box(text, new Rectangle2D.Double(x, y - metrics.getAscent(), width,
                        metrics.getAscent() + metrics.getDescent())));
            }
        }
        return out;
    }

    private static void assertApart(List<Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).bounds().intersects(boxes.get(j).bounds()),
                        boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }

    @Test
    void theBudgetLabelAndTheP50LabelDoNotOverlapWhenTheBudgetIsNearP50() {
        for (double near : new double[] {0.99, 0.995, 1.0, 1.005, 1.01}) {
            ReportData data = cutOff(near);
            assertTrue(data.horizon().costCut(data.cost().quantiles().p50()), "P50 cost reads at least");
            for (int[] size : new int[][] {{900, 480}, {390, 300}}) {
                String svg = ChartFiles.svgElement(Charts.costHistogram(data), size[0], size[1], "c");
                List<Box> boxes = boxes(svg, "Budget ", "P50 ", "P80 ");
                assertEquals(3, boxes.size(), svg);
                assertTrue(boxes.stream().anyMatch(b -> b.text().startsWith("P50 at least")), boxes.toString());
                assertApart(boxes);
            }
        }
    }

    /** The same of the target date and the P50 and P80 completion labels on the completion histogram. */
    @Test
    void theTargetLabelAndTheP50LabelDoNotOverlapWhenTheTargetIsNearP50() {
        for (int near : new int[] {-1, 0, 1}) {
            ReportData data = cutOff(1.0, near);
            for (int[] size : new int[][] {{900, 480}, {390, 300}}) {
                String svg = ChartFiles.svgElement(Charts.completionHistogram(data), size[0], size[1], "c");
                List<Box> boxes = boxes(svg, "Target ", "P50 ", "P80 ");
                assertEquals(3, boxes.size(), svg);
                assertApart(boxes);
            }
        }
    }
}
