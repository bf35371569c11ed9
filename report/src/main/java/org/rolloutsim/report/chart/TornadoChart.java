package org.rolloutsim.report.chart;

import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rolloutsim.report.view.Driver;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.ReportData;

/**
 * Tornado of the drivers of one outcome: horizontal bars of each input's rank correlation with the
 * outcome, strongest at the top. Red bars push the outcome up (later, dearer), green ones down.
 */
final class TornadoChart {

    static final int TOP = 10;
    static final String SERIES = "Rank correlation";

    private TornadoChart() {
    }

    /** The drivers of {@code outcome}, strongest first (ties keep the input order), at most {@link #TOP}. */
    static List<Driver> ranked(List<Driver> drivers, Outcome outcome) {
        List<Driver> sorted = new ArrayList<>(drivers);
        sorted.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(d.correlation(outcome))));
        return sorted.subList(0, Math.min(TOP, sorted.size()));
    }

    static JFreeChart create(ReportData data, Outcome outcome) {
        List<Driver> top = ranked(data.drivers(), outcome);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Set<String> used = new LinkedHashSet<>();
        double largest = 0.1;
        for (Driver driver : top) {
            String label = driver.label();
            // two inputs with the same label would merge into one bar: keep both visible
            for (int n = 2; !used.add(label); n++) {
                label = driver.label() + " (" + n + ")";
            }
            double r = driver.correlation(outcome);
            dataset.addValue(r, SERIES, label);
            largest = Math.max(largest, Math.abs(r));
        }

        BarRenderer renderer = new SignedBarRenderer(dataset);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("+0.00;\u22120.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.TICK);
        // value just beyond the end of each bar, on the side it points to
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(4);

        CategoryAxis driversAxis = new CategoryAxis(null);
        driversAxis.setTickLabelFont(ChartStyle.LABEL);
        driversAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        driversAxis.setMaximumCategoryLabelLines(2);
        LimitedNumberAxis correlationAxis = new LimitedNumberAxis(outcome == Outcome.COMPLETION
                ? "Rank correlation with completion date (right = later)"
                : "Rank correlation with programme cost (right = dearer)");
        // English digits whatever the machine's locale: "-0.5", never "-0,5"
        correlationAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ENGLISH));
        correlationAxis.setLabelFont(ChartStyle.LABEL);
        correlationAxis.setTickLabelFont(ChartStyle.TICK);
        double bound = bound(largest);
        correlationAxis.setRange(new Range(-bound, bound));
        // the room beyond ±1 is for the value labels only: a correlation has no ticks there
        correlationAxis.setTickLimits(TickLimits.between(-1, 1));

        CategoryPlot plot = new CategoryPlot(dataset, driversAxis, correlationAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.PERCENTILE, new java.awt.BasicStroke(1f)));
        String title = outcome == Outcome.COMPLETION ? "What drives delay?" : "What drives cost?";
        String subtitle = top.isEmpty() ? "No uncertain inputs were sampled" : null;
        return ChartStyle.chart(title, subtitle, plot, false);
    }

    /**
     * Half-width of the correlation axis: the largest |rho| plus 30% of it, so the value label just
     * beyond the longest bar ("+1.00", about 35 px) fits inside the plot even when |rho| is 1; in
     * tenths, at least 0.2.
     */
    static double bound(double largest) {
        return Math.max(0.2, Math.ceil(Math.abs(largest) * 1.3 * 10 - 1e-9) / 10);
    }

    /** Colours each bar by its sign: red pushes the outcome up, green pulls it down. */
    static final class SignedBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient DefaultCategoryDataset dataset;

        SignedBarRenderer(DefaultCategoryDataset dataset) {
            this.dataset = dataset;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Number value = dataset.getValue(row, column);
            return value != null && value.doubleValue() < 0 ? ChartStyle.GOOD : ChartStyle.LIMIT;
        }
    }
}
