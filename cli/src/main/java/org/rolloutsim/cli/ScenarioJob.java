package org.rolloutsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.rolloutsim.cli.OutputOptions.Format;
import org.rolloutsim.report.view.EmbeddedFile;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.scenarios.NamedScenario;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one scenario's batch and writes its files: runs.csv streamed while the runs come in, then
 * summary.json, weekly.csv, report.html and charts. Shared by {@code run} and {@code compare}.
 */
final class ScenarioJob {
    private ScenarioJob() {
    }

    /**
     * @param runs       the fixed run count, or -1 for precision mode
     * @param prefix     where in the output directory the files go ("" or a folder and a slash)
     * @param formats    the formats to write
     * @param reproducible true to write run.json and scenario.canonical.json beside the results and
     *                   carry them in the report (a sweep's points are reproduced by their sweep)
     * @param lastBatch  true when no batch of the command follows: what is left, from the batch's
     *                   summary on, runs once, and is compiled by C1 alone
     *                   ({@link CompilerChoice#afterLastBatch})
     */
    static ScenarioBatch.Outcome runAndWrite(NamedScenario named, Invocation invocation, int runs, OutputDirectory out,
                                             String prefix, Set<Format> formats, boolean reproducible,
                                             boolean lastBatch, BatchEngine engine, Interruption interruption)
            throws IOException {
        ScenarioBatch scenarioBatch = new ScenarioBatch(named, invocation.batch());
        ScenarioBatch.Outcome outcome;
        Path runsCsv = formats.contains(Format.CSV) ? out.file(prefix + "runs.csv") : null;
        BatchTiming timing = BatchTiming.start(named.name());
        try (ProgressReporter progress = ProgressReporter.create(named.name(), invocation.quiet())) {
            outcome = scenarioBatch.run(runs, engine, runsCsv, Format.needWeeklyFans(formats), progress, interruption,
                    lastBatch ? CompilerChoice::afterLastBatch : () -> { });
        }
        if (timing != null) {
            timing.stop(outcome.runs(), System.err);
        }
        List<EmbeddedFile> files = List.of();
        if (reproducible) {
            RunRecord record = invocation.record("run", outcome.runs(), runs < 0, null,
                    List.of(ResultBundle.entry(named, ResultBundle.SCENARIO_FILE)), null);
            files = ResultBundle.files(record, List.of(named));
            ResultBundle.write(out, prefix, files);
        }
        ReportData report = Format.needReport(formats) ? ReportAssembler.report(outcome, invocation, files) : null;
        ResultFiles.writeScenario(out, prefix, outcome, report, BuildVersion.describe(), formats);
        if (timing != null) {
            timing.written(System.err);
        }
        return outcome;
    }

    /** The command line as the user typed it, for the report's reproducibility block. */
    static String commandLine(CommandSpec spec) {
        List<String> args = spec.root().commandLine().getParseResult() == null ? List.of()
                : spec.root().commandLine().getParseResult().originalArgs();
        StringBuilder b = new StringBuilder("rollout");
        for (String a : args) {
            b.append(' ').append(a.matches("[A-Za-z0-9_./:=,@%+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }
}
