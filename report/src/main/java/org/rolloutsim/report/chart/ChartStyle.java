package org.rolloutsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * The one look every chart shares: a quiet white background, light grid, and the Okabe–Ito palette
 * (Okabe and Ito 2008), which stays distinguishable under the common colour-vision deficiencies:
 * blue for simulated results, vermillion for the S-curve and for "later / dearer", black for the
 * target and budget, grey dashes for percentiles. No figure relies on red against green: lines also
 * differ by dash pattern and bars by direction.
 */
final class ChartStyle {

    static final Color SIMULATED = new Color(0x00, 0x72, 0xb2);
    static final Color SIMULATED_LIGHT = new Color(0x9e, 0xc9, 0xe6);
    /** Runs gathered after an axis break (far tail, not finished): darker than the bulk, so they stand out. */
    static final Color GATHERED = new Color(0x6b, 0x7f, 0x96);
    /** Background of the band after an axis break. */
    static final Color BREAK_BAND = new Color(0xf1, 0xf1, 0xf1);
    /** Okabe–Ito vermillion: the S-curve, and a driver that makes things later or dearer. */
    static final Color CURVE = new Color(0xd5, 0x5e, 0x00);
    /** Runs not finished by the horizon, drawn over the bars of the cost histogram. */
    static final Color UNFINISHED = new Color(0x33, 0x33, 0x33);
    /** Target and budget: black, solid and thick, never confused with a curve. */
    static final Color LIMIT = new Color(0x11, 0x11, 0x11);
    static final Color PERCENTILE = new Color(0x44, 0x44, 0x44);
    /** Okabe–Ito blue: a driver that makes things earlier or cheaper, the good corner. */
    static final Color GOOD = new Color(0x00, 0x72, 0xb2);
    /** Okabe–Ito bluish green: the confidence point (JCL 70) on the joint chart. */
    static final Color POINT = new Color(0x00, 0x9e, 0x73);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    /** Variant colours for comparisons, in order: Okabe–Ito blue, vermillion, bluish green, reddish purple, orange, sky blue. */
    static final Color[] VARIANTS = {
        new Color(0x00, 0x72, 0xb2), new Color(0xd5, 0x5e, 0x00), new Color(0x00, 0x9e, 0x73),
        new Color(0xcc, 0x79, 0xa7), new Color(0xe6, 0x9f, 0x00), new Color(0x56, 0xb4, 0xe9)
    };
    /** Dash patterns that go with {@link #VARIANTS}, so lines differ without colour too (solid first). */
    private static final float[][] DASHES = {null, {10f, 5f}, {2.5f, 4f}, {12f, 4f, 2.5f, 4f}, {5f, 5f}, {1f, 3f}};

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font MARKER = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    static final Stroke LIMIT_STROKE = new BasicStroke(2f);
    static final Stroke PERCENTILE_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    static {
        // JFreeChart draws rotated text (a vertical axis's label) through a TextLayout by default, a
        // workaround for a Java 1.4 bug. In SVG that writes every glyph's outline as a path: a label
        // the browser cannot select, search or read aloud, some hundred coordinates a letter, and a
        // fifth of the time the report's charts took to draw. Off, the label is drawn as text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartStyle() {
    }

