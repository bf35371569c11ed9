package org.rolloutsim.report.chart;

import java.awt.Color;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.rolloutsim.report.view.SortedValues;

/**
 * A target or budget far from the results. Drawn on an axis stretched to reach it, it squeezes the
 * results into a sliver at one end: a target years beyond the last run leaves the histogram a spike
 * at the left. So a limit stays on the scale only when it lies within {@value #REACH} of the span of
 * the values drawn in place beyond either end of them (the axis then grows by at most that much);
 * further out, the axis keeps to the results and the limit is written at the edge of the plot on its
 * side, with an arrow pointing its way ({@link #note}). The shares and chances are counted against
 * the limit all the same.
 */
final class FarLimit {

    /** How far beyond the values, as a share of their span, a limit may lie and still be drawn. */
    static final double REACH = 0.5;

    private FarLimit() {
    }

    /**
     * True when {@code limit} lies within {@link #REACH} of the span from {@code low} to {@code high}
     * (at least {@code minSpan}, so a batch without spread still keeps a nearby target) beyond them.
     */
    static boolean near(double limit, double low, double high, double minSpan) {
        double reach = REACH * Math.max(high - low, minSpan);
        return limit >= low - reach && limit <= high + reach;
    }

    /**
     * The limit to keep on the scale of {@code values}: {@code limit} itself when it is near the
     * values drawn in place (those {@link BulkWindow} does not gather into its band), else null.
     *
     * @param unfinishedAt values at or above it are unfinished runs; +∞ when none can be
     */
    static Double kept(SortedValues values, double unfinishedAt, Double limit, double minSpan) {
        if (limit == null || values.size() == 0) {
            return limit;
        }
        BulkWindow window = BulkWindow.of(values, unfinishedAt, null);
        return near(limit, window.low(), window.high(), minSpan) ? limit : null;
    }

    /** The words of a limit off the chart, with an arrow pointing its way: "Target 17 March 2036, off the chart →". */
    static String noteText(String label, boolean horizontal, boolean above) {
        if (horizontal) {
            return above ? label + ", off the chart \u2192" : "\u2190 " + label + ", off the chart";
        }
        return (above ? "\u2191 " : "\u2193 ") + label + ", off the chart";
    }

    /**
     * The note of a limit off the chart, e.g. "Target 17 March 2036, off the chart →": in the middle
     * of the plot's right or left edge for a limit on the horizontal axis, of its top or bottom edge
     * for one on the vertical axis (clear of the corners, where charts write their quadrants and
     * marker labels), in axis units of {@code x} and {@code y}.
     *
     * @param horizontal true for a limit on the horizontal (domain) axis
     * @param above      true when the limit lies beyond the upper end of its axis
     */
    static XYTextAnnotation note(String label, boolean horizontal, boolean above, Range x, Range y) {
        String text = noteText(label, horizontal, above);
        double atX;
        double atY;
        TextAnchor anchor;
        if (horizontal) {
            atX = above ? x.getUpperBound() - x.getLength() * 0.01 : x.getLowerBound() + x.getLength() * 0.01;
            atY = y.getCentralValue();
            anchor = above ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        } else {
            atX = x.getCentralValue();
            atY = above ? y.getUpperBound() - y.getLength() * 0.02 : y.getLowerBound() + y.getLength() * 0.02;
            anchor = above ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER;
        }
        XYTextAnnotation note = new XYTextAnnotation(text, atX, atY);
        note.setFont(ChartStyle.MARKER);
        note.setPaint(ChartStyle.LIMIT);
        note.setBackgroundPaint(new Color(255, 255, 255, 230));
        note.setTextAnchor(anchor);
        return note;
    }
}
