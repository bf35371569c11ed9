package org.rolloutsim.scenario;

import java.util.Objects;

/**
 * A clinical or business module of the record (scope, MODEL.md 2.2).
 *
 * @param workflows front-line workflows to build, test and train
 */
public record Module(String id, int workflows) {
    public Module {
        Objects.requireNonNull(id, "id");
        if (workflows < 0) {
            throw new IllegalArgumentException("module " + id + ": workflows must be >= 0");
        }
    }
}
