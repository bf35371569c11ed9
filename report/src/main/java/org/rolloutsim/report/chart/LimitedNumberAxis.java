package org.rolloutsim.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis that labels only the ticks its {@link TickLimits} allow (all of them by default), and,
 * when asked, whose title along the bottom is shortened where it would run off the drawing (a swept
 * risk's name on a phone: {@link FittedText}).
 */
final class LimitedNumberAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    private transient TickLimits limits;
    private boolean fitsLabel;

    LimitedNumberAxis(String label) {
        super(label);
    }

    /** Limits the labelled ticks; null labels every tick. */
    void setTickLimits(TickLimits limits) {
        this.limits = limits;
    }

    /**
     * Shortens the title, along the bottom, where it would run past the drawing's edge ({@link FittedText});
     * off by default, so that no other chart changes.
     */
    void setFitsLabel(boolean fits) {
        this.fitsLabel = fits;
    }

    TickLimits tickLimits() {
        return limits;
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        String shown = label;
        if (fitsLabel && label != null && RectangleEdge.isTopOrBottom(edge)) {
            // centred under the data area, it may use the plot's room either side of that centre
            double room = 2 * Math.min(dataArea.getCenterX() - plotArea.getMinX(), plotArea.getMaxX() - dataArea.getCenterX());
            shown = FittedText.shortened(label, g2.getFontMetrics(getLabelFont()), room);
        }
        return super.drawLabel(shown, g2, plotArea, dataArea, edge, state);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = super.refreshTicks(g2, state, dataArea, edge);
        return limits == null ? ticks
                : limits.clearOfExtra(limits.apply(ticks), g2, getTickLabelFont(), this, dataArea, edge);
    }
}
