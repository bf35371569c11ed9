package org.rolloutsim.stats;

import org.rolloutsim.output.OutputSchema;

/**
 * How strongly one uncertain input moves one output: a bar of a tornado chart.
 *
 * @param input         the sampled parameter or risk indicator, by its schema name
 * @param kind          {@code PARAMETER} or {@code RISK}
 * @param rho           Spearman rank correlation with the output, in [-1, 1]
 * @param varianceShare rho squared as a share (0 to 1) of the sum of squares over all inputs:
 *                      an approximate contribution to variance (exact only for independent
 *                      inputs acting additively on ranks)
 */
public record SensitivityEntry(String input, OutputSchema.Kind kind, double rho, double varianceShare) {
}
