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
 * @param canonicalJson the canonical JSON text of that tree (keys sorted, no spaces, numbers by
 *                    value): the scenario as simulated, whose SHA-256 is {@code contentHash}; loaded
 *                    back with {@link ScenarioLoader#loadCanonical} it gives the same scenario
 */
public record NamedScenario(String name, Scenario scenario, String contentHash, String canonicalJson) {
    public NamedScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(canonicalJson, "canonicalJson");
    }

    /** The same scenario under another label (the scenario's own name and content unchanged). */
    public NamedScenario withName(String label) {
        return new NamedScenario(label, scenario, contentHash, canonicalJson);
    }
}
