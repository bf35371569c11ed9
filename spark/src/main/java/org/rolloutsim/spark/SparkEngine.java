package org.rolloutsim.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.Cancellation;
import org.rolloutsim.batch.ProgressListener;
import org.rolloutsim.cli.BatchEngine;
import org.rolloutsim.cli.BatchJob;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.report.data.RunsCsvWriter;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BlockPartial;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.BoxedUnit;

/**
 * Runs a batch as one Spark job of blocks ({@link BlockPlan}): each task simulates one block on an
 * executor and returns its {@link BlockPartial}; the driver appends the partials in block order as
 * they arrive (holding back any that come early), so the statistics end as a local batch's would,
 * whatever the block size, the executor count or the order tasks finish in. With runs.csv asked for,
 * each block writes its rows as one part file and the driver joins them in block order under the
 * header. Progress comes from Spark's listener as tasks finish.
 */
final class SparkEngine implements BatchEngine {
    /** Conf key: runs per block (a multiple of 256); unset, blocks are sized from the parallelism. */
    static final String BLOCK_RUNS = "spark.rollout.blockRuns";
    /**
     * Conf key: a directory every executor and the driver can reach for the runs.csv part files;
     * unset, the parts go beside the result (fine for local mode and a cluster sharing that disk).
     */
    static final String PARTS_DIR = "spark.rollout.partsDir";

    private static final AtomicInteger JOBS = new AtomicInteger();

    private final Supplier<JavaSparkContext> context;
    /** Batches announced by {@link #prepare} and running as one job; null when none. */
    private Prepared prepared;

    SparkEngine(Supplier<JavaSparkContext> context) {
        this.context = context;
    }

    /**
     * Starts one Spark job for all of {@code jobs}' blocks (a sweep's points × blocks), so the
     * cluster stays busy across batches; {@link #run} then takes each batch's partials from it, in
     * the order announced. Batches that write runs.csv, or fewer than two, run job by job.
     */
    @Override
    public boolean schedulesAhead() {
        return true;
    }

    @Override
    public void prepare(List<BatchJob> jobs) {
        if (jobs.size() < 2) {
            return;
        }
        JavaSparkContext jsc = context.get();
        SparkContext sc = jsc.sc();
        String group = "rollout-" + JOBS.incrementAndGet();
        List<BlockPlan> plans = new ArrayList<>();
        List<BlockTask> tasks = new ArrayList<>();
        int[] offsets = new int[jobs.size() + 1];
        for (int j = 0; j < jobs.size(); j++) {
            BatchJob job = jobs.get(j);
            BlockPlan plan = BlockPlan.of(job.runs(), jsc.defaultParallelism(), sc.conf().getInt(BLOCK_RUNS, 0));
            plans.add(plan);
            tasks.add(new BlockTask(plan, job.scenario().name(), job.scenario().canonicalJson(), job.mitigated(),
                    job.sampling(), job.seed(), null, job.weeklyFans()));
            offsets[j + 1] = offsets[j] + plan.blocks();
        }
        List<BlockingQueue<Object>> queues = new ArrayList<>();
        for (int j = 0; j < jobs.size(); j++) {
            queues.add(new LinkedBlockingQueue<>());
        }
        List<Integer> ids = new ArrayList<>(offsets[jobs.size()]);
        for (int t = 0; t < offsets[jobs.size()]; t++) {
            ids.add(t);
        }
        BatchesTask task = new BatchesTask(tasks, offsets);
        Thread submitter = new Thread(() -> {
            try {
                jsc.setJobGroup(group, jobs.size() + " batches", true);
                RDD<Integer> rdd = jsc.parallelize(ids, Math.max(1, ids.size())).rdd();
                sc.runJob(rdd, task, (index, bytes) -> {
                    int t = (Integer) index;
                    int j = BatchesTask.batchOf(offsets, t);
                    queues.get(j).add(new Arrived(t - offsets[j], bytes));
                    return BoxedUnit.UNIT;
                }, ClassTag$.MODULE$.apply(byte[].class));
                queues.forEach(q -> q.add(Done.DONE));
            } catch (Throwable e) {
                queues.forEach(q -> q.add(e));
            }
        }, "rollout-spark-batches");
        submitter.setDaemon(true);
        submitter.start();
        prepared = new Prepared(jobs, plans, queues, group);
    }

