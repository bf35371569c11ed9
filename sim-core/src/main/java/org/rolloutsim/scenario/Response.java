package org.rolloutsim.scenario;

/**
 * How the programme office manages a programme that runs late (MODEL.md 11): {@code none} keeps
 * every rule and default of the v1 model, for comparison; {@code standard} (the default) adds the
 * overtime policy, estimation error, go-live windows, programme reviews with surge staffing and
 * re-baselining, and going live short; {@code full} also defers scope.
 */
public enum Response {
    NONE,
    STANDARD,
    FULL;

    /** True when the rules of MODEL.md 11 apply. */
    public boolean managed() {
        return this != NONE;
    }
}
