package org.rolloutsim.analysis;

import java.util.Objects;
import org.rolloutsim.stats.BatchStatistics;

/**
 * One scenario or variant in a comparison: its runs, under a label such as "phased-4" or
 * "baseline". Every batch compared must have been run with the same seed and run range, so run i
 * of each saw the same random numbers for the same sources (common random numbers).
 */
public record ComparedBatch(String label, BatchStatistics statistics) {
    public ComparedBatch {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(statistics, "statistics");
    }
}
