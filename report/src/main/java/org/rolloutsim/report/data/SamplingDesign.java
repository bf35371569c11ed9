package org.rolloutsim.report.data;

import java.util.List;
import org.rolloutsim.design.RankCorrelation;

/**
 * How a batch sampled its uncertain inputs, for the record: the design ({@code random} or
 * {@code lhs}), its block size, and the rank correlations imposed. Independent random sampling is
 * the default and is not written, so files of batches without a design stay as they were.
 */
public record SamplingDesign(String sampling, int blockRuns, List<RankCorrelation> correlations) {
    public SamplingDesign {
        correlations = List.copyOf(correlations);
    }

    /** Independent random sampling: each run draws its own inputs. */
    public boolean isDefault() {
        return sampling.equals("random") && correlations.isEmpty();
    }
}
