package org.rolloutsim.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * A horizontal bar plot whose value range is fitted to each drawing: the bars' labels need room
 * in data units that depends on how wide the drawing is (a phone's or a page's). Subclasses say
 * which range fits a data area of a given width; this class works out that area as
 * {@link CategoryPlot#draw} will lay it out.
 */
abstract class FittedBarPlot extends CategoryPlot {
    FittedBarPlot(CategoryDataset dataset, CategoryAxis inputs, ValueAxis values, BarRenderer renderer) {
        super(dataset, inputs, values, renderer);
    }

    /** The data area a drawing of this plot in {@code area} will have, with the axes as they are set now. */
    final Rectangle2D dataArea(Graphics2D g2, Rectangle2D area) {
        Rectangle2D plotArea = (Rectangle2D) area.clone();
        getInsets().trim(plotArea);
        AxisSpace space = calculateAxisSpace(g2, plotArea);
        Rectangle2D dataArea = space.shrink(plotArea, null);
        getAxisOffset().trim(dataArea);
        return dataArea;
    }

    /** Sets the value axis to {@code range}, leaving it alone (no change event) if it is already that. */
    final void fitRange(Range range) {
        ValueAxis axis = getRangeAxis();
        if (!range.equals(axis.getRange())) {
            axis.setRange(range, true, false);
        }
    }
}
