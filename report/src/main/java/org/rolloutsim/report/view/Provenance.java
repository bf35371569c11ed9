package org.rolloutsim.report.view;

import java.util.List;

/**
 * What someone needs to reproduce the numbers exactly.
 *
 * @param toolVersion      rollout-sim version that produced the results
 * @param scenarioHash     hash of the scenario file as read (e.g. "sha256:3f2a…")
 * @param seed             master seed of the batch
 * @param runs             number of Monte Carlo runs
 * @param commandLine      the command that defined the result, as typed, for copy and paste
 * @param rerunCommandLine the {@code rollout rerun} command that reproduced it; null for an original
 * @param files            the run settings and canonical scenarios the report carries, so that
 *                         {@code rollout rerun report.html} can reproduce it; may be empty
 */
public record Provenance(String toolVersion, String scenarioHash, long seed, int runs, String commandLine,
                         String rerunCommandLine, List<EmbeddedFile> files) {

    public Provenance {
        if (toolVersion == null || scenarioHash == null || commandLine == null) {
            throw new IllegalArgumentException("toolVersion, scenarioHash and commandLine are required");
        }
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Provenance of an original result that carries no files. */
    public Provenance(String toolVersion, String scenarioHash, long seed, int runs, String commandLine) {
        this(toolVersion, scenarioHash, seed, runs, commandLine, null, List.of());
    }
}
