package org.rolloutsim.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import org.rolloutsim.output.RunOutput;

/**
 * Runs a batch of independent runs of a {@link MonteCarloModel} on a pool of threads.
 *
 * <p>Runs are executed a block at a time: the threads fill one reusable output buffer per run of
 * the block, in whatever order they get to them, then the block is handed to the consumer in
 * run-index order on the calling thread. Each run's numbers depend only on (seed, run index), so the
 * aggregate is byte-identical for any thread count and any execution order. A run that records
 * NaN or an infinity fails the batch ({@link NonFiniteOutputException}). A {@link SplitRunConsumer}
 * gets the order-free half of its work done on the worker threads, each into its own part, merged
 * when the batch ends.
 */
public final class BatchRunner implements AutoCloseable {
    /** Runs per block: large enough to keep threads busy, small enough to bound memory. */
    public static final int DEFAULT_BLOCK_SIZE = 256;

    private final int threads;
    private final int blockSize;
    private final IntBinaryOperator executionOrder;
    private final ExecutorService pool;

    /** A runner on {@code threads} threads (0 or less: every available core). */
    public BatchRunner(int threads) {
        this(threads, DEFAULT_BLOCK_SIZE, (position, size) -> position);
    }

    /**
     * @param executionOrder maps (position, block size) to the block offset executed at that
     *                       position; for each size it must permute 0..size-1. Tests use it to show
     *                       that results do not depend on the order runs execute in.
     */
    BatchRunner(int threads, int blockSize, IntBinaryOperator executionOrder) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be >= 1");
        }
        this.blockSize = blockSize;
        this.executionOrder = executionOrder;
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "rollout-run");
            t.setDaemon(true);
            return t;
        });
    }

    /** A runner that executes each block's runs in the given order; for tests. */
    static BatchRunner withExecutionOrder(int threads, int blockSize, IntBinaryOperator order) {
        return new BatchRunner(threads, blockSize, order);
    }

    public int threads() {
        return threads;
    }

    /** Runs {@code [0, runs)}. */
    public BatchResult run(MonteCarloModel model, long seed, int runs, RunConsumer consumer,
                           ProgressListener progress, Cancellation cancellation) {
        return run(model, seed, 0, runs, consumer, progress, cancellation);
    }

    /**
     * Runs {@code [firstRun, firstRun + runs)} and hands each to {@code consumer} in index order.
     * Continuing a batch with the next range gives the same runs as one larger batch.
     *
     * @throws RunFailedException when a run throws; the consumer has then seen only earlier runs
     */
    public BatchResult run(MonteCarloModel model, long seed, int firstRun, int runs, RunConsumer consumer,
                           ProgressListener progress, Cancellation cancellation) {
        if (runs < 0 || firstRun < 0 || (long) firstRun + runs > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bad run range: first " + firstRun + ", count " + runs);
        }
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        Cancellation cancel = cancellation == null ? new Cancellation() : cancellation;
        int bufferCount = Math.min(blockSize, Math.max(runs, 1));
        RunOutput[] buffers = new RunOutput[bufferCount];
        for (int i = 0; i < bufferCount; i++) {
            buffers[i] = model.schema().newRunOutput();
        }
        SplitRunConsumer split = pool != null && consumer instanceof SplitRunConsumer s ? s : null;
        SplitRunConsumer.Part[] parts = new SplitRunConsumer.Part[split == null ? 0 : threads];
        for (int t = 0; t < parts.length; t++) {
            parts[t] = split.newPart();
        }
        int done = 0;
        while (done < runs) {
            if (cancel.isCancelled()) {
                return new BatchResult(firstRun, done, true);
            }
            int size = Math.min(blockSize, runs - done);
            int blockStart = firstRun + done;
            boolean complete = executeBlock(model, seed, blockStart, size, buffers, parts, cancel);
            if (!complete) {
                return new BatchResult(firstRun, done, true);
            }
            for (int i = 0; i < size; i++) {
                if (split != null) {
                    split.acceptInOrder(buffers[i]);
                } else {
                    consumer.accept(buffers[i]);
                }
            }
            done += size;
            listener.progress(done, runs);
        }
        for (SplitRunConsumer.Part part : parts) {
            split.merge(part);
        }
        return new BatchResult(firstRun, done, false);
    }

    /** @param parts one per worker thread, each used by one worker at a time; empty for none */
    private boolean executeBlock(MonteCarloModel model, long seed, int blockStart, int size,
                                 RunOutput[] buffers, SplitRunConsumer.Part[] parts, Cancellation cancel) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        IntFunction<Runnable> workers = t -> () -> {
            int position;
            while (!cancel.isCancelled() && (position = next.getAndIncrement()) < size) {
                int offset = executionOrder.applyAsInt(position, size);
                int runIndex = blockStart + offset;
                RunOutput out = buffers[offset];
                out.reset(runIndex);
                try {
                    model.run(seed, runIndex, out);
                    NonFiniteOutputException.check(model.schema(), out);
                    if (parts.length > 0) {
                        parts[t].accept(out);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    throw new RunFailedException(runIndex, e);
                }
                completed.incrementAndGet();
            }
        };
        if (pool == null) {
            workers.apply(0).run();
        } else {
            List<Future<?>> futures = new ArrayList<>(threads);
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(workers.apply(t)));
            }
            for (Future<?> f : futures) {
                awaitWorker(f);
            }
        }
        return completed.get() == size;
    }

    private static void awaitWorker(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for runs", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RunFailedException failed) {
                throw failed;
            }
            if (cause instanceof Error error) {
                throw error; // out of memory in a worker is reported as such, not as a failed run
            }
            throw new IllegalStateException("a run worker failed", cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
