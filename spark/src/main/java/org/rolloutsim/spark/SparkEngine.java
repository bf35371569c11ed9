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

    SparkEngine(Supplier<JavaSparkContext> context) {
        this.context = context;
    }

    @Override
    public boolean run(BatchJob job, BatchStatistics statistics, Path runsCsv, ProgressListener progress,
                       Cancellation cancellation) throws IOException {
        JavaSparkContext jsc = context.get();
        SparkContext sc = jsc.sc();
        BlockPlan plan = BlockPlan.of(job.runs(), jsc.defaultParallelism(), sc.conf().getInt(BLOCK_RUNS, 0));
        String group = "rollout-" + JOBS.incrementAndGet();
        Path parts = runsCsv == null ? null : partsDir(sc, runsCsv, group);
        BlockTask task = new BlockTask(plan, job.scenario().name(), job.scenario().canonicalJson(), job.mitigated(),
                job.sampling(), job.seed(), parts == null ? null : parts.toString());
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
            return merge(job.model().schema(), plan, statistics, arrived, cancellation, sc, group)
                    && joinParts(job.model().schema(), plan, parts, runsCsv);
        } finally {
            listener.stop();
            sc.removeSparkListener(listener);
        }
    }

    /** Appends the partials in block order; false when cancelled. */
    private static boolean merge(OutputSchema schema, BlockPlan plan, BatchStatistics statistics,
                                 BlockingQueue<Object> arrived, Cancellation cancellation, SparkContext sc,
                                 String group) {
        Map<Integer, byte[]> early = new TreeMap<>();
        int next = 0;
        while (true) {
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
                    next++;
                }
            } else if (item == Done.DONE) {
                if (next != plan.blocks()) {
                    throw new IllegalStateException("the Spark job ended with " + next + " of " + plan.blocks()
                            + " blocks");
                }
                return true;
            } else if (item instanceof RuntimeException e) {
                throw e;
            } else if (item instanceof Error e) {
                throw e;
            } else {
                throw new IllegalStateException("the Spark job failed", (Throwable) item);
            }
        }
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

    @Override
    public void close() {
        // the context belongs to whoever made it (Main, or a test)
    }

    private record Arrived(int block, byte[] bytes) {
    }

    private enum Done { DONE }
}
