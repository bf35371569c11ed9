package org.rolloutsim.analysis;

import java.util.List;
import org.rolloutsim.stats.BatchStatistics;

/**
 * How a precision-mode batch ended.
 *
 * @param statistics every run done, ready for {@link BatchStatistics#summary}
 * @param runs       runs used
 * @param reached    true when both P80s reached the asked precision (false: stopped at the
 *                   maximum, or cancelled)
 * @param cancelled  true when cancellation stopped it
 * @param checks     each look at the precision, in order; the last is where it stopped
 */
public record PrecisionResult(BatchStatistics statistics, int runs, boolean reached, boolean cancelled,
                              List<PrecisionCheck> checks) {
    public PrecisionResult {
        checks = List.copyOf(checks);
    }
}