    @Override
    public boolean run(BatchJob job, BatchStatistics statistics, Path runsCsv, ProgressListener progress,
                       Cancellation cancellation) throws IOException {
        if (statistics.collectsWeeklyFans() && !job.weeklyFans()) {
            throw new IllegalArgumentException("the statistics collect weekly fans, the job gathers none");
        }
        if (prepared != null && runsCsv == null && prepared.next < prepared.jobs.size()
                && sameBatch(prepared.jobs.get(prepared.next), job)) {
            int j = prepared.next++;
            ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
            BlockPlan plan = prepared.plans.get(j);
            return merge(job.model().schema(), plan, statistics, prepared.queues.get(j), cancellation,
                    context.get().sc(), prepared.group, (block, runs) -> listener.progress(runs, plan.runs()));
        }
        JavaSparkContext jsc = context.get();
        SparkContext sc = jsc.sc();
        BlockPlan plan = BlockPlan.of(job.runs(), jsc.defaultParallelism(), sc.conf().getInt(BLOCK_RUNS, 0));
        String group = "rollout-" + JOBS.incrementAndGet();
        Path parts = runsCsv == null ? null : partsDir(sc, runsCsv, group);
        BlockTask task = new BlockTask(plan, job.scenario().name(), job.scenario().canonicalJson(), job.mitigated(),
                job.sampling(), job.seed(), parts == null ? null : parts.toString(), job.weeklyFans());
        List<Integer> blocks = new ArrayList<>(plan.blocks());
        for (int b = 0; b < plan.blocks(); b++) {
            blocks.add(b);
        }
        BlockProgress listener = new BlockProgress(group, plan, progress);
        sc.addSparkListener(listener);
        BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
        Thread submitter = new Thread(() -> {
            try {
                jsc.setJobGroup(group, job.scenario().name() + ": " + job.runs() + " runs", true);
                RDD<Integer> rdd = jsc.parallelize(blocks, Math.max(1, blocks.size())).rdd();
                ClassTag<byte[]> tag = ClassTag$.MODULE$.apply(byte[].class);
                sc.runJob(rdd, task, (index, bytes) -> {
                    arrived.add(new Arrived((Integer) index, bytes));
                    return BoxedUnit.UNIT;
                }, tag);
                arrived.add(Done.DONE);
            } catch (Throwable e) {
                arrived.add(e);
            }
        }, "rollout-spark-job");
        submitter.setDaemon(true);
        submitter.start();
        try {
            return merge(job.model().schema(), plan, statistics, arrived, cancellation, sc, group, (block, runs) -> { })
                    && joinParts(job.model().schema(), plan, parts, runsCsv);
        } finally {
            listener.stop();
            sc.removeSparkListener(listener);
        }
    }

    private static boolean sameBatch(BatchJob a, BatchJob b) {
        return a.seed() == b.seed() && a.runs() == b.runs() && a.mitigated() == b.mitigated()
                && a.sampling() == b.sampling() && a.weeklyFans() == b.weeklyFans()
                && a.scenario().name().equals(b.scenario().name())
                && a.scenario().canonicalJson().equals(b.scenario().canonicalJson());
    }

    /** Appends the partials in block order, telling {@code merged} the runs so far; false when cancelled. */
    private static boolean merge(OutputSchema schema, BlockPlan plan, BatchStatistics statistics,
                                 BlockingQueue<Object> arrived, Cancellation cancellation, SparkContext sc,
                                 String group, java.util.function.BiConsumer<Integer, Integer> merged) {
        Map<Integer, byte[]> early = new TreeMap<>();
        int next = 0;
        int runs = 0;
        while (next < plan.blocks()) {
            Object item;
            try {
                item = arrived.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sc.cancelJobGroup(group);
                return false;
            }
            if (cancellation != null && cancellation.isCancelled()) {
                sc.cancelJobGroup(group);
                return false;
            }
            if (item == null) {
                continue;
            }
            if (item instanceof Arrived a) {
                early.put(a.block(), a.bytes());
                while (early.containsKey(next)) {
                    statistics.append(BlockPartial.decode(schema, early.remove(next)));
                    runs += plan.size(next);
                    merged.accept(next, runs);
                    next++;
                }
            } else if (item == Done.DONE) {
                throw new IllegalStateException("the Spark job ended with " + next + " of " + plan.blocks()
                        + " blocks");
            } else if (item instanceof RuntimeException e) {
                throw e;
            } else if (item instanceof Error e) {
                throw e;
            } else {
                throw new IllegalStateException("the Spark job failed", (Throwable) item);
            }
        }
        return true;
    }

    /** Where the part files of {@code runsCsv} go: the configured shared directory, or beside it. */
    private static Path partsDir(SparkContext sc, Path runsCsv, String group) {
        String shared = sc.conf().get(PARTS_DIR, "");
        if (shared.isBlank()) {
            return runsCsv.resolveSibling("." + runsCsv.getFileName() + ".parts").toAbsolutePath();
        }
        return Path.of(shared, sc.applicationId() + "-" + group);
    }

    /** Writes runs.csv: the header, then every block's part in block order; removes the parts. */
    private static boolean joinParts(OutputSchema schema, BlockPlan plan, Path parts, Path runsCsv) throws IOException {
        if (parts == null) {
            return true;
        }
        try (OutputStream out = Files.newOutputStream(runsCsv)) {
            Writer header = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            new RunsCsvWriter(schema, header).flush();
            header.flush();
            for (int b = 0; b < plan.blocks(); b++) {
                Files.copy(BlockTask.part(parts, b), out);
            }
        }
        try (var files = Files.list(parts)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(parts);
        return true;
    }

    @Override
    public BatchRunner precisionRunner() {
        return null;
    }

    /** The summary is made on the driver, from every run: with all of the driver's cores. */
    @Override
    public int summaryThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public void close() {
        // The context belongs to whoever made it (Main, or a test); a job still running is this engine's.
        if (prepared != null && prepared.next < prepared.jobs.size()) {
            context.get().sc().cancelJobGroup(prepared.group);
        }
        prepared = null;
    }

    /** A job running the blocks of several batches, and which batch {@link #run} takes next. */
    private static final class Prepared {
        final List<BatchJob> jobs;
        final List<BlockPlan> plans;
        final List<BlockingQueue<Object>> queues;
        final String group;
        int next;

        Prepared(List<BatchJob> jobs, List<BlockPlan> plans, List<BlockingQueue<Object>> queues, String group) {
            this.jobs = List.copyOf(jobs);
            this.plans = plans;
            this.queues = queues;
            this.group = group;
        }
    }

    private record Arrived(int block, byte[] bytes) {
    }

    private enum Done { DONE }
}
