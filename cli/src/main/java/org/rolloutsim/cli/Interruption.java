package org.rolloutsim.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.rolloutsim.batch.Cancellation;

/**
 * Ctrl-C during a batch: the shutdown hook cancels the batch and waits briefly for the command to
 * stop between runs and remove its staging directory, so nothing half-written is left behind.
 */
final class Interruption implements AutoCloseable {
    private final Cancellation cancellation = new Cancellation();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    Interruption() {
        hook = new Thread(() -> {
            cancellation.cancel();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // Said here: once the command has cleaned up, the JVM halts before its own error report.
            System.err.println("rollout: interrupted: no results were written");
            System.err.flush();
        }, "rollout-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    Cancellation cancellation() {
        return cancellation;
    }

    /** Throws when the user interrupted: the caller then cleans up and exits 1. */
    void throwIfCancelled() {
        if (cancellation.isCancelled()) {
            throw new Interrupted();
        }
    }

    /** The user interrupted the command; nothing was written. */
    static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("interrupted: no results were written");
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running and now sees that we finished.
        }
    }
}
