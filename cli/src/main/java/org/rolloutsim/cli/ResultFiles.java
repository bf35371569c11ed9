package org.rolloutsim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.rolloutsim.cli.OutputOptions.Format;
import org.rolloutsim.report.chart.ChartFiles;
import org.rolloutsim.report.chart.Charts;
import org.rolloutsim.report.chart.NamedChart;
import org.rolloutsim.report.data.BatchIdentity;
import org.rolloutsim.design.InputDesign;
import org.rolloutsim.report.data.DatesAndCurrency;
import org.rolloutsim.report.data.SamplingDesign;
import org.rolloutsim.report.data.SummaryJsonWriter;
import org.rolloutsim.report.data.UnfinishedAtEnds;
import org.rolloutsim.report.data.WeeklyCsvWriter;
import org.rolloutsim.report.html.ComparisonReport;
import org.rolloutsim.report.html.HtmlReport;
import org.rolloutsim.report.html.SweepReport;
import org.rolloutsim.report.pdf.BoardPack;
import org.rolloutsim.report.view.SweepData;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.workbook.WorkbookInput;
import org.rolloutsim.report.workbook.WorkbookWriter;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.Sensitivity;
import org.rolloutsim.stats.SensitivityEntry;
import org.rolloutsim.stats.SwingEnds;

/** Writes a batch's result files, in the requested formats, into an output directory. */
final class ResultFiles {
    /** The board pack's file name. */
    static final String BOARD_PACK = "board-pack.pdf";

    private ResultFiles() {
    }

    /**
     * @param prefix file name prefix inside the directory ("" for a single scenario, the variant's
     *               name and a slash for one variant of a comparison)
     * @param report the report's content; null when {@code formats} hold none drawn from it
     *               ({@link Format#needReport})
     */
    static void writeScenario(OutputDirectory out, String prefix, ScenarioBatch.Outcome outcome, ReportData report,
                              String toolVersion, Set<Format> formats) throws IOException {
        BatchIdentity identity = new BatchIdentity(outcome.scenario().name(), outcome.scenario().contentHash(),
                outcome.seed(), toolVersion, samplingDesign(outcome.design()));
        if (formats.contains(Format.JSON)) {
            try (Writer w = writer(out.file(prefix + "summary.json"))) {
                SummaryJsonWriter.write(identity, units(outcome), outcome.summary(),
                        unfinishedAtEnds(outcome.statistics(), outcome.summary()), w);
            }
        }
        if (formats.contains(Format.CSV)) {
            try (Writer w = writer(out.file(prefix + "weekly.csv"))) {
                WeeklyCsvWriter.write(outcome.summary().fans(), units(outcome), w);
            }
        }
        if (formats.contains(Format.HTML)) {
            try (Writer w = writer(out.file(prefix + "report.html"))) {
                HtmlReport.write(report, w);
            }
        }
        if (formats.contains(Format.PDF)) {
            try (OutputStream pdf = Files.newOutputStream(out.file(prefix + BOARD_PACK))) {
                BoardPack.write(report, pdf);
            }
        }
        if (formats.contains(Format.XLSX)) {
            WorkbookWriter.write(new WorkbookInput(identity, units(outcome), outcome.statistics(), outcome.summary(),
                    report.waves(), report.horizonWeeks(), report.board().confidence()),
                    out.file(prefix + "results.xlsx"));
        }
        writeCharts(out, prefix + "charts", () -> Charts.forReport(report), formats);
    }

    static void writeComparison(OutputDirectory out, ComparisonData data, Set<Format> formats) throws IOException {
        if (formats.contains(Format.HTML)) {
            try (Writer w = writer(out.file("report.html"))) {
                ComparisonReport.write(data, w);
            }
        }
        if (formats.contains(Format.PDF)) {
            try (OutputStream pdf = Files.newOutputStream(out.file(BOARD_PACK))) {
                BoardPack.write(data, pdf);
            }
        }
        writeCharts(out, "charts", () -> Charts.forComparison(data), formats);
    }

    static void writeSweep(OutputDirectory out, SweepData data, Set<Format> formats) throws IOException {
        if (formats.contains(Format.HTML)) {
            try (Writer w = writer(out.file("report.html"))) {
                SweepReport.write(data, w);
            }
        }
        writeCharts(out, "charts", () -> Charts.forSweep(data), formats);
    }

    /** The charts are drawn only when they are written as files. */
    private static void writeCharts(OutputDirectory out, String dir, Supplier<List<NamedChart>> charts,
                                    Set<Format> formats) throws IOException {
        boolean svg = formats.contains(Format.SVG);
        boolean png = formats.contains(Format.PNG);
        if (svg || png) {
            ChartFiles.writeAll(charts.get(), out.directory(dir), svg, png);
        }
    }

    /**
     * For each input of the summary's sensitivity lists, the share of runs not finished by the horizon
     * in the tenth with the least of it and the tenth with the most, as the report's drivers have it;
     * none when the batch does not record whether a run finished.
     */
    static Map<String, UnfinishedAtEnds> unfinishedAtEnds(BatchStatistics statistics, BatchSummary summary) {
        Map<String, UnfinishedAtEnds> ends = new LinkedHashMap<>();
        if (statistics.schema().scalarIndex(BatchStatistics.CENSORED) < 0) {
            return ends;
        }
        // the drivers' question, so the report's answer is reused; a batch without the drivers'
        // outcomes (no report is drawn from it) is asked for the unfinished share alone
        boolean drivers = statistics.schema().scalarIndex(BatchStatistics.COMPLETION_WEEK) >= 0
                && statistics.schema().scalarIndex(BatchStatistics.PROGRAM_COST) >= 0;
        String[] outcomes = drivers ? BoardAssembler.swingOutcomes(true) : new String[] {BatchStatistics.CENSORED};
        int censored = drivers ? BoardAssembler.SWING_CENSORED : 0;
        for (Sensitivity s : summary.sensitivity()) {
            for (SensitivityEntry e : s.ranked()) {
                ends.computeIfAbsent(e.input(), input -> {
                    SwingEnds swing = statistics.swingEnds(input, BoardAssembler.SWING_TAIL, outcomes);
                    return new UnfinishedAtEnds(swing.low(censored), swing.high(censored));
                });
            }
        }
        return ends;
    }

    /** The record of how a batch sampled its inputs. */
    static SamplingDesign samplingDesign(InputDesign design) {
        return new SamplingDesign(design.sampling().key(), InputDesign.BLOCK_RUNS, design.correlations());
    }

    /** The start date and currency that give the batch's weeks and amounts their meaning. */
    static DatesAndCurrency units(ScenarioBatch.Outcome outcome) {
        Program program = outcome.scenario().scenario().program();
        return new DatesAndCurrency(program.start(), program.currency());
    }

    static Writer writer(Path path) throws IOException {
        return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }
}
