package org.rolloutsim.report.view;

/**
 * What someone needs to reproduce the numbers exactly.
 *
 * @param toolVersion  rollout-sim version that produced the results
 * @param scenarioHash hash of the scenario file as read (e.g. "sha256:3f2a…")
 * @param seed         master seed of the batch
 * @param runs         number of Monte Carlo runs
 * @param commandLine  the command as typed, for copy and paste
 */
public record Provenance(String toolVersion, String scenarioHash, long seed, int runs, String commandLine) {

    public Provenance {
        if (toolVersion == null || scenarioHash == null || commandLine == null) {
            throw new IllegalArgumentException("toolVersion, scenarioHash and commandLine are required");
        }
    }
}
