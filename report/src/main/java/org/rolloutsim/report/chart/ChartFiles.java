package org.rolloutsim.report.chart;

import java.awt.geom.Rectangle2D;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes charts as SVG (for the HTML report and for files) and PNG.
 *
 * <p>SVG output is deterministic: JFreeSVG by default prefixes the ids of clip paths and gradients
 * with {@code System.nanoTime()}; here the prefix is chosen by the caller (unique per chart in one
 * HTML page, so inline SVGs never share ids) and coordinates are written with at most two decimals
 * in a locale-independent way.
 */
public final class ChartFiles {

    private ChartFiles() {
    }

    /**
     * The chart as an {@code <svg>} element for inlining in HTML: scalable (viewBox, no fixed size,
     * so CSS sets the width), ids prefixed with {@code idPrefix}.
     *
     * @param idPrefix letters, digits, '-' or '_', starting with a letter; unique within one page
     */
    public static String svgElement(JFreeChart chart, int width, int height, String idPrefix) {
        if (!idPrefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("idPrefix must be a plain identifier: " + idPrefix);
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix + "-");
        g.setGeomDoubleConverter(ChartFiles::twoDecimals);
        g.setTransformDoubleConverter(ChartFiles::twoDecimals);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGElement(idPrefix, false, new ViewBox(0, 0, width, height), null, null);
    }

    /** A standalone SVG file (XML declaration, fixed size). */
    public static void writeSvg(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix("chart-");
        g.setGeomDoubleConverter(ChartFiles::twoDecimals);
        g.setTransformDoubleConverter(ChartFiles::twoDecimals);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        out.write(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** A PNG image. */
    public static void writePng(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        ChartUtils.writeChartAsPNG(out, chart, width, height);
        out.flush();
    }

    /**
     * Writes each chart into {@code dir} as {@code <name>.svg} and/or {@code <name>.png}, creating the
     * directory if needed.
     */
    public static void writeAll(List<NamedChart> charts, Path dir, boolean svg, boolean png) throws IOException {
        Files.createDirectories(dir);
        for (NamedChart c : charts) {
            if (svg) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(c.name() + ".svg")))) {
                    writeSvg(c.chart(), c.width(), c.height(), out);
                }
            }
            if (png) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(c.name() + ".png")))) {
                    writePng(c.chart(), c.width(), c.height(), out);
                }
            }
        }
    }

    /**
     * "12.5", "-3", "0.07": at most two decimals, no exponent, always a dot. The value's shortest
     * decimal text ({@link Double#toString}) rounded half up at two decimals, trailing zeros dropped:
     * what {@code BigDecimal.valueOf(value).setScale(2, HALF_UP).stripTrailingZeros().toPlainString()}
     * gives, done on the text itself, because a chart writes thousands of coordinates and the
     * BigDecimal route was a fifth of the time its drawing took.
     */
    static String twoDecimals(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        String text = Double.toString(value);
        if (text.indexOf('E') >= 0) {
            // below 0.001 or from 10 million on in magnitude: far from a chart's coordinates
            return exactTwoDecimals(value);
        }
        int dot = text.indexOf('.');
        boolean roundUp = text.length() > dot + 3 && text.charAt(dot + 3) >= '5';
        StringBuilder digits = new StringBuilder(text.length() + 1).append(text, 0, Math.min(text.length(), dot + 3));
        if (roundUp) {
            int i = digits.length() - 1;
            while (i >= 0 && (digits.charAt(i) == '9' || digits.charAt(i) == '.')) {
                if (digits.charAt(i) == '9') {
                    digits.setCharAt(i, '0');
                }
                i--;
            }
            if (i < 0 || digits.charAt(i) == '-') {
                digits.insert(i + 1, '1');
                dot++;
            } else {
                digits.setCharAt(i, (char) (digits.charAt(i) + 1));
            }
        }
        int end = digits.length();
        while (end > dot + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        if (end == dot + 1) {
            end = dot;
        }
        digits.setLength(end);
        return "-0".contentEquals(digits) ? "0" : digits.toString();
    }

    /** {@link #twoDecimals} by way of BigDecimal, for values Double.toString writes with an exponent. */
    static String exactTwoDecimals(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.toPlainString();
        return "-0".equals(text) ? "0" : text;
    }
}
