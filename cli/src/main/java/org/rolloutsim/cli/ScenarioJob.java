package org.rolloutsim.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.cli.OutputOptions.Format;
import org.rolloutsim.report.data.RunsCsvWriter;
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

    static ScenarioBatch.Outcome runAndWrite(NamedScenario named, BatchOptions batch, int runs, OutputDirectory out,
                                             String prefix, Set<Format> formats, BatchRunner runner,
                                             Interruption interruption, boolean quiet, String commandLine,
                                             double confidence)
            throws IOException {
        ScenarioBatch scenarioBatch = new ScenarioBatch(named, batch);
        ScenarioBatch.Outcome outcome;
        Writer csvFile = formats.contains(Format.CSV) ? ResultFiles.writer(out.file(prefix + "runs.csv")) : null;
        try (ProgressReporter progress = ProgressReporter.create(named.name(), quiet)) {
            RunsCsvWriter csv = csvFile == null ? null : new RunsCsvWriter(scenarioBatch.schema(), csvFile);
            outcome = scenarioBatch.run(runs, runner, csv, progress, interruption);
            if (csv != null) {
                csv.flush();
            }
        } finally {
            if (csvFile != null) {
                csvFile.close();
            }
        }
        ReportData report = ReportAssembler.report(outcome, BuildVersion.describe(), commandLine, confidence,
                batch.mitigated);
        ResultFiles.writeScenario(out, prefix, outcome, report, BuildVersion.describe(), formats);
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
