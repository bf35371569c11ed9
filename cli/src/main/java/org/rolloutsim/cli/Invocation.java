package org.rolloutsim.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rolloutsim.cli.OutputOptions.Format;

/**
 * How a result is asked for, apart from its scenarios: shared by {@code run}, {@code compare} and
 * {@code sweep}, and rebuilt from run.json by {@code rerun}.
 *
 * @param batch            runs, seed, threads, mitigation, sampling
 * @param runs             the fixed run count, or -1 in precision mode
 * @param formats          the formats to write
 * @param confidence       the board's confidence level of the report (0.8)
 * @param commandLine      the command that defined the result, as typed
 * @param rerunCommandLine the {@code rollout rerun} command making it again; null for an original
 * @param quiet            print nothing but errors
 */
record Invocation(BatchOptions batch, int runs, Set<Format> formats, double confidence, String commandLine,
                  String rerunCommandLine, boolean quiet) {

    /**
     * The run.json of a result made this way.
     *
     * @param batchRuns the runs each batch had, as simulated
     * @param precise   true when the batch ran in precision mode (only the first of a comparison does)
     */
    RunRecord record(String command, int batchRuns, boolean precise, String title,
                     List<RunRecord.ScenarioEntry> scenarios, RunRecord.SweepGrid sweep) {
        RunRecord.Precision precision = precise ? new RunRecord.Precision(batch.precision(), batch.maxRuns()) : null;
        List<String> names = formats.stream().sorted().map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
        return new RunRecord(command, BuildVersion.describe(), commandLine, rerunCommandLine, batch.seed(), batchRuns,
                precision, batch.mitigated(), batch.sampling(), confidence, names, title, scenarios, sweep, null);
    }
}
