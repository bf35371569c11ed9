package org.rolloutsim.cli;

import org.rolloutsim.design.Sampling;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How many runs, with which seed, on how many threads, before or after mitigation. */
public final class BatchOptions {
    static final int DEFAULT_RUNS = 10_000;
    static final int MAX_RUNS = 10_000_000;
    static final int DEFAULT_MAX_RUNS = 1_000_000;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Size size = new Size();

    static final class Size {
        @Option(names = {"-n", "--runs"}, paramLabel = "N",
                description = "Runs per scenario (default: " + DEFAULT_RUNS + ", at most " + MAX_RUNS + ").")
        Integer runs;

        @Option(names = "--precision", paramLabel = "P",
                description = "Instead of a fixed count, add runs until the 95%% interval of P80 completion"
                        + " and P80 programme cost lies, both ends, within P (relative, e.g. 0.01) of the estimate.")
        Double precision;
    }

    /** Null unless given: only {@code --precision} reads it, so giving it without is a usage error. */
    @Option(names = "--max-runs", paramLabel = "N",
            description = "With --precision only: stop at this many runs anyway (default: " + DEFAULT_MAX_RUNS + ").")
    Integer maxRuns;

    @Mixin
    SimulationOptions simulation = new SimulationOptions();

    @Option(names = "--sampling", paramLabel = "DESIGN", defaultValue = "random",
            description = "How uncertain inputs are sampled: random (each run draws its own, the default) or lhs"
                    + " (Latin hypercube, stratified per input within blocks of 256 runs). Results do not depend on"
                    + " the thread count either way.")
    String sampling = Sampling.RANDOM.key();

    /** The seed of the random streams. */
    long seed() {
        return simulation.seed;
    }

    /** True when risks are taken after mitigation. */
    boolean mitigated() {
        return simulation.mitigated;
    }

    /** Where the batches run: this machine unless a launcher says otherwise (rollout-spark). */
    BatchEngine.Factory engines = BatchEngine.local();

    /** Opens the engine the batches run on, with {@code --threads}. */
    BatchEngine openEngine() {
        return engines.open(simulation.threads);
    }

    /**
     * How uncertain inputs are sampled, as run.json records it ({@code random}, {@code lhs}). The
     * one place to read it from: {@code --sampling} sets it, and a rerun sets it from run.json.
     */
    String sampling() {
        return samplingDesign().key();
    }

    /** The sampling design asked for; a name that is not one is a user error. */
    Sampling samplingDesign() {
        Sampling s = Sampling.byKey(sampling);
        if (s == null) {
            throw new UserInputException("--sampling must be random or lhs: " + sampling);
        }
        return s;
    }

    /** The options a result was made with (run.json), and the threads to run them on now. */
    static BatchOptions recorded(RunRecord record, int threads) {
        String recorded = record.sampling() == null ? Sampling.RANDOM.key() : record.sampling();
        if (Sampling.byKey(recorded) == null) {
            throw new UserInputException("the result was sampled '" + record.sampling() + "'; this version of rollout"
                    + " samples only 'random' or 'lhs'");
        }
        BatchOptions options = new BatchOptions();
        if (record.precision() == null) {
            options.size.runs = record.runs();
        } else {
            options.size.precision = record.precision().target();
            options.maxRuns = record.precision().maxRuns();
        }
        options.simulation.seed = record.seed();
        options.simulation.mitigated = record.mitigated();
        options.sampling = recorded;
        options.simulation.threads = threads;
        return options;
    }

    /** Checks sizes and returns the fixed run count, or -1 in precision mode. */
    int validatedRuns() {
        sampling();
        simulation.validate();
        if (size.precision != null) {
            double p = size.precision;
            if (!(p > 0 && p < 0.5)) {
                throw new UserInputException("--precision must be between 0 and 0.5 (e.g. 0.01 for 1%): " + p);
            }
            if (maxRuns() < 100 || maxRuns() > MAX_RUNS) {
                throw new UserInputException("--max-runs must be between 100 and " + MAX_RUNS + ": " + maxRuns());
            }
            return -1;
        }
        if (maxRuns != null) {
            throw new UserInputException("--max-runs works only with --precision (it caps the runs --precision adds):"
                    + " give --precision P, or leave --max-runs out and give the count with --runs");
        }
        int runs = size.runs == null ? DEFAULT_RUNS : size.runs;
        if (runs < 1 || runs > MAX_RUNS) {
            throw new UserInputException("--runs must be between 1 and " + MAX_RUNS + ": " + runs);
        }
        return runs;
    }

    boolean precisionMode() {
        return size.precision != null;
    }

    /** With {@code --precision}: the most runs to make. */
    int maxRuns() {
        return maxRuns == null ? DEFAULT_MAX_RUNS : maxRuns;
    }

    double precision() {
        return size.precision;
    }
}
