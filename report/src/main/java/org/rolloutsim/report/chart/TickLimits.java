package org.rolloutsim.report.chart;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
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
}
