package org.rolloutsim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.OutputSchema.Kind;
import org.rolloutsim.output.OutputSchema.Scalar;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;

class BatchRunnerTest {

    /** A toy model: a random walk whose length and values come from the run's own streams. */
    static final class RandomWalkModel implements MonteCarloModel {
        private final OutputSchema schema = new OutputSchema(
                List.of(new Scalar("end", Kind.OUTPUT), new Scalar("steps", Kind.OUTPUT),
                        new Scalar("drift", Kind.PARAMETER)),
                List.of("position"), 200);
        private final int failAt;

        RandomWalkModel(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public OutputSchema schema() {
            return schema;
        }

        @Override
        public void run(long seed, int runIndex, RunOutput out) {
            if (runIndex == failAt) {
                throw new IllegalStateException("boom");
            }
            RandomStream parameters = RandomStream.of(seed, runIndex, "parameters/drift");
            RandomStream walk = RandomStream.of(seed, runIndex, "walk");
            double drift = parameters.nextDouble() - 0.5;
            int steps = 50 + walk.nextInt(150);
            double x = 0;
            for (int week = 0; week < steps; week++) {
                x += drift + walk.gaussian();
                out.record(0, week, (float) x);
            }
            out.set(0, x);
            out.set(1, steps);
            out.set(2, drift);
        }
    }

    /** Folds every bit the consumer sees, in the order it sees it, into one checksum. */
    static final class Fingerprint implements RunConsumer {
        long hash = 17;
        final List<Integer> order = new ArrayList<>();

        @Override
        public void accept(RunOutput run) {
            order.add(run.runIndex());
            mix(run.runIndex());
            for (int i = 0; i < 3; i++) {
                mix(Double.doubleToLongBits(run.get(i)));
            }
            mix(run.weeks());
            for (int w = 0; w < run.weeks(); w++) {
                mix(Float.floatToIntBits(run.series(0, w)));
            }
        }

        private void mix(long v) {
            hash = hash * 1_000_003L ^ v;
        }
    }

    /** Even offsets first, then odd ones: a permutation of 0..size-1 for any size. */
    private static int interleaved(int position, int size) {
        int evens = (size + 1) / 2;
        return position < evens ? 2 * position : 2 * (position - evens) + 1;
    }

    private static Fingerprint runBatch(BatchRunner runner, long seed, int runs) {
        Fingerprint f = new Fingerprint();
        try (runner) {
            BatchResult result = runner.run(new RandomWalkModel(-1), seed, runs, f, null, null);
            assertEquals(runs, result.runsDone());
            assertFalse(result.cancelled());
        }
        return f;
    }

    @Test
    void sameSeedGivesIdenticalResultsForAnyThreadCountAndExecutionOrder() {
        long reference = runBatch(new BatchRunner(1), 2026, 1000).hash;
        assertEquals(reference, runBatch(new BatchRunner(2), 2026, 1000).hash);
        assertEquals(reference, runBatch(new BatchRunner(16), 2026, 1000).hash);
        // Reverse execution inside blocks of 64, and blocks of odd size with a shuffled order.
        assertEquals(reference, runBatch(BatchRunner.withExecutionOrder(4, 64, (i, size) -> size - 1 - i), 2026, 1000).hash);
        assertEquals(reference, runBatch(BatchRunner.withExecutionOrder(3, 97, BatchRunnerTest::interleaved), 2026, 1000).hash);
        assertNotEquals(reference, runBatch(new BatchRunner(2), 2027, 1000).hash, "a new seed changes results");
    }

    @Test
    void consumerSeesRunsInIndexOrder() {
        Fingerprint f = runBatch(BatchRunner.withExecutionOrder(4, 50, (i, size) -> size - 1 - i), 1, 333);
        for (int i = 0; i < 333; i++) {
            assertEquals(i, f.order.get(i));
        }
    }

    @Test
    void continuingABatchEqualsOneLargerBatch() {
        Fingerprint whole = new Fingerprint();
        Fingerprint parts = new Fingerprint();
        MonteCarloModel model = new RandomWalkModel(-1);
        try (BatchRunner runner = new BatchRunner(2)) {
            runner.run(model, 5, 0, 700, whole, null, null);
            runner.run(model, 5, 0, 300, parts, null, null);
            runner.run(model, 5, 300, 400, parts, null, null);
        }
        assertEquals(whole.hash, parts.hash);
    }

