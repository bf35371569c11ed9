package org.rolloutsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A plot of labelled rows (waves, variant pairs), each with a horizontal range bar (P10–P90) and
 * point marks on it (P50, planned date, mean). Rows run top to bottom in list order. Dataset 0
 * holds the bars, dataset 1 the marks (one series per kind of mark).
 */
final class RangeRows {

    private final XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    private final XYSeriesCollection marks = new XYSeriesCollection();
    private final XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
    private final XYBarRenderer barRenderer = new XYBarRenderer();

    RangeRows() {
        barRenderer.setUseYInterval(true);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
    }

    /** A series of bars: row {@code i} spans {@code low[i]..high[i]}, {@code thickness} of a row high. */
    void bars(String name, double[] low, double[] high, double thickness, Color color) {
        XYIntervalSeries series = new XYIntervalSeries(name);
        for (int i = 0; i < low.length; i++) {
            series.add(i, i - thickness / 2, i + thickness / 2, (low[i] + high[i]) / 2, low[i], high[i]);
        }
        bars.addSeries(series);
        barRenderer.setSeriesPaint(bars.getSeriesCount() - 1, color);
    }

    /** A series of marks, one per row at {@code values[i]}. */
    void marks(String name, double[] values, Shape shape, Color color) {
        marks(name, values, 0, shape, color);
    }

    /**
     * As {@link #marks(String, double[], Shape, Color)}, shifted {@code rowOffset} of a row up
     * (negative) or down, so a mark can sit just above its bar instead of on top of another mark.
     */
    void marks(String name, double[] values, double rowOffset, Shape shape, Color color) {
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < values.length; i++) {
            series.add(i + rowOffset, values[i]);
        }
        marks.addSeries(series);
        int index = marks.getSeriesCount() - 1;
        markRenderer.setSeriesShape(index, shape);
        markRenderer.setSeriesPaint(index, color);
        markRenderer.setSeriesOutlinePaint(index, Color.WHITE);
        markRenderer.setSeriesOutlineStroke(index, new BasicStroke(1f));
    }

    XYPlot plot(List<String> rowLabels, ValueAxis valueAxis) {
        SymbolAxis rows = new SymbolAxis(null, rowLabels.toArray(new String[0]));
        rows.setInverted(true);
        rows.setGridBandsVisible(false);
        rows.setTickLabelFont(ChartStyle.LABEL);
        rows.setAutoRangeIncludesZero(false);
        rows.setRange(-0.6, rowLabels.size() - 0.4);
        XYPlot plot = new XYPlot(bars, rows, valueAxis, barRenderer);
        plot.setDataset(1, marks);
        plot.setRenderer(1, markRenderer);
        markRenderer.setUseOutlinePaint(true);
        markRenderer.setDrawOutlines(true);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // marks on top of the bars
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        return plot;
    }

    /**
     * Draws the marks once more over the lines drawn across the rows (a line at zero, a marker),
     * which JFreeChart draws after every dataset: a P50 of 0 had its tick under the zero line.
     */
    void marksOverLines(XYPlot plot) {
        plot.addAnnotation(new MarksOnTop(marks, markRenderer));
    }

    /** The marks of the rows, drawn as their renderer draws them, after the plot's lines. */
    private static final class MarksOnTop extends org.jfree.chart.annotations.AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;
        private final XYSeriesCollection marks;
        private final XYLineAndShapeRenderer renderer;

        MarksOnTop(XYSeriesCollection marks, XYLineAndShapeRenderer renderer) {
            this.marks = marks;
            this.renderer = renderer;
        }

        @Override
        public void draw(java.awt.Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis rowAxis, ValueAxis valueAxis,
                         int rendererIndex, org.jfree.chart.plot.PlotRenderingInfo info) {
            boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
            for (int s = 0; s < marks.getSeriesCount(); s++) {
                for (int i = 0; i < marks.getItemCount(s); i++) {
                    double row = rowAxis.valueToJava2D(marks.getXValue(s, i), area, plot.getDomainAxisEdge());
                    double value = valueAxis.valueToJava2D(marks.getYValue(s, i), area, plot.getRangeAxisEdge());
                    if (!Double.isFinite(row) || !Double.isFinite(value)) {
                        continue;
                    }
                    Shape shape = org.jfree.chart.util.ShapeUtils.createTranslatedShape(renderer.getSeriesShape(s),
                            horizontal ? value : row, horizontal ? row : value);
                    g2.setPaint(renderer.getSeriesPaint(s));
                    g2.fill(shape);
                    g2.setPaint(renderer.getSeriesOutlinePaint(s));
                    g2.setStroke(renderer.getSeriesOutlineStroke(s));
                    g2.draw(shape);
                }
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MarksOnTop other && other.marks.equals(marks);
        }

        @Override
        public int hashCode() {
            return marks.hashCode();
        }
    }

    /** A short upright bar that crosses a horizontal range bar: the P50 mark. */
    static Shape tick() {
        return new Rectangle2D.Double(-2, -11, 4, 22);
    }

    /** A diamond: the planned date or the mean. */
    static Shape diamond() {
        return diamond(7);
    }

    /** A diamond {@code half} from its centre to each point. */
    static Shape diamond(double half) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -half);
        d.lineTo(half, 0);
        d.lineTo(0, half);
        d.lineTo(-half, 0);
        d.closePath();
        return d;
    }
}
