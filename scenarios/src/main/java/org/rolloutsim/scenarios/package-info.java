/**
 * Scenario files: the YAML/JSON format planners write (docs/scenario-format.md), read into a
 * located tree ({@code TreeReader}), merged for variants ({@code MergePatch}) and overrides, and
 * bound onto the immutable sim-core records of {@code org.rolloutsim.scenario} with every problem
 * reported at once, located by file, line, column and field path.
 *
 * <p>The public API is small: {@link org.rolloutsim.scenarios.ScenarioLoader} (load a file or a
 * bundled scenario, with optional {@link org.rolloutsim.scenarios.ScenarioLoader.Override}s),
 * {@link org.rolloutsim.scenarios.LoadResult}, {@link org.rolloutsim.scenarios.ScenarioSet},
 * {@link org.rolloutsim.scenarios.NamedScenario}, {@link org.rolloutsim.scenarios.ScenarioError},
 * {@link org.rolloutsim.scenarios.BundledScenario} and
 * {@link org.rolloutsim.scenarios.ScenarioTemplate}.
 */
package org.rolloutsim.scenarios;
