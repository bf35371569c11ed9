package org.rolloutsim.report.data;

import java.util.Objects;

/**
 * What a result file was computed from, so it can be reproduced: the scenario (its name and a hash
 * of its content), the seed and the tool's version.
 */
public record BatchIdentity(String scenarioName, String contentHash, long seed, String toolVersion) {
    public BatchIdentity {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }
}
