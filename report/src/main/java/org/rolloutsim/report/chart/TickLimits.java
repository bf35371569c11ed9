package org.rolloutsim.report.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * Which ticks an axis labels when part of its range is not a scale: only ticks from {@code lowest}
 * to {@code highest} (in axis units) keep their label, and an optional extra label names the area
 * beyond them, e.g. "later" under the bar that gathers the runs after the axis break, or nothing
 * beyond a correlation of 1 where the tornado only needs room for its value labels.
 *
 * @param lowest     smallest value that gets a tick
 * @param highest    largest value that gets a tick
 * @param extraValue where the extra label goes (ignored when {@code extraLabel} is null)
 * @param extraLabel text of the extra label, or null for none
 */
record TickLimits(double lowest, double highest, double extraValue, String extraLabel) {

    static TickLimits between(double lowest, double highest) {
        return new TickLimits(lowest, highest, Double.NaN, null);
    }

    /** Ticks up to {@code highest}; {@code label} written at {@code at}. */
    static TickLimits upTo(double highest, double at, String label) {
        return new TickLimits(Double.NEGATIVE_INFINITY, highest, at, label);
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? Math.abs(value) : 0;
    }

    /** The ticks within the limits, in order, plus the extra label placed like its neighbours. */
    List<ValueTick> apply(List<?> ticks) {
        List<ValueTick> kept = new ArrayList<>();
        ValueTick model = null;
        // tolerance: a tick computed as 0.9999999 for 1 is still the tick at 1
        double slack = 1e-9 * Math.max(1, Math.max(finite(lowest), finite(highest)));
        for (Object o : ticks) {
            ValueTick tick = (ValueTick) o;
            if (model == null && tick.getTickType() == TickType.MAJOR) {
                model = tick;
            }
            if (tick.getValue() >= lowest - slack && tick.getValue() <= highest + slack) {
                kept.add(tick);
            }
        }
        if (extraLabel != null) {
            TextAnchor text = model == null ? TextAnchor.TOP_CENTER : model.getTextAnchor();
            TextAnchor rotation = model == null ? TextAnchor.TOP_CENTER : model.getRotationAnchor();
            double angle = model == null ? 0 : model.getAngle();
            kept.add(new NumberTick(TickType.MAJOR, extraValue, extraLabel, text, rotation, angle));
        }
        return kept;
    }

    /** Space kept between the extra label and the nearest tick label beside it. */
    private static final double EXTRA_GAP = 6;

    /**
     * {@code ticks} less those whose label would run into the extra label: the scale's last tick
     * ("Sep 2029") can fall just before the axis break, a few pixels from the band's word ("not
     * finished"), and the two read as one. Each label is taken as a browser may draw it, wider than
     * measured here ({@link LabelLayout#WIDER}), centred on its tick along the axis.
     */
    List<ValueTick> clearOfExtra(List<ValueTick> ticks, Graphics2D g2, Font font, ValueAxis axis, Rectangle2D area,
                                 RectangleEdge edge) {
        if (extraLabel == null) {
            return ticks;
        }
        boolean across = RectangleEdge.isTopOrBottom(edge);
        g2.setFont(font);
        double extraAt = axis.valueToJava2D(extraValue, area, edge);
        double extraHalf = extent(extraLabel, g2, across) / 2;
        List<ValueTick> kept = new ArrayList<>();
        for (ValueTick tick : ticks) {
            boolean isExtra = tick.getValue() == extraValue && extraLabel.equals(tick.getText());
            String text = tick.getText();
            if (!isExtra && text != null && !text.isEmpty()) {
                double at = axis.valueToJava2D(tick.getValue(), area, edge);
                if (Math.abs(at - extraAt) < extent(text, g2, across) / 2 + extraHalf + EXTRA_GAP) {
                    continue;
                }
            }
            kept.add(tick);
        }
        return kept;
    }

    /** A label's extent along the axis: its width on a horizontal axis, its height on a vertical one. */
    private static double extent(String text, Graphics2D g2, boolean across) {
        Rectangle2D bounds = TextUtils.getTextBounds(text, g2, g2.getFontMetrics());
        return across ? bounds.getWidth() * LabelLayout.WIDER : bounds.getHeight();
    }
}
