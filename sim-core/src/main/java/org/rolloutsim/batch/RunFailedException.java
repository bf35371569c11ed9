package org.rolloutsim.batch;

/** A run threw: names the run, so it can be replayed alone from (seed, run index). */
public final class RunFailedException extends RuntimeException {
    private final int runIndex;

    public RunFailedException(int runIndex, Throwable cause) {
        super("run " + runIndex + " failed: "
                + (cause instanceof NonFiniteOutputException ? cause.getMessage() : cause), cause);
        this.runIndex = runIndex;
    }

    public int runIndex() {
        return runIndex;
    }
}
