/**
 * Questions asked of several batches: how many runs are enough ({@link
 * org.rolloutsim.analysis.PrecisionRunner}), how two scenarios differ under common random numbers
 * ({@link org.rolloutsim.analysis.Comparison}) and how results move over a grid of parameter values
 * ({@link org.rolloutsim.analysis.Sweep}).
 */
package org.rolloutsim.analysis;
