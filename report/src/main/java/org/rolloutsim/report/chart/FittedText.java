package org.rolloutsim.report.chart;

import java.awt.FontMetrics;

/**
 * A one-line text shortened to a width: cut with an ellipsis before its closing bracket, which keeps
 * what it names ("Risk: The vendor ships a major upgrade… (probability)"), or at its end when it has
 * none. A sweep's axis title is a swept input's name, which on a phone's drawing can be twice as wide
 * as the plot; the chart's title above gives it whole.
 */
final class FittedText {

    private FittedText() {
    }

    static final String ELLIPSIS = "\u2026";

    /** The text, or as much of it as fits {@code width} with an ellipsis; never less than its last part. */
    static String shortened(String text, FontMetrics metrics, double width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        int bracket = text.endsWith(")") ? text.lastIndexOf(" (") : -1;
        String tail = bracket > 0 ? text.substring(bracket) : "";
        String head = bracket > 0 ? text.substring(0, bracket) : text;
        for (int keep = head.length() - 1; keep > 0; keep--) {
            String shown = head.substring(0, keep).strip() + ELLIPSIS + tail;
            if (metrics.stringWidth(shown) <= width) {
                return shown;
            }
        }
        return head.isEmpty() ? text : head.charAt(0) + ELLIPSIS + tail;
    }
}
