package org.rolloutsim.model;

/**
 * How a batch runs the model.
 *
 * @param mitigated true for post-mitigation risks: each risk's mitigation probability and impact
 *                  replace its own and the mitigation cost is always paid (MODEL.md 2.6)
 */
public record ModelOptions(boolean mitigated) {
    /** Pre-mitigation: the risk register as written. */
    public static final ModelOptions DEFAULT = new ModelOptions(false);
}
