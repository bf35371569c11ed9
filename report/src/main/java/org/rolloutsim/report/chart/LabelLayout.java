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
    enum Kind { VERTICAL_LINE, HORIZONTAL_LINE, POINT, EDGE_RIGHT, EDGE_LEFT, EDGE_TOP, EDGE_BOTTOM, CORNER }

    /** The corner of a plot, or of one of its quadrants, a {@link Kind#CORNER} label belongs to. */
    enum Corner {
        LOWER_LEFT(false, false), LOWER_RIGHT(true, false), UPPER_LEFT(false, true), UPPER_RIGHT(true, true);

        final boolean right;
        final boolean top;

        Corner(boolean right, boolean top) {
            this.right = right;
            this.top = top;
        }
    }

    /**
     * One label.
     *
     * @param x axis value of its vertical line or point (domain axis), unused for a horizontal line or an edge note
     * @param y axis value of its horizontal line or point (range axis)
     * @param corner for a {@link Kind#CORNER} label, its corner; then {@code x} and {@code y} are the
     *               lines bounding its quadrant (NaN: the plot's edge)
     */
    record Label(String text, Kind kind, double x, double y, Font font, Paint paint, Paint outline, ValueMarker line,
                 Corner corner) {
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
    /** The vertical lines drawn the plot's whole height, whatever the height of their labels. */
    private final java.util.Set<ValueMarker> boundaries =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
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
                ChartStyle.MARKER, marker.getPaint(), null, marker, null));
    }

    /**
     * A vertical line labelled with {@code marker}'s label that bounds quadrants, as the joint chart's
     * target does: drawn the plot's whole height wherever its label stands, its label's box hiding
     * the line where it lies across it, so the line always divides the plot.
     */
    static void boundary(XYPlot plot, ValueMarker marker) {
        line(plot, marker);
        of(plot).boundaries.add(marker);
    }

    /** A horizontal line across the plot labelled with {@code marker}'s label, both drawn by this layout. */
    static void horizontalLine(XYPlot plot, ValueMarker marker) {
        plot.addRangeMarker(LINES, marker, Layer.FOREGROUND, false);
        of(plot).labels.add(new Label(marker.getLabel(), Kind.HORIZONTAL_LINE, Double.NaN, marker.getValue(),
                ChartStyle.MARKER, marker.getPaint(), null, marker, null));
    }

    /** Labels the point ({@code x}, {@code y}), its box outlined in {@code outline} (null: none). */
    static void pointLabel(XYPlot plot, double x, double y, String text, Paint paint, Paint outline) {
        of(plot).labels.add(new Label(text, Kind.POINT, x, y, ChartStyle.MARKER, paint, outline, null, null));
    }

    /**
     * A label of the quadrant in {@code corner} of the lines at {@code x} (domain axis) and {@code y}
     * (range axis), either NaN for none: it goes inside the quadrant, clear of both lines, as near
     * its outer corner as it can while covering the fewest dots, on two lines where one is too wide.
     */
    static void cornerLabel(XYPlot plot, Corner corner, double x, double y, String text, Paint paint) {
        of(plot).labels.add(new Label(text, Kind.CORNER, x, y, ChartStyle.MARKER, paint, null, null, corner));
    }

    /** A note along one edge of the plot (a limit off the chart). */
    static void edgeNote(XYPlot plot, Kind edge, String text) {
        of(plot).labels.add(new Label(text, edge, Double.NaN, Double.NaN, ChartStyle.MARKER, ChartStyle.LIMIT, null, null,
                null));
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
        // the labels of lines first, as each must sit beside its own; then points; then notes, free to
        // move along their edge; the labels of quadrants, free to move within them, last
        List<Label> lines = new ArrayList<>();
        List<Label> rest = new ArrayList<>();
        for (Label l : labels) {
            (l.kind() == Kind.VERTICAL_LINE || l.kind() == Kind.HORIZONTAL_LINE ? lines : rest).add(l);
        }
        rest.sort(java.util.Comparator.comparingInt(l -> l.kind() == Kind.POINT ? 0 : l.kind() == Kind.CORNER ? 2 : 1));
        // which line is labelled first decides which labels stand higher: every order of a few is
        // tried (a label across another line's position must stand above where that line ends)
        List<Placed> best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (List<Label> order : orders(lines)) {
            List<Label> all = new ArrayList<>(order);
            all.addAll(rest);
            List<Placed> layout = solve(all, boundaries, g2, plot, area, domainAxis, rangeAxis);
            double cost = layout.stream().mapToDouble(Placed::cost).sum();
            if (cost < bestCost) {
                best = layout;
                bestCost = cost;
                if (cost == 0) {
                    break;
                }
            }
        }
        java.util.Map<Label, Rectangle2D> boxes = new java.util.IdentityHashMap<>();
        for (Placed p : best) {
            Label label = p.label();
            boxes.put(label, p.box());
            if (label.line() != null) {
                g2.setPaint(label.line().getPaint());
                g2.setStroke(label.line().getStroke());
                g2.draw(label.kind() == Kind.VERTICAL_LINE
                        ? new Line2D.Double(p.own(), lineTop(label, boundaries, p.box(), p.own(), area), p.own(),
                                area.getMaxY())
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
            for (int i = 0; i < p.lines().size(); i++) {
                g2.drawString(p.lines().get(i), (float) (p.box().getX() + PAD - p.text().getX()),
                        (float) (p.box().getY() + PAD - p.text().getY() + i * p.text().getHeight()));
            }
        }
        List<Rectangle2D> inOrder = new ArrayList<>();
        for (Label l : labels) {
            inOrder.add(boxes.get(l));
        }
        placed = java.util.Collections.unmodifiableList(inOrder);
    }

    /** Where a line ends at its label: level with the top of a box beside it, at the bottom of one over it. */
    /** Where a vertical line ends at the top: a boundary at the plot's top, any other line at its label. */
    private static double lineTop(Label label, java.util.Set<ValueMarker> boundaries, Rectangle2D box, double line,
                                  Rectangle2D area) {
        return boundaries.contains(label.line()) ? area.getMinY() : top(box, line);
    }

    private static double top(Rectangle2D box, double line) {
        return box.getMinX() < line && box.getMaxX() > line ? box.getMaxY() : box.getMinY();
    }

    /**
     * A label's place: its box, its text's lines and the bounds of one, the position of its own line,
     * and what it collides with.
     */
    private record Placed(Label label, Rectangle2D box, List<String> lines, Rectangle2D text, double own, double cost) {
    }

    /**
     * A label's text on two lines, broken at the comma or bracket nearest its middle, else at the
     * space nearest it; null when it has no space.
     */
    static List<String> twoLines(String text) {
        int middle = text.length() / 2;
        int best = -1;
        for (String mark : new String[] {", ", " (", " "}) {
            for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
                // the break that leaves the longer line shortest; of two as good, the earlier
                if (best < 0 || Math.max(i, text.length() - i - 1) < Math.max(best, text.length() - best - 1)) {
                    best = i;
                }
            }
            if (best >= 0 && Math.abs(best - middle) <= text.length() / 4) {
                break;
            }
        }
        if (best < 0) {
            return null;
        }
        int cut = text.charAt(best) == ',' ? best + 1 : best;
        return List.of(text.substring(0, cut).strip(), text.substring(cut).strip());
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
    private static List<Placed> solve(List<Label> order, java.util.Set<ValueMarker> boundaries, Graphics2D g2, XYPlot plot, Rectangle2D area,
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
            List<String> lines = List.of(label.text());
            // a quadrant's label or a note too wide for a clear place on one line (a phone; a note beside
            // a line near the edge) may take two
            List<String> wrapped = label.kind() == Kind.CORNER || isNote(label) ? twoLines(label.text()) : null;
            double w2 = 0;
            double h2 = 2 * text.getHeight() + 2 * PAD;
            for (String line : wrapped == null ? List.<String>of() : wrapped) {
                w2 = Math.max(w2, TextUtils.getTextBounds(line, g2, g2.getFontMetrics()).getWidth() * WIDER + 2 * PAD);
            }
            List<Rectangle2D> candidates = new ArrayList<>();
            List<Boolean> twoLine = new ArrayList<>();
            // where one group of candidates ends, and the cost at or above which the next group is tried:
            // a quadrant's next region only if none in its own is clear of the other labels; a note's
            // two lines only if no place on one line is clear of the lines (not merely of the dots)
            java.util.Map<Integer, Double> tiers = new java.util.HashMap<>();
            if (label.kind() == Kind.CORNER) {
                // the region across the line is as wide as the label needs, on one line or on two
                List<Rectangle2D> oneLine = cornerRegions(label, w, area, domainAxis, rangeAxis, xEdge, yEdge);
                List<Rectangle2D> twoLines = wrapped == null ? null
                        : cornerRegions(label, w2, area, domainAxis, rangeAxis, xEdge, yEdge);
                for (int r = 0; r < oneLine.size(); r++) {
                    for (Rectangle2D c : cornerPlaces(oneLine.get(r), label.corner(), w, h, h + 2)) {
                        candidates.add(c);
                        twoLine.add(false);
                    }
                    if (twoLines != null) {
                        for (Rectangle2D c : cornerPlaces(twoLines.get(r), label.corner(), w2, h2, h + 2)) {
                            candidates.add(c);
                            twoLine.add(true);
                        }
                    }
                    tiers.put(candidates.size(), 1e4);
                }
            } else {
                candidates.addAll(candidates(label, w, h, area, domainAxis, rangeAxis, xEdge, yEdge,
                        obstacles.verticals(), obstacles.bands()));
                candidates.forEach(c -> twoLine.add(false));
                tiers.put(candidates.size(), 1e3);
                if (wrapped != null) {
                    for (Rectangle2D c : candidates(label, w2, h2, area, domainAxis, rangeAxis, xEdge, yEdge,
                            obstacles.verticals(), obstacles.bands())) {
                        candidates.add(c);
                        twoLine.add(true);
                    }
                }
            }
            double own = Double.NaN;
            boolean ownVertical = true;
            if (label.kind() == Kind.VERTICAL_LINE) {
                own = domainAxis.valueToJava2D(label.x(), area, xEdge);
            } else if (label.kind() == Kind.HORIZONTAL_LINE) {
                own = rangeAxis.valueToJava2D(label.y(), area, yEdge);
                ownVertical = false;
            }
            Rectangle2D best = null;
            int bestIndex = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int index = 0; index < candidates.size(); index++) {
                if (tiers.containsKey(index) && bestCost < tiers.get(index)) {
                    break;
                }
                Rectangle2D c = candidates.get(index);
                double cost = obstacles.cost(c, boxes, area, own, ownVertical);
                // counting dots is the costly part (up to some 2,000 a chart): a place already dearer than the
                // best found so far cannot win, so its dots are not counted, or counted only until it cannot
                if (cost < bestCost && isNote(label)) {
                    // a note has the whole edge to choose from: it keeps off the grey bands and the dots too
                    cost += obstacles.noteCost(c);
                } else if (cost < bestCost && (label.kind() == Kind.POINT || label.kind() == Kind.CORNER)) {
                    // a point's or a quadrant's label hides the fewest dots it can
                    cost += obstacles.dotsCovered(c, bestCost - cost);
                }
                if (label.kind() == Kind.VERTICAL_LINE) {
                    // its line, from the bottom of the plot up to the box, crosses no label placed before
                    Line2D line = new Line2D.Double(own, lineTop(label, boundaries, c, own, area), own, area.getMaxY());
                    for (Rectangle2D p : boxes) {
                        if (p.intersectsLine(line)) {
                            cost += 1e5;
                        }
                    }
                }
                if (cost < bestCost) {
                    best = c;
                    bestIndex = index;
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
                obstacles.lines().add(List.of(new Line2D.Double(own, lineTop(label, boundaries, best, own, area), own,
                        area.getMaxY())));
            }
            out.add(new Placed(label, best, twoLine.get(bestIndex) ? wrapped : lines, text, own, bestCost));
        }
        return out;
    }

    private static boolean isNote(Label label) {
        return label.kind() != Kind.VERTICAL_LINE && label.kind() != Kind.HORIZONTAL_LINE && label.kind() != Kind.POINT;
    }

    /** The boxes of the last drawing, in the order the labels were added (null for a label not placed). */
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
                for (double d = GAP; d <= 10 * step; d += step) {
                    out.add(new Rectangle2D.Double(x + GAP, y - d - h, w, h));
                    out.add(new Rectangle2D.Double(x - GAP - w, y - d - h, w, h));
                    out.add(new Rectangle2D.Double(x + GAP, y + d, w, h));
                    out.add(new Rectangle2D.Double(x - GAP - w, y + d, w, h));
                }
                // too wide for either side of the point (a phone): above or below it, within the plot
                double over = clamp(x - w / 2, area.getMinX() + GAP / 2, area.getMaxX() - GAP / 2 - w);
                for (double d = GAP; d <= 10 * step; d += step) {
                    out.add(new Rectangle2D.Double(over, y - d - h, w, h));
                    out.add(new Rectangle2D.Double(over, y + d, w, h));
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
                // then just inside a line near that edge (a P50 close to it), the note still pointing out
                for (double v : verticals) {
                    // not an axis break's edge: beyond it lies the grey band, already tried above
                    boolean edge = bands.stream().anyMatch(b -> Math.abs(b.getMinX() - v) < 1 || Math.abs(b.getMaxX() - v) < 1);
                    if (!edge && (right ? v > area.getCenterX() : v < area.getCenterX())) {
                        xs.add(right ? v - GAP - w : v + GAP);
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
            default -> throw new IllegalStateException(label.kind().name());
        }
        return out;
    }

    /**
     * Where a quadrant's label may go, in order of preference: inside its quadrant (between the plot's
     * edges at its corner and the lines bounding it); when that has no place clear of the other
     * labels (a target early in the runs leaves a narrow quadrant), from the quadrant's outer corner
     * across the vertical line only as far as the label's width needs, so that it starts in the
     * quadrant it names, its box hiding that bit of the line; then beside it on the same side of the
     * horizontal line; last the whole plot. A label standing wholly in the next quadrant read as
     * that quadrant's share.
     */
    private static List<Rectangle2D> cornerRegions(Label label, double width, Rectangle2D area, ValueAxis domainAxis,
                                                   ValueAxis rangeAxis, RectangleEdge xEdge, RectangleEdge yEdge) {
        Corner corner = label.corner();
        double lx = Double.isNaN(label.x()) ? (corner.right ? area.getMinX() : area.getMaxX())
                : clamp(domainAxis.valueToJava2D(label.x(), area, xEdge), area.getMinX(), area.getMaxX());
        double ly = Double.isNaN(label.y()) ? (corner.top ? area.getMaxY() : area.getMinY())
                : clamp(rangeAxis.valueToJava2D(label.y(), area, yEdge), area.getMinY(), area.getMaxY());
        double x0 = corner.right ? lx : area.getMinX();
        double x1 = corner.right ? area.getMaxX() : lx;
        double y0 = corner.top ? area.getMinY() : ly;
        double y1 = corner.top ? ly : area.getMaxY();
        double across = Math.min(area.getWidth(), Math.max(x1 - x0, width + 2 * GAP));
        double a0 = corner.right ? area.getMaxX() - across : area.getMinX();
        return List.of(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0),
                new Rectangle2D.Double(a0, y0, across, y1 - y0),
                new Rectangle2D.Double(area.getMinX(), y0, area.getWidth(), y1 - y0), area);
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }

    /**
     * Places for a box {@code w} × {@code h} inside {@code region}, a gap in from its edges, nearest
     * its {@code corner} first: rows of the box's height and columns of a twentieth of the region.
     */
    private static List<Rectangle2D> cornerPlaces(Rectangle2D region, Corner corner, double w, double h, double step) {
        List<Rectangle2D> out = new ArrayList<>();
        double dx = Math.max(8, region.getWidth() / 20);
        // half a gap from the edges and lines: a budget just below the runs leaves a narrow strip under its line
        double in = GAP / 2;
        for (double dy = 0; in + dy + h + in <= region.getHeight(); dy += step) {
            for (double d = 0; GAP + d + w + GAP <= region.getWidth(); d += dx) {
                double x = corner.right ? region.getMaxX() - GAP - d - w : region.getMinX() + GAP + d;
                double y = corner.top ? region.getMinY() + in + dy : region.getMaxY() - in - dy - h;
                out.add(new Rectangle2D.Double(x, y, w, h));
            }
        }
        // nearest the corner first (the first clear place is taken)
        out.sort(java.util.Comparator.comparingDouble(b -> corner.right
                ? region.getMaxX() - b.getMaxX() + (corner.top ? b.getMinY() - region.getMinY() : region.getMaxY() - b.getMaxY())
                : b.getMinX() - region.getMinX() + (corner.top ? b.getMinY() - region.getMinY() : region.getMaxY() - b.getMaxY())));
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

        /** How many dots {@code box} covers, counted only until {@code enough} (the count is then at least that). */
        int dotsCovered(Rectangle2D box, double enough) {
            int n = 0;
            for (Rectangle2D d : dots) {
                if (d.intersects(box) && ++n >= enough) {
                    return n;
                }
            }
            return n;
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
