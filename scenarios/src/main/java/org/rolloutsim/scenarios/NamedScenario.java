package org.rolloutsim.scenarios;

import java.util.Objects;
import org.rolloutsim.scenario.Scenario;

/**
 * One scenario of a {@link ScenarioSet}.
 *
 * @param name        the scenario's name for a plain file; the variant's id for a variants file
 * @param scenario    the validated scenario
 * @param contentHash SHA-256 (hex) of the canonical JSON of the scenario's merged tree (after
 *                    variants and overrides, before defaults): the same content gives the same hash
 *                    whatever the formatting or file format
 */
public record NamedScenario(String name, Scenario scenario, String contentHash) {
    public NamedScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
