package org.rolloutsim.report.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * The plot of a Sobol chart, fitted to the size it is drawn at. The chart is drawn 900 px wide for
 * screens and paper and 400 px wide for phones; a bar's value label ("−0.010") keeps its width in
 * pixels while the plot narrows, and the plot clips its marks to its data area, so the room the
 * chart left below zero for a negative estimate's label at 900 px cut the label to "010" at 400.
 * Before each drawing the plot widens its range, from the one the chart was made with, until every
 * label fits beside its bar.
 */
final class SobolPlot extends FittedBarPlot {

    private static final long serialVersionUID = 1L;
    /** Room after a label, so it does not touch the plot's edge. */
    private static final double LABEL_GAP = 6;

    /** The range set when the chart was made: the least the plot shows, whatever its size. */
    private final Range least;

    SobolPlot(CategoryDataset dataset, CategoryAxis inputs, ValueAxis values, BarRenderer renderer, Range least) {
        super(dataset, inputs, values, renderer);
        this.least = least;
        values.setRange(least);
    }

    /**
     * The range for a data area {@code width} px wide: at least the one the chart was made with, and
     * wide enough that each bar's label fits between the bar's end and the data area's edge. A label
     * is given at most a third of the width (a wider one is cut, not the bars).
     */
    Range range(Graphics2D g2, double width) {
        BarRenderer renderer = (BarRenderer) getRenderer();
        CategoryDataset data = getDataset();
        FontMetrics metrics = g2.getFontMetrics(renderer.getDefaultItemLabelFont());
        double lower = least.getLowerBound();
        double upper = least.getUpperBound();
        // a bar of v > 0 ends at (v - lower) / (upper - lower) of the width, and its label needs n px
        // beyond it: upper >= lower + (v - lower) * width / (width - n); alike below zero. Each side's
        // room grows with the other's, so the two bounds are found together, by repeating until they settle.
        for (int round = 0; round < 100; round++) {
            double l = least.getLowerBound();
            double u = least.getUpperBound();
            for (int row = 0; row < data.getRowCount(); row++) {
                for (int column = 0; column < data.getColumnCount(); column++) {
                    Number value = data.getValue(row, column);
                    if (value == null) {
                        continue;
                    }
                    double v = value.doubleValue();
                    String text = renderer.getItemLabelGenerator(row, column).generateLabel(data, row, column);
                    double need = Math.min(width / 3,
                            renderer.getItemLabelAnchorOffset() + metrics.stringWidth(text) + LABEL_GAP);
                    double stretch = width / (width - need);
                    if (v < 0) {
                        l = Math.min(l, upper - (upper - v) * stretch);
                    } else {
                        u = Math.max(u, lower + (v - lower) * stretch);
                    }
                }
            }
            boolean settled = Math.abs(l - lower) < 1e-9 && Math.abs(u - upper) < 1e-9;
            lower = l;
            upper = u;
            if (settled) {
                break;
            }
        }
        return new Range(lower, upper);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo state) {
        fitTo(g2, area);
        super.draw(g2, area, anchor, parentState, state);
    }

    /** Sets the range for a drawing of the plot in {@code area}, as {@link #draw} lays it out. */
    void fitTo(Graphics2D g2, Rectangle2D area) {
        fitRange(range(g2, dataArea(g2, area).getWidth()));
    }
}
