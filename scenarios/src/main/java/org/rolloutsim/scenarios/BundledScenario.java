package org.rolloutsim.scenarios;

/**
 * A scenario bundled with the tool, as listed by {@code rollout scenarios}.
 *
 * @param name        what to pass to {@link ScenarioLoader#loadBundled(String)}
 * @param description the file's one-line description
 * @param variants    true for a variants file (several scenarios to compare)
 */
public record BundledScenario(String name, String description, boolean variants) {
}
