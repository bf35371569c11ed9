package org.rolloutsim.report.view;

import java.util.Objects;

/**
 * A small JSON file of a result folder carried inside its HTML report (its run settings, its
 * canonical scenarios), so that the report alone is enough to rerun the result.
 *
 * @param path where the file lies in the result folder, e.g. {@code run.json} or
 *             {@code phased/scenario.canonical.json}
 * @param json the file's text, exactly
 */
public record EmbeddedFile(String path, String json) {
    public EmbeddedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(json, "json");
    }
}
