package org.rolloutsim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.rolloutsim.cli.OutputOptions.Format;
import org.rolloutsim.report.chart.ChartFiles;
import org.rolloutsim.report.chart.Charts;
import org.rolloutsim.report.data.BatchIdentity;
import org.rolloutsim.report.data.SummaryJsonWriter;
import org.rolloutsim.report.data.WeeklyCsvWriter;
import org.rolloutsim.report.html.ComparisonReport;
import org.rolloutsim.report.html.HtmlReport;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.WeeklyFan;

/** Writes a batch's result files, in the requested formats, into an output directory. */
final class ResultFiles {
    static final int CHART_WIDTH = 1000;
    static final int CHART_HEIGHT = 560;

    private ResultFiles() {
    }

    /**
     * @param prefix file name prefix inside the directory ("" for a single scenario, the variant's
     *               name and a slash for one variant of a comparison)
     */
    static void writeScenario(OutputDirectory out, String prefix, ScenarioBatch.Outcome outcome, ReportData report,
                              String toolVersion, Set<Format> formats) throws IOException {
        if (formats.contains(Format.JSON)) {
            BatchIdentity identity = new BatchIdentity(outcome.scenario().name(), outcome.scenario().contentHash(),
                    outcome.seed(), toolVersion);
            try (Writer w = writer(out.file(prefix + "summary.json"))) {
                SummaryJsonWriter.write(identity, outcome.summary(), w);
            }
        }
        if (formats.contains(Format.CSV)) {
            try (Writer w = writer(out.file(prefix + "weekly.csv"))) {
                WeeklyCsvWriter.write(outcome.summary().fans(), w);
            }
        }
        if (formats.contains(Format.HTML)) {
            try (Writer w = writer(out.file(prefix + "report.html"))) {
                HtmlReport.write(report, w);
            }
        }
        writeCharts(out, prefix + "charts/", scenarioCharts(report), formats);
    }

    static void writeComparison(OutputDirectory out, ComparisonData data, Set<Format> formats) throws IOException {
        if (formats.contains(Format.HTML)) {
            try (Writer w = writer(out.file("report.html"))) {
                ComparisonReport.write(data, w);
            }
        }
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("completion-s-curves", Charts.comparisonCurves(data, Outcome.COMPLETION));
        charts.put("cost-s-curves", Charts.comparisonCurves(data, Outcome.COST));
        charts.put("completion-differences", Charts.pairedDifferences(data, Outcome.COMPLETION));
        charts.put("cost-differences", Charts.pairedDifferences(data, Outcome.COST));
        writeCharts(out, "charts/", charts, formats);
    }

    static Map<String, JFreeChart> scenarioCharts(ReportData report) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("completion", Charts.completionHistogram(report));
        charts.put("cost", Charts.costHistogram(report));
        charts.put("joint-confidence", Charts.jointConfidence(report));
        charts.put("drivers-completion", Charts.tornado(report, Outcome.COMPLETION));
        charts.put("drivers-cost", Charts.tornado(report, Outcome.COST));
        charts.put("wave-go-lives", Charts.waveGoLives(report));
        for (WeeklyFan fan : report.fans()) {
            charts.put("fan-" + OutputOptions.safeFileName(fan.name()), Charts.fan(report, fan));
        }
        return charts;
    }

    private static void writeCharts(OutputDirectory out, String dir, Map<String, JFreeChart> charts, Set<Format> formats)
            throws IOException {
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            if (formats.contains(Format.SVG)) {
                try (OutputStream o = Files.newOutputStream(out.file(dir + e.getKey() + ".svg"))) {
                    ChartFiles.writeSvg(e.getValue(), CHART_WIDTH, CHART_HEIGHT, o);
                }
            }
            if (formats.contains(Format.PNG)) {
                try (OutputStream o = Files.newOutputStream(out.file(dir + e.getKey() + ".png"))) {
                    ChartFiles.writePng(e.getValue(), CHART_WIDTH, CHART_HEIGHT, o);
                }
            }
        }
    }

    static Writer writer(Path path) throws IOException {
        return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }
}
