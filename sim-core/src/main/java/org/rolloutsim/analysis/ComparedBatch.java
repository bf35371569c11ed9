package org.rolloutsim.analysis;

import java.util.Objects;
import org.rolloutsim.stats.BatchStatistics;

/**
 * One scenario or variant in a comparison: its runs, under a label such as "phased-4" or
 * "baseline". Every batch compared must have been run with the same seed and run range, so run i
 * of each saw the same random numbers for the same sources (common random numbers).
 *
 * @param scenarioHash the hash of the scenario as simulated (its canonical content), or {@code null}
 *                     when not known: two batches with the same hash ran the same scenario on the same
 *                     random numbers, so their run i is one and the same run
 */
public record ComparedBatch(String label, BatchStatistics statistics, String scenarioHash) {
    public ComparedBatch {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(statistics, "statistics");
    }

    /** A batch whose scenario's hash is not known. */
    public ComparedBatch(String label, BatchStatistics statistics) {
        this(label, statistics, null);
    }

    /** True when both ran the scenario of one known hash: their runs are the same runs, pair by pair. */
    public boolean sameScenarioAs(ComparedBatch other) {
        return scenarioHash != null && scenarioHash.equals(other.scenarioHash);
    }
}
