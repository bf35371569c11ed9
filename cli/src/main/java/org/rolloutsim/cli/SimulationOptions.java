package org.rolloutsim.cli;

import picocli.CommandLine.Option;

/**
 * What every command that simulates shares: the seed of the random streams, the worker threads,
 * and whether risks are taken after mitigation. A picocli mixin of {@link BatchOptions} and of
 * {@code rollout sensitivity}.
 */
final class SimulationOptions {
    static final long DEFAULT_SEED = 20_261_125L;
    static final int MAX_THREADS = 256;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "" + DEFAULT_SEED,
            description = "Seed of the random streams; same seed, same results (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULT_SEED;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "0",
            description = "Worker threads; 0 = all cores (default). Results do not depend on it.")
    int threads;

    @Option(names = "--mitigated",
            description = "Use each risk's post-mitigation probability and impact, and pay its mitigation cost.")
    boolean mitigated;

    /** Checks the thread count; a bad one is a user error. */
    void validate() {
        checkThreads(threads);
    }

    /** Checks a thread count, from --threads or given to a rerun. */
    static void checkThreads(int threads) {
        if (threads < 0 || threads > MAX_THREADS) {
            throw new UserInputException("--threads must be between 0 (all cores) and " + MAX_THREADS + ": " + threads);
        }
    }
}
