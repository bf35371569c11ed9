package org.rolloutsim.report.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rolloutsim.report.view.SensitivityData;
import org.rolloutsim.report.view.UnsignedZero;

/**
 * Sobol indices of one outcome: for each input studied, a bar for its first-order index (the share
 * of the outcome's variance it explains alone) and one for its total index (alone and with others),
 * labelled with their values.
 */
final class SobolChart {
    static final String FIRST = "First order (alone)";
    static final String TOTAL = "Total (with interactions)";

    private SobolChart() {
    }

    /**
     * Ticks of an index axis, a negative one with the minus sign (U+2212) as other charts and the bar
     * labels write it; JFreeChart's standard ticks wrote "-0.1" with a hyphen.
     */
    static TickUnits indexTicks() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        symbols.setMinusSign('\u2212');
        TickUnits ticks = new TickUnits();
        for (double size : new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1}) {
            String pattern = size < 0.1 ? "0.00" : size < 1 ? "0.0" : "0";
            ticks.add(new NumberTickUnit(size, UnsignedZero.of(new DecimalFormat(pattern, symbols))));
        }
        return ticks;
    }

    static JFreeChart create(SensitivityData data, SensitivityData.OutcomeIndices outcome) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double largest = 0.1;
        double smallest = 0;
        for (SensitivityData.Index i : outcome.indices()) {
            dataset.addValue(i.first(), FIRST, i.input());
            dataset.addValue(i.total(), TOTAL, i.input());
            largest = Math.max(largest, Math.max(i.first(), i.total()));
            smallest = Math.min(smallest, Math.min(i.first(), i.total()));
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, ChartStyle.SIMULATED);
        renderer.setSeriesPaint(1, ChartStyle.CURVE);
        renderer.setItemMargin(0.05);
        // to three decimals, as the table and the console write an index: at two, −0.004 read "0.00"
        ChartStyle.labelledBars(renderer, new StandardCategoryItemLabelGenerator("{2}", SensitivityData.indexFormat()));
        CategoryAxis inputs = ChartStyle.inputAxis(0.4f);
        NumberAxis share = new NumberAxis("Share of the variance of " + outcome.label().toLowerCase(Locale.ENGLISH));
        share.setStandardTickUnits(indexTicks());
        share.setLabelFont(ChartStyle.LABEL);
        share.setTickLabelFont(ChartStyle.TICK);
        double upper = Math.min(1.2, largest * 1.25);
        // a negative estimate (noise around a zero index) gets room for its label left of zero however
        // small it is, as a positive one has room to its right
        double lower = smallest < 0 ? smallest - 0.15 * upper : 0;
        // the least range: a phone's narrow drawing widens it to fit the labels (SobolPlot)
        CategoryPlot plot = new SobolPlot(dataset, inputs, share, renderer, new Range(lower, upper));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return ChartStyle.chart("What explains the spread of " + outcome.label().toLowerCase(Locale.ENGLISH) + "?",
                "Sobol indices of " + data.inputs().size() + " inputs, " + String.format(Locale.ENGLISH, "%,d",
                        data.provenance().runs()) + " model runs", plot, true);
    }
}
