/**
 * The weekly roll-out model of an electronic health record across many hospitals (the project's
 * MODEL.md; the users' description is {@code docs/model.md}).
 *
 * <p>{@link org.rolloutsim.model.RolloutModel} is the entry point: a
 * {@link org.rolloutsim.batch.MonteCarloModel} whose runs sample the scenario's uncertain inputs and
 * simulate the programme week by week. {@link org.rolloutsim.model.WavePlanner} gives the baseline
 * plan. Everything else is package-private, one class per mechanism: the build of each wave, the
 * team and its fatigue, site readiness, the go/no-go gate, the command centre, interoperability, the
 * risk register and the cost ledger, tied together by one run's weekly cycle.
 */
package org.rolloutsim.model;
