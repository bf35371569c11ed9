package org.rolloutsim.batch;

/** A flag another thread (a Ctrl-C handler, a UI) sets to stop a batch between runs. */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
