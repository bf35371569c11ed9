package org.rolloutsim.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;

/** A number axis that labels only the ticks its {@link TickLimits} allow (all of them by default). */
final class LimitedNumberAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    private transient TickLimits limits;

    LimitedNumberAxis(String label) {
        super(label);
    }

    /** Limits the labelled ticks; null labels every tick. */
    void setTickLimits(TickLimits limits) {
        this.limits = limits;
    }

    TickLimits tickLimits() {
        return limits;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = super.refreshTicks(g2, state, dataArea, edge);
        return limits == null ? ticks
                : limits.clearOfExtra(limits.apply(ticks), g2, getTickLabelFont(), this, dataArea, edge);
    }
}
