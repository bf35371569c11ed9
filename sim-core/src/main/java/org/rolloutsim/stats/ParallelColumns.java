package org.rolloutsim.stats;

import java.nio.DoubleBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Shares a summary's columns out among threads. Each column is worked on by one thread with that
 * thread's own working space, and a column's result depends on nothing another thread does, so the
 * summary is the same for any thread count and any order the columns are taken in.
 */
final class ParallelColumns {
    /** What is done with one column, in its thread's working space. */
    @FunctionalInterface
    interface Work {
        /**
         * @param sorted       room for one number per run, for the column's sorted copy
         * @param scratch      further working space
         * @param ranksByCount the thread's cache of confidence ranks by count of runs
         */
        void on(int column, DoubleBuffer sorted, RunScratch scratch, Map<Integer, long[][]> ranksByCount);
    }

    private ParallelColumns() {
    }

    /**
     * Does {@code work} on columns {@code 0..count-1}, on the calling thread (with {@code sorted} and
     * {@code scratch}) and up to {@code threads - 1} more, each with space of its own from
     * {@code moreScratch}. Returns when every column is done; the first failure of any thread is
     * thrown.
     */
    static void forEach(int count, int threads, Work work, DoubleBuffer sorted, RunScratch scratch,
                        Supplier<RunScratch> moreScratch, int runs) {
        int helpers = Math.max(0, Math.min(threads, count) - 1);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] started = new Thread[helpers];
        for (int t = 0; t < helpers; t++) {
            started[t] = new Thread(() -> {
                try {
                    RunScratch own = moreScratch.get();
                    take(next, count, work, own.doubles(runs), own, failure);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }, "rollout-summary");
            started[t].setDaemon(true);
            started[t].start();
        }
        try {
            take(next, count, work, sorted, scratch, failure);
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e); // the helpers stop at their next column; wait for them
        }
        for (Thread t : started) {
            joinUninterruptibly(t);
        }
        Throwable first = failure.get();
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
    }

    /** Takes the next column until none is left or a thread has failed. */
    private static void take(AtomicInteger next, int count, Work work, DoubleBuffer sorted, RunScratch scratch,
                             AtomicReference<Throwable> failure) {
        Map<Integer, long[][]> ranksByCount = new HashMap<>();
        int c;
        while (failure.get() == null && (c = next.getAndIncrement()) < count) {
            work.on(c, sorted, scratch, ranksByCount);
        }
    }

    /** Waits for a helper: its columns are part of the summary, so an interrupt is kept for later. */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
