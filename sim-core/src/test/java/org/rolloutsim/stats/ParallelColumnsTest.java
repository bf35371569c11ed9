package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.DoubleBuffer;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Columns shared out among threads: each done once, and a failure anywhere ends them all. */
class ParallelColumnsTest {

    private static boolean helpersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("rollout-summary") && t.isAlive());
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyColumnIsWorkedOnOnceInSpaceOfItsThreadsOwn() {
        for (int threads = 1; threads <= 8; threads++) {
            AtomicIntegerArray visits = new AtomicIntegerArray(50);
            DoubleBuffer callers = DoubleBuffer.allocate(10);
            int finalThreads = threads;
            ParallelColumns.forEach(50, threads, (c, sorted, scratch, ranks) -> {
                visits.incrementAndGet(c);
                assertEquals(10, sorted.capacity(), "room for every run");
                if (finalThreads == 1) {
                    assertTrue(sorted == callers, "one thread works in the caller's space");
                }
            }, callers, new RunScratch(1024), () -> new RunScratch(1024), 10);
            for (int c = 0; c < 50; c++) {
                assertEquals(1, visits.get(c), "column " + c + " on " + threads + " threads");
            }
        }
    }

    @Test
    void aFailureOnAnyThreadIsThrownOnceEveryHelperHasStopped() {
        Thread caller = Thread.currentThread();
        for (boolean onCaller : new boolean[] {true, false}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ParallelColumns.forEach(200, 3, (c, sorted, scratch, ranks) -> {
                        if (c >= 20 && (Thread.currentThread() == caller) == onCaller) {
                            throw new IllegalStateException("failed");
                        }
                        pause(); // slow columns: a helper not waited for would still be at work
                    }, DoubleBuffer.allocate(4), new RunScratch(1024), () -> new RunScratch(1024), 4));
            assertEquals("failed", e.getMessage());
            assertFalse(helpersAlive(), "a helper still running after a failure on the "
                    + (onCaller ? "calling thread" : "helper"));
        }
    }
}