    /** The line of variant {@code index}: its width and dash pattern. */
    static Stroke variantStroke(int index) {
        float[] dash = DASHES[index % DASHES.length];
        return dash == null ? new BasicStroke(2.5f)
                : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** A target or budget line drawn with the dash pattern of variant {@code index}, as thick as {@link #LIMIT_STROKE}. */
    static Stroke limitStroke(int index) {
        float[] dash = DASHES[index % DASHES.length];
        return dash == null ? LIMIT_STROKE
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The colour of variant {@code index}. */
    static Color variantColour(int index) {
        return VARIANTS[index % VARIANTS.length];
    }

    /**
     * Flat bars, each with its value written by {@code labels} just beyond its end, on the side the
     * bar points to.
     */
    static void labelledBars(BarRenderer renderer, CategoryItemLabelGenerator labels) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(labels);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TICK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(4);
    }

    /** An untitled axis of input names, wrapped to two lines within {@code widthRatio} of the chart. */
    static CategoryAxis inputAxis(float widthRatio) {
        CategoryAxis axis = new CategoryAxis(null);
        axis.setTickLabelFont(LABEL);
        axis.setMaximumCategoryLabelWidthRatio(widthRatio);
        axis.setMaximumCategoryLabelLines(2);
        return axis;
    }

    /** Builds a chart with the shared look; {@code subtitle} may be null. */
    static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        if (legend) {
            // entries wrap to the drawing's width: a phone's narrow drawing cut long ones off
            WrappingLegend wrapping = new WrappingLegend(plot);
            // as JFreeChart sets up its own legend
            wrapping.setMargin(new RectangleInsets(1, 1, 1, 1));
            wrapping.setBackgroundPaint(Color.WHITE);
            chart.addLegend(wrapping);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        chart.getTitle().setPaint(TEXT);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(TEXT);
            chart.addSubtitle(sub);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LABEL);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (plot instanceof XYPlot xy) {
            // the labels are placed last, over everything else the plot draws (LabelLayout)
            for (var a : List.copyOf(xy.getAnnotations())) {
                if (a instanceof LabelLayout layout) {
                    xy.removeAnnotation(layout);
                    xy.addAnnotation(layout);
                }
            }
            xy.setBackgroundPaint(Color.WHITE);
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setOutlineVisible(false);
        } else if (plot instanceof CategoryPlot cat) {
            cat.setBackgroundPaint(Color.WHITE);
            cat.setRangeGridlinePaint(GRID);
            cat.setOutlineVisible(false);
        }
        return chart;
    }

    /** A solid red line for a target date or budget, labelled at the top. */
    static ValueMarker limit(double value, String label) {
        return limit(value, label, null);
    }

    /** As {@link #limit(double, String)}; in the right third of {@code axis} the label goes left of the line. */
    static ValueMarker limit(double value, String label, Range axis) {
        ValueMarker marker = new ValueMarker(value, LIMIT, LIMIT_STROKE);
        label(marker, label, LIMIT, 0, axis);
        return marker;
    }

    /**
     * A target or budget drawn across the plot (a horizontal line against a range axis), labelled
     * inside the plot at the line's left end: above the line, or below it when the line lies in the
     * top tenth of {@code axis}, where a label above would be cut off by the plot's top edge. (A
     * label at the line's right end ran out of the plot and was cut off.)
     */
    static ValueMarker horizontalLimit(double value, String label, Range axis) {
        ValueMarker marker = new ValueMarker(value, LIMIT, LIMIT_STROKE);
        marker.setLabel(label);
        marker.setLabelFont(MARKER);
        marker.setLabelPaint(LIMIT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        boolean below = value > axis.getUpperBound() - axis.getLength() * 0.1;
        marker.setLabelAnchor(below ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(below ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(new RectangleInsets(3, 6, 3, 6));
        return marker;
    }

    /**
     * A dashed grey line for a percentile; {@code row} staggers labels of nearby markers, and in the
     * right third of {@code axis} (if given) the label goes left of the line so it is not cut off.
     */
    static ValueMarker percentile(double value, String label, int row, Range axis) {
        ValueMarker marker = new ValueMarker(value, PERCENTILE, PERCENTILE_STROKE);
        label(marker, label, PERCENTILE, row, axis);
        return marker;
    }

    private static void label(ValueMarker marker, String label, Paint paint, int row, Range axis) {
        if (label == null) {
            // labelled by LabelLayout where the chart is drawn
            return;
        }
        marker.setLabel(label);
        marker.setLabelFont(MARKER);
        marker.setLabelPaint(paint);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        boolean leftOfLine = axis != null && marker.getValue() > axis.getLowerBound() + axis.getLength() * 0.68;
        marker.setLabelAnchor(leftOfLine ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(leftOfLine ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(4 + 18 * row, 4, 4, 4));
    }
}
