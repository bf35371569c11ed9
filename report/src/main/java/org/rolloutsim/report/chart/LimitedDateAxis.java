package org.rolloutsim.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A date axis that labels only the ticks its {@link TickLimits} allow (all of them by default), so
 * the area beyond an axis break carries a word ("later") instead of dates it does not keep to.
 * Along the bottom it also spaces its ticks so neighbouring labels keep a gap, as a browser draws
 * them: JFreeChart's own choice let labels touch ("Apr 2030Aug 2030Dec 2030" in the board pack).
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

    /** The least space between two neighbouring tick labels along the axis. */
    static final double LABEL_GAP = 8;

    /**
     * JFreeChart's choice of tick size, then larger sizes until every two neighbouring labels stand
     * apart, each taken as wide as a browser may draw it ({@link LabelLayout#WIDER}) with a gap of
     * {@link #LABEL_GAP}. JFreeChart estimates one label's width from the range's ends and allows no
     * gap, and months of unequal length put some ticks closer than its estimate.
     */
    @Override
    protected void selectHorizontalAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        if (checking) {
            // the ticks are being made at a size chosen here (refreshTicksHorizontal selects one first)
            return;
        }
        super.selectHorizontalAutoTickUnit(g2, dataArea, edge);
        TickUnitSource units = getStandardTickUnits();
        checking = true;
        try {
            for (int tries = 0; tries < 20 && crowded(g2, dataArea, edge); tries++) {
                DateTickUnit larger = (DateTickUnit) units.getLargerTickUnit(getTickUnit());
                if (larger == null || larger.getSize() <= getTickUnit().getSize()) {
                    return;
                }
                setTickUnit(larger, false, false);
            }
        } finally {
            checking = false;
        }
    }

    private transient boolean checking;

    /** Whether two neighbouring tick labels at the current tick size would run together. */
    private boolean crowded(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        g2.setFont(getTickLabelFont());
        double lastAt = Double.NaN;
        double lastHalf = 0;
        for (Object o : refreshTicksHorizontal(g2, dataArea, edge)) {
            ValueTick tick = (ValueTick) o;
            String text = tick.getText();
            if (text == null || text.isEmpty()) {
                continue;
            }
            double at = valueToJava2D(tick.getValue(), dataArea, edge);
            double half = TextUtils.getTextBounds(text, g2, g2.getFontMetrics()).getWidth() * LabelLayout.WIDER / 2;
            if (!Double.isNaN(lastAt) && Math.abs(at - lastAt) < lastHalf + half + LABEL_GAP) {
                return true;
            }
            lastAt = at;
            lastHalf = half;
        }
        return false;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = super.refreshTicks(g2, state, dataArea, edge);
        return limits == null ? ticks
                : limits.clearOfExtra(limits.apply(ticks), g2, getTickLabelFont(), this, dataArea, edge);
    }
}
