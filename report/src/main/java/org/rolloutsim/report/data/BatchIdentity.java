package org.rolloutsim.report.data;

import java.util.Objects;

/**
 * What a result file was computed from, so it can be reproduced: the scenario (its name and a hash
 * of its content), the seed, the tool's version and how the inputs were sampled ({@code null} or
 * {@link SamplingDesign#isDefault()} for independent random sampling).
 */
public record BatchIdentity(String scenarioName, String contentHash, long seed, String toolVersion,
                            SamplingDesign design) {
    public BatchIdentity {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** A batch that sampled its inputs independently at random. */
    public BatchIdentity(String scenarioName, String contentHash, long seed, String toolVersion) {
        this(scenarioName, contentHash, seed, toolVersion, null);
    }
}
