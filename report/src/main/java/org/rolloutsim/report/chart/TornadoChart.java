package org.rolloutsim.report.chart;

import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rolloutsim.report.view.Driver;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.UnsignedZero;

/**
 * Tornado of the drivers of one outcome, strongest at the top: horizontal bars of how far each input
 * swings the outcome in its own unit (weeks or money: the runs with the most of the input against
 * those with the least) when the swings are known, else of its rank correlation. Vermillion bars push
 * the outcome up (later, dearer), blue ones down: the direction of the bar says it too.
 */
final class TornadoChart {

    static final int TOP = 10;
    static final String SERIES = "Rank correlation";

    private TornadoChart() {
    }

    /**
     * The drivers of {@code outcome} that stand out from the noise of {@code runs} runs, strongest
     * first (ties keep the input order), at most {@link #TOP}: {@link Driver#ranked}.
     */
    static List<Driver> ranked(List<Driver> drivers, Outcome outcome, int runs) {
        List<Driver> sorted = Driver.ranked(drivers, outcome, runs);
        return sorted.subList(0, Math.min(TOP, sorted.size()));
    }

    /** True when every driver's swing of the outcome is known: the chart is in weeks or money. */
    static boolean inUnits(List<Driver> drivers, Outcome outcome) {
        return Driver.swingsKnown(drivers, outcome);
    }

    static JFreeChart create(ReportData data, Outcome outcome) {
        if (inUnits(data.drivers(), outcome)) {
            return inUnits(data, outcome);
        }
        List<Driver> top = ranked(data.drivers(), outcome, data.provenance().runs());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Set<String> used = new LinkedHashSet<>();
        double largest = 0.1;
        for (Driver driver : top) {
            String label = marked(driver);
            // two inputs with the same label would merge into one bar: keep both visible
            for (int n = 2; !used.add(label); n++) {
                label = marked(driver) + " (" + n + ")";
            }
            double r = driver.correlation(outcome);
            dataset.addValue(r, SERIES, label);
            largest = Math.max(largest, Math.abs(r));
        }

        BarRenderer renderer = new SignedBarRenderer(dataset);
        renderer.setMaximumBarWidth(0.08);
        ChartStyle.labelledBars(renderer, new StandardCategoryItemLabelGenerator("{2}",
                UnsignedZero.of(new DecimalFormat("+0.00;\u22120.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)))));

        CategoryAxis driversAxis = ChartStyle.inputAxis(0.45f);
        LimitedNumberAxis correlationAxis = new LimitedNumberAxis(null);
        // English digits whatever the machine's locale: "-0.5", never "-0,5"
        correlationAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ENGLISH));
        correlationAxis.setLabelFont(ChartStyle.LABEL);
        correlationAxis.setTickLabelFont(ChartStyle.TICK);
        // the room beyond ±1 is for the value labels only: a correlation has no ticks there
        correlationAxis.setTickLimits(TickLimits.between(-1, 1));
        String direction = outcome == Outcome.COMPLETION ? " (right = later)" : " (right = dearer)";
        CategoryPlot plot = new TornadoPlot(dataset, driversAxis, correlationAxis, renderer, bound(largest), List.of(
                "Rank correlation with " + (outcome == Outcome.COMPLETION ? "completion date" : "programme cost") + direction,
                "Rank correlation" + direction, "Rank correlation"));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.PERCENTILE, new java.awt.BasicStroke(1f)));
        String title = outcome == Outcome.COMPLETION ? "What drives delay?" : "What drives cost?";
        String subtitle = data.drivers().isEmpty() ? "No uncertain inputs were sampled"
                : top.isEmpty() ? noneStandsOut(data) : cutOffNote(top, outcome);
        return ChartStyle.chart(title, subtitle, plot, false);
    }

