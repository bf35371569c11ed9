package org.rolloutsim.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;

/**
 * Draws each data item as one small filled circle. Unlike the standard shape renderer, it hands the
 * SVG writer a true {@link Ellipse2D} (written as a short {@code <ellipse>} element) with no outline,
 * which keeps a scatter of thousands of runs a few hundred kilobytes instead of megabytes.
 */
final class DotRenderer extends AbstractXYItemRenderer {

    private static final long serialVersionUID = 1L;
    private final double diameter;

    DotRenderer(double diameter) {
        this.diameter = diameter;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        g2.setPaint(getItemPaint(series, item));
        g2.fill(new Ellipse2D.Double(px - diameter / 2, py - diameter / 2, diameter, diameter));
    }
}
