package org.rolloutsim.report.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * The plot of a tornado, fitted to the size it is drawn at. The same chart is drawn 900 px wide for
 * screens and paper and 400 px wide for phones: the value labels beyond the bars ("+176.2 weeks") keep
 * their width in pixels while the plot narrows, so a range that leaves room for them at 900 px cut
 * them off at 400 (the plot clips its marks to its data area). Before each drawing the plot widens
 * its symmetric range until every label fits beside its bar, and takes the longest axis title that
 * fits the drawing (a shorter one on a phone, the subtitle says the rest).
 */
final class TornadoPlot extends FittedBarPlot {

    private static final long serialVersionUID = 1L;
    /** Room after a label, so it does not touch the plot's edge. */
    private static final double LABEL_GAP = 8;

    /** A drawing narrower than this is a phone's. */
    private static final double NARROW = 600;

    /** The range set when the chart was made: the least the plot shows, whatever its size. */
    private final double bound;
    /** Axis titles, longest first: each drawing takes the first that fits. */
    private final List<String> axisTitles;
    /** The share of the drawing's width the inputs' names may take on a wide drawing. */
    private final float inputsWidth;
    /** The lines an input's name may take on a wide drawing. */
    private final int inputsLines;

    TornadoPlot(CategoryDataset dataset, CategoryAxis inputs, ValueAxis values, BarRenderer renderer, double bound,
            List<String> axisTitles) {
        super(dataset, inputs, values, renderer);
        this.bound = bound;
        this.axisTitles = List.copyOf(axisTitles);
        this.inputsWidth = inputs.getMaximumCategoryLabelWidthRatio();
        this.inputsLines = inputs.getMaximumCategoryLabelLines();
        values.setLabel(axisTitles.get(0));
        values.setRange(new Range(-bound, bound));
    }

    /**
     * The range for a data area {@code width} px wide: symmetric about zero, at least the bound the
     * chart was made with, wide enough that each value label fits beside its bar, the bar taking at
     * least a third of its half. Where that cannot be (a phone's plot is some 200 px wide and "+176.2
     * weeks" 80), each side gets only the room its own bars and labels need, a side with no bars a tenth
     * of the bound.
     */
    Range range(Graphics2D g2, double width) {
        BarRenderer renderer = (BarRenderer) getRenderer();
        CategoryDataset data = getDataset();
        FontMetrics metrics = g2.getFontMetrics(renderer.getDefaultItemLabelFont());
        int count = data.getColumnCount();
        double[] values = new double[count];
        double[] share = new double[count];
        double half = width / 2;
        double symmetric = bound;
        boolean fits = true;
        boolean positive = false;
        boolean negative = false;
        for (int column = 0; column < count; column++) {
            Number value = data.getValue(0, column);
            values[column] = value == null ? 0 : value.doubleValue();
            positive |= values[column] > 0;
            negative |= values[column] < 0;
            String text = renderer.getItemLabelGenerator(0, column).generateLabel(data, 0, column);
            double label = renderer.getItemLabelAnchorOffset() + metrics.stringWidth(text) + LABEL_GAP;
            // the share of the data area's width the bar may take, up to its end, from the far edge
            // (not under 0.55: with bars both ways the room of each side grows with the other's, and below that
            // it would grow without end; a label wider still is cut, not the bars)
            share[column] = Math.max(0.55, 1 - label / width);
            double room = half - label;
            fits &= room >= half / 3;
            symmetric = Math.max(symmetric, Math.abs(values[column]) * half / Math.max(room, half / 3));
        }
        if (fits) {
            return new Range(-symmetric, symmetric);
        }
        double left = negative ? bound : bound / 10;
        double right = positive ? bound : bound / 10;
        double leftLeast = left;
        double rightLeast = right;
        // a bar of v > 0 ends at (left + v) / (left + right) of the width: at most its share; alike on the left
        for (int round = 0; round < 100; round++) {
            double r = rightLeast;
            double l = leftLeast;
            for (int i = 0; i < count; i++) {
                if (values[i] > 0) {
                    r = Math.max(r, (left + values[i]) / share[i] - left);
                } else if (values[i] < 0) {
                    l = Math.max(l, (right - values[i]) / share[i] - right);
                }
            }
            if (Math.abs(r - right) < 1e-9 * r && Math.abs(l - left) < 1e-9 * l) {
                break;
            }
            right = r;
            left = l;
        }
        return new Range(-left, right);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo state) {
        fitTo(g2, area);
        super.draw(g2, area, anchor, parentState, state);
    }

    /** Sets the range and axis title for a drawing of the plot in {@code area}, as {@link #draw} lays it out. */
    void fitTo(Graphics2D g2, Rectangle2D area) {
        ValueAxis axis = getRangeAxis();
        // on a phone's drawing the inputs' names give up some width to the bars and their labels
        // (and a third line, so a long name keeps its "*" mark of a bar cut off at the horizon)
        boolean narrow = area.getWidth() < NARROW;
        getDomainAxis().setMaximumCategoryLabelWidthRatio(narrow ? 0.38f : inputsWidth);
        getDomainAxis().setMaximumCategoryLabelLines(narrow ? 3 : inputsLines);
        Rectangle2D dataArea = dataArea(g2, area);
        fitRange(range(g2, dataArea.getWidth()));

        // the title is centred under the data area: it must fit between there and the nearer edge of the drawing
        double centre = dataArea.getCenterX();
        double width = 2 * Math.min(centre - area.getMinX(), area.getMaxX() - centre);
        FontMetrics titleMetrics = g2.getFontMetrics(axis.getLabelFont());
        String title = axisTitles.get(axisTitles.size() - 1);
        for (String candidate : axisTitles) {
            if (titleMetrics.stringWidth(candidate) <= width) {
                title = candidate;
                break;
            }
        }
        if (!title.equals(axis.getLabel())) {
            axis.setLabel(title);
        }
    }
}