    /** The tornado in weeks or money: each bar the swing of the outcome, labelled with its value. */
    private static JFreeChart inUnits(ReportData data, Outcome outcome) {
        boolean time = outcome == Outcome.COMPLETION;
        List<Driver> top = ranked(data.drivers(), outcome, data.provenance().runs());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Set<String> used = new LinkedHashSet<>();
        double largest = 0;
        for (Driver driver : top) {
            String label = marked(driver);
            for (int n = 2; !used.add(label); n++) {
                label = marked(driver) + " (" + n + ")";
            }
            dataset.addValue(driver.swing(outcome), SERIES, label);
            largest = Math.max(largest, Math.abs(driver.swing(outcome)));
        }
        largest = Math.max(largest, time ? 1 : 1000);
        BarRenderer renderer = new SignedBarRenderer(dataset);
        renderer.setMaximumBarWidth(0.08);
        org.rolloutsim.report.view.Money money = data.money();
        ChartStyle.labelledBars(renderer, new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                double v = d.getValue(row, column).doubleValue();
                // one decimal always, as a comparison writes a difference: "+23.0 weeks" beside "+4.3 weeks"
                return time ? org.rolloutsim.report.text.Verdict.weeksDifference(v) : money.formatSigned(v);
            }
        });
        CategoryAxis driversAxis = ChartStyle.inputAxis(0.45f);
        String measure = time ? "Weeks later" : "Cost more";
        NumberAxis valueAxis = time ? Axes.signedWeeks(measure) : Axes.money(measure, money);
        // room beyond the longest bar for its value label; a narrow drawing makes more (TornadoPlot), and
        // takes a shorter axis title: the subtitle says what a bar measures
        CategoryPlot plot = new TornadoPlot(dataset, driversAxis, valueAxis, renderer, largest * 1.7, List.of(
                measure + ": runs with the most of the input against those with the least",
                measure + ": most of the input against the least", measure));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.PERCENTILE, new java.awt.BasicStroke(1f)));
        String title = time ? "What drives delay? (weeks)" : "What drives cost? (money)";
        return ChartStyle.chart(title, top.isEmpty() ? noneStandsOut(data)
                : "Each bar: mean of the tenth of runs with the most of the input minus the tenth with the least (for a"
                + " risk: runs where it occurred against runs where it did not). Inputs whose rank correlation does not"
                + " stand out from the noise of these runs are left out." + spaced(cutOffNote(top, outcome)), plot, false);
    }

    /** The mark after an input whose ends are cut off at the horizon unevenly: {@link Driver#cutOffUnevenly}. */
    static final String CUT_OFF_MARK = " *";

    /** The driver's label, marked when its runs are cut off at the horizon unevenly. */
    static String marked(Driver driver) {
        return driver.cutOffUnevenly() ? driver.label() + CUT_OFF_MARK : driver.label();
    }

    /**
     * What the mark means, when a bar shown carries it: the rule, and the shares of the first such
     * bar; null when none does.
     */
    static String cutOffNote(List<Driver> shown, Outcome outcome) {
        Driver first = shown.stream().filter(Driver::cutOffUnevenly).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        return "* The runs with the most and the least of this input differ by "
                + Math.round(Driver.UNFINISHED_GAP * 100) + " points or more in their share not finished by the"
                + " horizon (for \u201c" + first.label() + "\u201d, " + Percent.format(first.unfinishedWithMost())
                + " against " + Percent.format(first.unfinishedWithLeast()) + "). An unfinished run counts "
                + (outcome == Outcome.COMPLETION ? "the horizon as its completion" : "its cost only up to the horizon")
                + ", so such a bar compares unlike runs and may understate, or even reverse, the effect.";
    }

    private static String spaced(String note) {
        return note == null ? "" : " " + note;
    }

    private static String noneStandsOut(ReportData data) {
        int runs = data.provenance().runs();
        return runs < Driver.fewestRunsToStandOut()
                ? org.rolloutsim.report.text.Counted.of(runs, "run is", "runs are")
                + " too few to tell a driver from noise: it takes at least " + Driver.fewestRunsToStandOut()
                : "No input's rank correlation stands out from the noise of "
                + org.rolloutsim.report.text.Counted.of(runs, "run");
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
            return value != null && value.doubleValue() < 0 ? ChartStyle.GOOD : ChartStyle.CURVE;
        }
    }
}