    @Test
    void progressIsReportedUpToTheTotal() {
        List<Long> seen = new ArrayList<>();
        try (BatchRunner runner = new BatchRunner(2)) {
            runner.run(new RandomWalkModel(-1), 1, 600, run -> { }, (done, total) -> {
                assertEquals(600, total);
                seen.add(done);
            }, null);
        }
        assertEquals(600L, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1));
        }
    }

    @Test
    void cancellationStopsAfterWholeBlocksAndSaysSo() {
        Cancellation cancel = new Cancellation();
        Fingerprint f = new Fingerprint();
        BatchResult result;
        try (BatchRunner runner = new BatchRunner(2)) {
            result = runner.run(new RandomWalkModel(-1), 1, 10_000, f, (done, total) -> cancel.cancel(), cancel);
        }
        assertTrue(result.cancelled());
        assertEquals(BatchRunner.DEFAULT_BLOCK_SIZE, result.runsDone());
        assertEquals(result.runsDone(), f.order.size(), "consumer saw exactly the runs reported done");
    }

    @Test
    void aFailingRunIsNamed() {
        try (BatchRunner runner = new BatchRunner(3)) {
            RunFailedException e = assertThrows(RunFailedException.class,
                    () -> runner.run(new RandomWalkModel(417), 1, 1000, run -> { }, null, null));
            assertEquals(417, e.runIndex());
        }
    }

    /**
     * The threads run the next block while the consumer reads this one: a run failing there must
     * still reach the caller only after every run of the earlier blocks, and none of its own block.
     */
    @Test
    void aRunFailingInTheNextBlockLeavesTheConsumerWithExactlyTheEarlierBlocks() {
        Fingerprint f = new Fingerprint();
        try (BatchRunner runner = BatchRunner.withExecutionOrder(2, 64, (i, size) -> i)) {
            RunFailedException e = assertThrows(RunFailedException.class,
                    () -> runner.run(new RandomWalkModel(130), 1, 1000, f, null, null));
            assertEquals(130, e.runIndex());
        }
        assertEquals(128, f.order.size(), "blocks 0 and 1, not the failed block 2");
    }

    /** A consumer that fails stops the block running ahead, and the runner serves the next batch. */
    @Test
    void aFailingConsumerStopsTheBlockRunningAheadAndTheRunnerStaysUsable() {
        try (BatchRunner runner = new BatchRunner(2)) {
            RunConsumer failing = run -> {
                if (run.runIndex() == 300) {
                    throw new IllegalStateException("disk full");
                }
            };
            assertThrows(IllegalStateException.class,
                    () -> runner.run(new RandomWalkModel(-1), 1, 5000, failing, null, null));
            Fingerprint again = new Fingerprint();
            runner.run(new RandomWalkModel(-1), 1, 700, again, null, null);
            assertEquals(700, again.order.size());
            assertEquals(runBatch(new BatchRunner(1), 1, 700).hash, again.hash);
        }
    }

    @Test
    void aRunRecordingNaNFailsWithTheInputsThatProducedIt() {
        MonteCarloModel nan = new MonteCarloModel() {
            private final RandomWalkModel walk = new RandomWalkModel(-1);

            @Override
            public OutputSchema schema() {
                return walk.schema();
            }

            @Override
            public void run(long seed, int runIndex, RunOutput out) {
                walk.run(seed, runIndex, out);
                if (runIndex == 300) {
                    out.record(0, 3, Float.NaN);
                }
                if (runIndex == 700) {
                    out.set(0, Double.POSITIVE_INFINITY);
                }
            }
        };
        try (BatchRunner runner = new BatchRunner(2)) {
            RunFailedException e = assertThrows(RunFailedException.class,
                    () -> runner.run(nan, 1, 1000, run -> { }, null, null));
            assertEquals(300, e.runIndex());
            assertTrue(e.getMessage().startsWith("run 300 failed: week 3 of position is NaN; sampled inputs: drift = "),
                    e.getMessage());
            RunFailedException infinite = assertThrows(RunFailedException.class,
                    () -> runner.run(nan, 1, 500, 500, run -> { }, null, null));
            assertEquals(700, infinite.runIndex());
            assertTrue(infinite.getMessage().contains("end is Infinity"), infinite.getMessage());
        }
    }
}
