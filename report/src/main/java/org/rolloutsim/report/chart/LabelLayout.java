package org.rolloutsim.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The labels of a plot's lines and notes, placed where the chart is drawn, when the size of the
 * plot and of each label is known. JFreeChart places a marker's label by a fixed rule (an offset
 * from the top of its line), which knows nothing of the other labels, of the bars or of other
 * lines: at one size a label's box cut into a bar, at another it lay across the target line.
 *
 * <p>The rule here: each label is tried, in the order added, at every place its kind allows (a line's
 * label beside its line, at each row from the top down, on its preferred side first; a note off
 * the chart along the edge it points to; a point's label at each corner of the point), and goes to
 * the first place whose box is inside the plot and touches nothing drawn: no label placed before
 * it, no line but its own (markers, curves, limit lines, the axis break), no bar, no marked point, no
 * text annotation. Where no place is clear it goes where it touches least, other labels weighing
 * most, then lines, then bars and points. The obstacles are read from the plot itself, so a chart
 * adds its labels here and need not know what else it draws.
 */
final class LabelLayout extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** Where a label may go. */
    enum Kind { VERTICAL_LINE, HORIZONTAL_LINE, POINT, EDGE_RIGHT, EDGE_LEFT, EDGE_TOP, EDGE_BOTTOM }

    /**
     * One label.
     *
     * @param x axis value of its vertical line or point (domain axis), unused for a horizontal line or an edge note
     * @param y axis value of its horizontal line or point (range axis)
     */
    record Label(String text, Kind kind, double x, double y, Font font, Paint paint, Paint outline, ValueMarker line) {
    }

    /**
     * The renderer index under which the vertical lines this layout draws are kept in the plot: no
     * renderer has it, so JFreeChart does not draw them (full height, with their labels where its
     * rule puts them); this layout draws each from the bottom of the plot up to its label.
     */
    static final int LINES = 1000;

    /** Gap between a label's box and its line, and between the box and its text. */
    private static final double GAP = 4;
    private static final double PAD = 2;
    /** How much wider than measured here a label may be drawn by a browser (DejaVu against Liberation Sans). */
    static final double WIDER = 1.12;
    private static final Color BOX = new Color(255, 255, 255, 230);

    private final List<Label> labels = new ArrayList<>();
    /** The boxes of the last drawing, in the order of {@link #labels} (for tests). */
    private transient List<Rectangle2D> placed = List.of();

    /** The layout of {@code plot}, added to it on first use. */
    static LabelLayout of(XYPlot plot) {
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a instanceof LabelLayout layout) {
                return layout;
            }
        }
        LabelLayout layout = new LabelLayout();
        plot.addAnnotation(layout);
        return layout;
    }

    /**
     * A vertical line labelled with {@code marker}'s label, which this layout draws: the line from the
     * bottom of the plot up to its label, the label beside it. So a label may sit across another
     * line's position above where that line ends, which is how several fit on a narrow chart.
     */
    static void line(XYPlot plot, ValueMarker marker) {
        plot.addDomainMarker(LINES, marker, Layer.FOREGROUND, false);
        of(plot).labels.add(new Label(marker.getLabel(), Kind.VERTICAL_LINE, marker.getValue(), Double.NaN,
                ChartStyle.MARKER, marker.getPaint(), null, marker));
    }

    /** A horizontal line across the plot labelled with {@code marker}'s label, both drawn by this layout. */
    static void horizontalLine(XYPlot plot, ValueMarker marker) {
        plot.addRangeMarker(LINES, marker, Layer.FOREGROUND, false);
        of(plot).labels.add(new Label(marker.getLabel(), Kind.HORIZONTAL_LINE, Double.NaN, marker.getValue(),
                ChartStyle.MARKER, marker.getPaint(), null, marker));
    }

    /** Labels the point ({@code x}, {@code y}), its box outlined in {@code outline} (null: none). */
    static void pointLabel(XYPlot plot, double x, double y, String text, Paint paint, Paint outline) {
        of(plot).labels.add(new Label(text, Kind.POINT, x, y, ChartStyle.MARKER, paint, outline, null));
    }

    /** A note along one edge of the plot (a limit off the chart). */
    static void edgeNote(XYPlot plot, Kind edge, String text) {
        of(plot).labels.add(new Label(text, edge, Double.NaN, Double.NaN, ChartStyle.MARKER, ChartStyle.LIMIT, null, null));
    }

    List<Label> labels() {
        return List.copyOf(labels);
    }

    /** The texts of the labels, in the order added. */
    List<String> texts() {
        return labels.stream().map(Label::text).toList();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        // the labels of lines first, as each must sit beside its own; then points; notes, free to move along their edge, last
        List<Label> lines = new ArrayList<>();
        List<Label> rest = new ArrayList<>();
        for (Label l : labels) {
            (l.kind() == Kind.VERTICAL_LINE || l.kind() == Kind.HORIZONTAL_LINE ? lines : rest).add(l);
        }
        rest.sort(java.util.Comparator.comparingInt(l -> l.kind() == Kind.POINT ? 0 : 1));
        // which line is labelled first decides which labels stand higher: every order of a few is
        // tried (a label across another line's position must stand above where that line ends)
        List<Placed> best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (List<Label> order : orders(lines)) {
            List<Label> all = new ArrayList<>(order);
            all.addAll(rest);
            List<Placed> layout = solve(all, g2, plot, area, domainAxis, rangeAxis);
            double cost = layout.stream().mapToDouble(Placed::cost).sum();
            if (cost < bestCost) {
                best = layout;
                bestCost = cost;
                if (cost == 0) {
                    break;
                }
            }
        }
        List<Rectangle2D> boxes = new ArrayList<>();
        for (Placed p : best) {
            Label label = p.label();
            boxes.add(p.box());
            if (label.line() != null) {
                g2.setPaint(label.line().getPaint());
                g2.setStroke(label.line().getStroke());
                g2.draw(label.kind() == Kind.VERTICAL_LINE
                        ? new Line2D.Double(p.own(), top(p.box(), p.own()), p.own(), area.getMaxY())
                        : new Line2D.Double(area.getMinX(), p.own(), area.getMaxX(), p.own()));
            }
        }
        for (Placed p : best) {
            Label label = p.label();
            g2.setPaint(BOX);
            g2.fill(p.box());
            if (label.outline() != null) {
                g2.setPaint(label.outline());
                g2.draw(p.box());
            }
            g2.setFont(label.font());
            g2.setPaint(label.paint());
            g2.drawString(label.text(), (float) (p.box().getX() + PAD - p.text().getX()),
                    (float) (p.box().getY() + PAD - p.text().getY()));
        }
        placed = List.copyOf(boxes);
    }

    /** Where a line ends at its label: level with the top of a box beside it, at the bottom of one over it. */
    private static double top(Rectangle2D box, double line) {
        return box.getMinX() < line && box.getMaxX() > line ? box.getMaxY() : box.getMinY();
    }

    /** A label's place: its box, its text's bounds, the position of its own line, and what it collides with. */
    private record Placed(Label label, Rectangle2D box, Rectangle2D text, double own, double cost) {
    }

    /** Every order of up to five labels (120 orders); more keep the order given. */
    private static List<List<Label>> orders(List<Label> labels) {
        List<List<Label>> out = new ArrayList<>();
        if (labels.size() > 5) {
            out.add(labels);
            return out;
        }
        permute(new ArrayList<>(labels), 0, out);
        return out;
    }

    private static void permute(List<Label> list, int from, List<List<Label>> out) {
        if (from >= list.size() - 1) {
            out.add(List.copyOf(list));
            return;
        }
        for (int i = from; i < list.size(); i++) {
            java.util.Collections.swap(list, from, i);
            permute(list, from + 1, out);
            java.util.Collections.swap(list, from, i);
        }
    }

    /** Places the labels one by one, in {@code order}, each where it collides least with what is already there. */
    private static List<Placed> solve(List<Label> order, Graphics2D g2, XYPlot plot, Rectangle2D area,
                                      ValueAxis domainAxis, ValueAxis rangeAxis) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        Obstacles obstacles = Obstacles.of(g2, plot, area);
        List<Rectangle2D> boxes = new ArrayList<>();
        List<Placed> out = new ArrayList<>();
        for (Label label : order) {
            g2.setFont(label.font());
            Rectangle2D text = TextUtils.getTextBounds(label.text(), g2, g2.getFontMetrics());
            // a browser draws an SVG's text in its own sans-serif font, which may run wider than Java's
            double w = text.getWidth() * WIDER + 2 * PAD;
            double h = text.getHeight() + 2 * PAD;
            double own = Double.NaN;
            boolean ownVertical = true;
            if (label.kind() == Kind.VERTICAL_LINE) {
                own = domainAxis.valueToJava2D(label.x(), area, xEdge);
            } else if (label.kind() == Kind.HORIZONTAL_LINE) {
                own = rangeAxis.valueToJava2D(label.y(), area, yEdge);
                ownVertical = false;
            }
            Rectangle2D best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            for (Rectangle2D c : candidates(label, w, h, area, domainAxis, rangeAxis, xEdge, yEdge, obstacles.verticals(),
                    obstacles.bands())) {
                double cost = obstacles.cost(c, boxes, area, own, ownVertical);
                if (isNote(label)) {
                    // a note has the whole edge to choose from: it keeps off the grey bands and the dots too
                    cost += obstacles.noteCost(c);
                }
                if (label.kind() == Kind.VERTICAL_LINE) {
                    // its line, from the bottom of the plot up to the box, crosses no label placed before
                    Line2D line = new Line2D.Double(own, top(c, own), own, area.getMaxY());
                    for (Rectangle2D p : boxes) {
                        if (p.intersectsLine(line)) {
                            cost += 1e5;
                        }
                    }
                }
                if (cost < bestCost) {
                    best = c;
                    bestCost = cost;
                    if (cost == 0) {
                        break;
                    }
                }
            }
            if (best == null) {
                continue;
            }
            boxes.add(best);
            if (label.kind() == Kind.VERTICAL_LINE) {
                obstacles.lines().add(List.of(new Line2D.Double(own, top(best, own), own, area.getMaxY())));
            }
            out.add(new Placed(label, best, text, own, bestCost));
        }
        return out;
    }

    private static boolean isNote(Label label) {
        return label.kind() != Kind.VERTICAL_LINE && label.kind() != Kind.HORIZONTAL_LINE && label.kind() != Kind.POINT;
    }

    /** The boxes of the last drawing, in the order the labels were added. */
    List<Rectangle2D> placed() {
        return placed;
    }

    private static List<Rectangle2D> candidates(Label label, double w, double h, Rectangle2D area, ValueAxis domainAxis,
                                                ValueAxis rangeAxis, RectangleEdge xEdge, RectangleEdge yEdge,
                                                List<Double> verticals, List<Rectangle2D> bands) {
        List<Rectangle2D> out = new ArrayList<>();
        double step = h + 2;
        switch (label.kind()) {
            case VERTICAL_LINE -> {
                double x = domainAxis.valueToJava2D(label.x(), area, xEdge);
                boolean leftFirst = x > area.getMinX() + area.getWidth() * 0.68;
                for (double y = area.getMinY() + GAP; y + h <= area.getMaxY(); y += step) {
                    double right = x + GAP;
                    double left = x - GAP - w;
                    out.add(new Rectangle2D.Double(leftFirst ? left : right, y, w, h));
                    out.add(new Rectangle2D.Double(leftFirst ? right : left, y, w, h));
                }
                // too wide for either side: over its line's top end, as a heading, within the plot
                double over = Math.max(area.getMinX() + GAP / 2, Math.min(x - w / 2, area.getMaxX() - GAP / 2 - w));
                for (double y = area.getMinY() + GAP; y + h <= area.getMaxY(); y += step) {
                    out.add(new Rectangle2D.Double(over, y, w, h));
                }
                // last, beside the nearest other line on either side, which every place above crosses: a
                // line in a narrow grey band (a P80 at the horizon) is labelled just before the band's
                // edge, level with its top (not beyond a further line, which would leave it far from its own)
                double nearestLeft = Double.NEGATIVE_INFINITY;
                double nearestRight = Double.POSITIVE_INFINITY;
                for (double v : verticals) {
                    if (v < x - 0.5) {
                        nearestLeft = Math.max(nearestLeft, v);
                    } else if (v > x + 0.5) {
                        nearestRight = Math.min(nearestRight, v);
                    }
                }
                for (double v : new double[] {nearestLeft, nearestRight}) {
                    if (Math.abs(v - x) < w + GAP) {
                        double at = v < x ? v - GAP - w : v + GAP;
                        for (double y = area.getMinY() + GAP; y + h <= area.getMaxY(); y += step) {
                            out.add(new Rectangle2D.Double(at, y, w, h));
                        }
                    }
                }
            }
            case HORIZONTAL_LINE -> {
                double y = rangeAxis.valueToJava2D(label.y(), area, yEdge);
                boolean belowFirst = y < area.getMinY() + area.getHeight() * 0.1;
                for (double x = area.getMinX() + 2 * GAP; x + w <= area.getMaxX(); x += Math.max(20, w / 4)) {
                    double above = y - GAP / 2 - h;
                    double below = y + GAP / 2;
                    out.add(new Rectangle2D.Double(x, belowFirst ? below : above, w, h));
                    out.add(new Rectangle2D.Double(x, belowFirst ? above : below, w, h));
                }
            }
            case POINT -> {
                double x = domainAxis.valueToJava2D(label.x(), area, xEdge);
                double y = rangeAxis.valueToJava2D(label.y(), area, yEdge);
                for (double d = GAP; d <= 6 * step; d += step) {
                    out.add(new Rectangle2D.Double(x + GAP, y - d - h, w, h));
                    out.add(new Rectangle2D.Double(x - GAP - w, y - d - h, w, h));
                    out.add(new Rectangle2D.Double(x + GAP, y + d, w, h));
                    out.add(new Rectangle2D.Double(x - GAP - w, y + d, w, h));
                }
            }
            case EDGE_RIGHT, EDGE_LEFT -> {
                boolean right = label.kind() == Kind.EDGE_RIGHT;
                // at the plot's edge, then at the edge of the scale, before a grey band along that edge
                List<Double> xs = new ArrayList<>(List.of(right ? area.getMaxX() - GAP - w : area.getMinX() + GAP));
                for (Rectangle2D band : bands) {
                    if (band.getHeight() >= area.getHeight() - 1 && right && band.getMaxX() >= area.getMaxX() - 1) {
                        xs.add(band.getMinX() - GAP - w);
                    } else if (band.getHeight() >= area.getHeight() - 1 && !right && band.getMinX() <= area.getMinX() + 1) {
                        xs.add(band.getMaxX() + GAP);
                    }
                }
                double mid = area.getCenterY() - h / 2;
                for (double x : xs) {
                    for (int k = 0; k < 2 * area.getHeight() / step; k++) {
                        // from the middle outwards: middle, above, below, further above, …
                        double y = mid + (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * step;
                        if (y >= area.getMinY() + GAP / 2 && y + h <= area.getMaxY() - GAP / 2) {
                            out.add(new Rectangle2D.Double(x, y, w, h));
                        }
                    }
                }
            }
            case EDGE_TOP, EDGE_BOTTOM -> {
                boolean top = label.kind() == Kind.EDGE_TOP;
                double y = top ? area.getMinY() + GAP : area.getMaxY() - GAP - h;
                for (Rectangle2D band : bands) {
                    // a grey band along this edge: the note stands at the edge of the scale, next to it
                    if (band.getWidth() >= area.getWidth() - 1 && top && band.getMinY() <= area.getMinY() + 1) {
                        y = band.getMaxY() + GAP;
                    } else if (band.getWidth() >= area.getWidth() - 1 && !top && band.getMaxY() >= area.getMaxY() - 1) {
                        y = band.getMinY() - GAP - h;
                    }
                }
                double mid = area.getCenterX() - w / 2;
                double dx = Math.max(10, area.getWidth() / 40);
                for (int k = 0; k < 2 * area.getWidth() / dx; k++) {
                    double x = mid + (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * dx;
                    if (x >= area.getMinX() + GAP / 2 && x + w <= area.getMaxX() - GAP / 2) {
                        out.add(new Rectangle2D.Double(x, y, w, h));
                    }
                }
                // then a row further in, should the edge be crowded
                double y2 = label.kind() == Kind.EDGE_TOP ? y + step : y - step;
                for (int k = 0; k < 2 * area.getWidth() / dx; k++) {
                    double x = mid + (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * dx;
                    if (x >= area.getMinX() + GAP / 2 && x + w <= area.getMaxX() - GAP / 2) {
                        out.add(new Rectangle2D.Double(x, y2, w, h));
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }

    /** What a label's box must not cover, in Java2D units of one drawing. */
    private record Obstacles(List<List<Line2D>> lines, List<Rectangle2D> bars, List<Rectangle2D> texts,
                             List<Rectangle2D> bands, List<Rectangle2D> dots) {

        static Obstacles of(Graphics2D g2, XYPlot plot, Rectangle2D area) {
            List<List<Line2D>> lines = new ArrayList<>();
            List<Rectangle2D> bars = new ArrayList<>();
            List<Rectangle2D> texts = new ArrayList<>();
            List<Rectangle2D> bands = new ArrayList<>();
            List<Rectangle2D> dots = new ArrayList<>();
            ValueAxis x = plot.getDomainAxis();
            RectangleEdge xEdge = plot.getDomainAxisEdge();
            // the lines drawn over the data, and an axis break's dotted edge (a background line; its
            // band, an interval, is no obstacle): a label across the edge reads as if in the band
            for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
                for (Marker m : markers(plot.getDomainMarkers(layer))) {
                    if (m instanceof ValueMarker v) {
                        double px = x.valueToJava2D(v.getValue(), area, xEdge);
                        lines.add(List.of(new Line2D.Double(px, area.getMinY(), px, area.getMaxY())));
                    }
                }
                List<Marker> across = markers(plot.getRangeMarkers(layer));
                across.addAll(markers(plot.getRangeMarkers(LINES, layer)));
                for (Marker m : across) {
                    if (m instanceof ValueMarker v) {
                        double py = plot.getRangeAxis().valueToJava2D(v.getValue(), area, plot.getRangeAxisEdge());
                        lines.add(List.of(new Line2D.Double(area.getMinX(), py, area.getMaxX(), py)));
                    }
                }
            }
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYDataset set = plot.getDataset(d);
                XYItemRenderer renderer = plot.getRendererForDataset(set);
                if (set == null || renderer == null) {
                    continue;
                }
                ValueAxis y = plot.getRangeAxisForDataset(d);
                RectangleEdge yEdge = plot.getRangeAxisEdge(plot.getRangeAxisIndex(y));
                for (int s = 0; s < set.getSeriesCount(); s++) {
                    if (!renderer.isSeriesVisible(s)) {
                        continue;
                    }
                    if (renderer instanceof DotRenderer) {
                        for (int i = 0; i < set.getItemCount(s); i++) {
                            double qx = x.valueToJava2D(set.getXValue(s, i), area, xEdge);
                            double qy = y.valueToJava2D(set.getYValue(s, i), area, yEdge);
                            if (Double.isFinite(qx) && Double.isFinite(qy)) {
                                dots.add(new Rectangle2D.Double(qx - 3, qy - 3, 6, 6));
                            }
                        }
                    } else if (renderer instanceof XYBarRenderer && set instanceof IntervalXYDataset bars0) {
                        for (int i = 0; i < set.getItemCount(s); i++) {
                            double x0 = x.valueToJava2D(bars0.getStartXValue(s, i), area, xEdge);
                            double x1 = x.valueToJava2D(bars0.getEndXValue(s, i), area, xEdge);
                            double y0 = y.valueToJava2D(bars0.getStartYValue(s, i), area, yEdge);
                            double y1 = y.valueToJava2D(bars0.getEndYValue(s, i), area, yEdge);
                            bars.add(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0),
                                    Math.abs(y1 - y0)));
                        }
                    } else if (renderer instanceof XYLineAndShapeRenderer lr) {
                        boolean joined = lr.getItemLineVisible(s, 0) || renderer instanceof DeviationRenderer;
                        boolean shapes = lr.getItemShapeVisible(s, 0);
                        double px = Double.NaN;
                        double py = Double.NaN;
                        List<Line2D> curve = new ArrayList<>();
                        lines.add(curve);
                        for (int i = 0; i < set.getItemCount(s); i++) {
                            double qx = x.valueToJava2D(set.getXValue(s, i), area, xEdge);
                            double qy = y.valueToJava2D(set.getYValue(s, i), area, yEdge);
                            if (Double.isNaN(qx) || Double.isNaN(qy)) {
                                continue;
                            }
                            if (joined && !Double.isNaN(px)) {
                                curve.add(new Line2D.Double(px, py, qx, qy));
                            }
                            if (shapes) {
                                bars.add(new Rectangle2D.Double(qx - 6, qy - 7, 12, 13));
                            }
                            px = qx;
                            py = qy;
                        }
                    }
                }
            }
            for (XYAnnotation a : plot.getAnnotations()) {
                if (a instanceof XYTextAnnotation t) {
                    double px = x.valueToJava2D(t.getX(), area, xEdge);
                    double py = plot.getRangeAxis().valueToJava2D(t.getY(), area, plot.getRangeAxisEdge());
                    g2.setFont(t.getFont());
                    texts.add(TextUtils.calcAlignedStringBounds(t.getText(), g2, (float) px, (float) py,
                            t.getTextAnchor()));
                } else if (a instanceof XYLineAnnotation l) {
                    lines.add(List.of(new Line2D.Double(x.valueToJava2D(l.getX1(), area, xEdge),
                            plot.getRangeAxis().valueToJava2D(l.getY1(), area, plot.getRangeAxisEdge()),
                            x.valueToJava2D(l.getX2(), area, xEdge),
                            plot.getRangeAxis().valueToJava2D(l.getY2(), area, plot.getRangeAxisEdge()))));
                }
            }
            // an axis break's grey band: a background interval across the plot
            for (Marker m : markers(plot.getDomainMarkers(Layer.BACKGROUND))) {
                if (m instanceof IntervalMarker band) {
                    double a = x.valueToJava2D(band.getStartValue(), area, xEdge);
                    double b = x.valueToJava2D(band.getEndValue(), area, xEdge);
                    bands.add(new Rectangle2D.Double(Math.min(a, b), area.getMinY(), Math.abs(b - a), area.getHeight())
                            .createIntersection(area));
                }
            }
            for (Marker m : markers(plot.getRangeMarkers(Layer.BACKGROUND))) {
                if (m instanceof IntervalMarker band) {
                    ValueAxis y = plot.getRangeAxis();
                    double a = y.valueToJava2D(band.getStartValue(), area, plot.getRangeAxisEdge());
                    double b = y.valueToJava2D(band.getEndValue(), area, plot.getRangeAxisEdge());
                    bands.add(new Rectangle2D.Double(area.getMinX(), Math.min(a, b), area.getWidth(), Math.abs(b - a))
                            .createIntersection(area));
                }
            }
            return new Obstacles(lines, bars, texts, bands, dots);
        }

        /** The positions of the vertical lines among the obstacles. */
        List<Double> verticals() {
            List<Double> out = new ArrayList<>();
            for (List<Line2D> polyline : lines) {
                for (Line2D line : polyline) {
                    if (line.getX1() == line.getX2() && !out.contains(line.getX1())) {
                        out.add(line.getX1());
                    }
                }
            }
            return out;
        }

        /** What a note along an edge should also keep off: the grey bands, by the share covered, and each dot it covers. */
        double noteCost(Rectangle2D box) {
            double cost = 0;
            double boxArea = box.getWidth() * box.getHeight();
            for (Rectangle2D b : bands) {
                Rectangle2D overlap = box.createIntersection(b);
                if (overlap.getWidth() > 0 && overlap.getHeight() > 0) {
                    cost += 1 + 100 * overlap.getWidth() * overlap.getHeight() / boxArea;
                }
            }
            for (Rectangle2D d : dots) {
                if (d.intersects(box)) {
                    cost += 1;
                }
            }
            return cost;
        }

        private static List<Marker> markers(java.util.Collection<?> markers) {
            List<Marker> out = new ArrayList<>();
            if (markers != null) {
                for (Object o : markers) {
                    out.add((Marker) o);
                }
            }
            return out;
        }

        /**
         * How badly {@code box} collides: outside the plot or over a placed label most, then each
         * line it crosses (but its own, at {@code own}), then text, bars and points by the share of
         * the box they cover.
         */
        double cost(Rectangle2D box, List<Rectangle2D> placed, Rectangle2D area, double own, boolean ownVertical) {
            double cost = 0;
            if (!area.contains(box)) {
                cost += 1e6;
            }
            for (Rectangle2D p : placed) {
                if (p.intersects(box)) {
                    cost += 1e5;
                }
            }
            for (Rectangle2D t : texts) {
                if (t.intersects(box)) {
                    cost += 1e4;
                }
            }
            for (List<Line2D> polyline : lines) {
                for (Line2D line : polyline) {
                    boolean isOwn = !Double.isNaN(own) && (ownVertical
                            ? line.getX1() == line.getX2() && Math.abs(line.getX1() - own) < 0.5
                            : line.getY1() == line.getY2() && Math.abs(line.getY1() - own) < 0.5);
                    if (!isOwn && box.intersectsLine(line)) {
                        cost += 1e3;
                        break;
                    }
                }
            }
            double boxArea = box.getWidth() * box.getHeight();
            for (Rectangle2D b : bars) {
                Rectangle2D overlap = box.createIntersection(b);
                if (overlap.getWidth() > 0 && overlap.getHeight() > 0) {
                    cost += 1 + 100 * overlap.getWidth() * overlap.getHeight() / boxArea;
                }
            }
            return cost;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelLayout other && other.labels.equals(labels);
    }

    @Override
    public int hashCode() {
        return labels.hashCode();
    }
}
