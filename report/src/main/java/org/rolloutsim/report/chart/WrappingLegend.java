package org.rolloutsim.report.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Size2D;

/**
 * A legend whose entries wrap at spaces to the width of the drawing. JFreeChart writes an entry on
 * one line however long: on a phone's 400 px drawing, "Grey band: after 26 December 2033, 4% of runs
 * (<1% not finished before then)" ran off the right edge and was cut. Each entry is wrapped afresh
 * whenever the legend is laid out, so the wide drawing of the same chart keeps its one-line entries.
 */
final class WrappingLegend extends LegendTitle {

    private static final long serialVersionUID = 1L;
    /** Room beside an entry's text: its swatch (a line is 20 px) and the paddings around both. */
    private static final double SWATCH = 40;

    private transient Graphics2D g2;
    private double width = Double.POSITIVE_INFINITY;

    WrappingLegend(LegendItemSource source) {
        super(source);
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        this.g2 = g2;
        double available = constraint.getWidthRange() != null && constraint.getWidthRange().getUpperBound() > 0
                ? constraint.getWidthRange().getUpperBound() : constraint.getWidth();
        width = available > 0 ? trimToContentWidth(available) : Double.POSITIVE_INFINITY;
        try {
            return super.arrange(g2, constraint);
        } finally {
            this.g2 = null;
        }
    }

    @Override
    protected Block createLegendItemBlock(LegendItem item) {
        if (g2 == null || Double.isInfinite(width)) {
            return super.createLegendItemBlock(item);
        }
        Font font = item.getLabelFont() != null ? item.getLabelFont() : getItemFont();
        String wrapped = wrap(item.getLabel(), g2.getFontMetrics(font), width - SWATCH);
        return super.createLegendItemBlock(wrapped.equals(item.getLabel()) ? item : relabelled(item, wrapped));
    }

    /** {@code text} broken into lines (by "\n") at spaces, each at most {@code width} px where a word allows. */
    static String wrap(String text, FontMetrics metrics, double width) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && metrics.stringWidth(tried) > width) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        return out.append(line).toString();
    }

    /** A copy of {@code item} with another label; everything drawn beside it stays. */
    private static LegendItem relabelled(LegendItem item, String label) {
        LegendItem copy = new LegendItem(label, item.getDescription(), item.getToolTipText(), item.getURLText(),
                item.isShapeVisible(), item.getShape(), item.isShapeFilled(), item.getFillPaint(),
                item.isShapeOutlineVisible(), item.getOutlinePaint(), item.getOutlineStroke(), item.isLineVisible(),
                item.getLine(), item.getLineStroke(), item.getLinePaint());
        copy.setLabelFont(item.getLabelFont());
        copy.setLabelPaint(item.getLabelPaint());
        copy.setFillPaintTransformer(item.getFillPaintTransformer());
        copy.setDataset(item.getDataset());
        copy.setDatasetIndex(item.getDatasetIndex());
        copy.setSeriesKey(item.getSeriesKey());
        copy.setSeriesIndex(item.getSeriesIndex());
        return copy;
    }
}
