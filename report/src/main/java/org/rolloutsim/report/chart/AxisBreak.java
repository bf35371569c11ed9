package org.rolloutsim.report.chart;

import java.awt.BasicStroke;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * Draws an axis break (see {@link BulkWindow}): the scale's ticks stop at its edge, a dotted line
 * marks the break, the band after it is shaded grey and its only tick says what it holds ("later",
 * "more"), so nobody reads dates or amounts off it.
 */
final class AxisBreak {

    private AxisBreak() {
    }

    /**
     * @param edge       last value of the scale (axis units)
     * @param bandLow    where the band starts
     * @param bandCentre where its word goes
     * @param end        end of the axis
     * @param word       the band's tick label
     */
    static void mark(XYPlot plot, ValueAxis axis, double edge, double bandLow, double bandCentre, double end,
                     String word) {
        TickLimits limits = TickLimits.upTo(edge, bandCentre, word);
        if (axis instanceof LimitedDateAxis dates) {
            dates.setTickLimits(limits);
        } else if (axis instanceof LimitedNumberAxis numbers) {
            numbers.setTickLimits(limits);
        }
        boolean domain = plot.getDomainAxis() == axis;
        IntervalMarker band = new IntervalMarker((edge + bandLow) / 2, end, ChartStyle.BREAK_BAND);
        ValueMarker line = new ValueMarker((edge + bandLow) / 2, ChartStyle.PERCENTILE,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
        if (domain) {
            plot.addDomainMarker(band, Layer.BACKGROUND);
            plot.addDomainMarker(line, Layer.BACKGROUND);
        } else {
            plot.addRangeMarker(band, Layer.BACKGROUND);
            plot.addRangeMarker(line, Layer.BACKGROUND);
        }
    }
}
