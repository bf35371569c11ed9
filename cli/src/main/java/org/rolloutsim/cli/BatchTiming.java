package org.rolloutsim.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * With {@code ROLLOUT_TIMING=1} in the environment, one line on stderr per batch: its wall time and
 * the CPU time the whole process spent during it (every thread: runs, statistics, the compiler and
 * the collector), the part of it on the calling thread (which takes the runs in order: statistics
 * and runs.csv, and the runs themselves on one thread), and the CPU time spent before it. The process's total, from {@code time}, less the
 * batch's is the start-up and output cost that docs/performance.md measures. Off, it costs nothing.
 */
final class BatchTiming {
    private static final String SWITCH = "ROLLOUT_TIMING";

    private final String task;
    private final long startCpu;
    private final long startWall;
    private final long startThreadCpu;
    private long stopCpu;

    private BatchTiming(String task) {
        this.task = task;
        this.startCpu = processCpuNanos();
        this.startWall = System.nanoTime();
        this.startThreadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Starts timing a batch, or returns null when timing is off. */
    static BatchTiming start(String task) {
        return "1".equals(System.getenv(SWITCH)) ? new BatchTiming(task) : null;
    }

    /** Prints the batch's line. */
    void stop(int runs, PrintStream err) {
        stopCpu = processCpuNanos();
        long cpu = stopCpu - startCpu;
        long wall = System.nanoTime() - startWall;
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startThreadCpu;
        err.printf(Locale.ROOT, "rollout: timing: %s: %d runs, batch %.3f s wall, %.3f s CPU (%.3f s on the"
                + " calling thread); %.3f s CPU before it%n", task, runs, wall / 1e9, cpu / 1e9, thread / 1e9,
                startCpu / 1e9);
        err.flush();
    }

    /** Prints the CPU time spent since the batch ended: its summary and files. */
    void written(PrintStream err) {
        err.printf(Locale.ROOT, "rollout: timing: %s: outputs %.3f s CPU%n", task, (processCpuNanos() - stopCpu) / 1e9);
        err.flush();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
