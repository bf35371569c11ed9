package org.rolloutsim.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A date axis that labels only the ticks its {@link TickLimits} allow (all of them by default), so
 * the area beyond an axis break carries a word ("later") instead of dates it does not keep to.
 */
final class LimitedDateAxis extends DateAxis {

    private static final long serialVersionUID = 1L;
    private transient TickLimits limits;

    LimitedDateAxis(String label, TimeZone zone, Locale locale) {
        super(label, zone, locale);
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
