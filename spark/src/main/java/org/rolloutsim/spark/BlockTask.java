package org.rolloutsim.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.TaskContext;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.RunConsumer;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.cli.BatchJob;
import org.rolloutsim.design.Sampling;
import org.rolloutsim.report.data.RunsCsvWriter;
import org.rolloutsim.scenarios.LoadResult;
import org.rolloutsim.scenarios.ScenarioLoader;
import org.rolloutsim.stats.BlockPartial;
import scala.Function2;
import scala.collection.Iterator;

/**
 * What an executor does with one block of a batch: rebuilds the model from the scenario's canonical
 * JSON (with the batch's mitigation and sampling design, as {@link BatchJob#model} does for rollout;
 * a design's blocks of 256 runs fall where they do locally), simulates the block's runs through {@link BatchRunner} (the same code path and run-index
 * streams as a local batch; blocks start on a multiple of {@link BatchRunner#DEFAULT_BLOCK_SIZE}, so
 * the runner's own blocks fall where a local batch's do), writes the block's runs.csv rows as one part
 * file when asked, and returns the block's {@link BlockPartial}, encoded. A block is a pure function
 * of (scenario, seed, block index): a task Spark runs again gives the same bytes.
 */
final class BlockTask implements Function2<TaskContext, Iterator<Integer>, byte[]>, Serializable {
    private static final long serialVersionUID = 1L;
    /** Models built on this executor, by scenario text: a batch's blocks share one. */
    private static final Map<String, MonteCarloModel> MODELS = new ConcurrentHashMap<>();

    private final BlockPlan plan;
    private final String scenarioName;
    private final String canonicalJson;
    private final boolean mitigated;
    private final Sampling sampling;
    private final long seed;
    /** Where part files go (one per block), or null when no runs.csv is wanted. */
    private final String partsDir;
    /** False when the batch's statistics collect no weekly fans: the blocks gather none either. */
    private final boolean weeklyFans;

    BlockTask(BlockPlan plan, String scenarioName, String canonicalJson, boolean mitigated, Sampling sampling, long seed,
              String partsDir, boolean weeklyFans) {
        this.plan = plan;
        this.scenarioName = scenarioName;
        this.canonicalJson = canonicalJson;
        this.mitigated = mitigated;
        this.sampling = sampling;
        this.seed = seed;
        this.partsDir = partsDir;
        this.weeklyFans = weeklyFans;
    }

    @Override
    public byte[] apply(TaskContext context, Iterator<Integer> blocks) {
        int block = blocks.next();
        return run(block);
    }

    /** Simulates block {@code block} and returns its partial result, encoded. */
    byte[] run(int block) {
        MonteCarloModel model = model();
        int first = plan.firstRun(block);
        int size = plan.size(block);
        BlockPartial partial = new BlockPartial(model.schema(), size, weeklyFans);
        StringWriter rows = partsDir == null ? null : new StringWriter(size * 256);
        RunConsumer consumer = partial;
        if (rows != null) {
            RunsCsvWriter csv = csvWriter(model, rows);
            consumer = run -> {
                partial.accept(run);
                csv.accept(run);
            };
        }
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(model, seed, first, size, consumer, null, null);
        }
        if (rows != null) {
            String text = rows.toString();
            writePart(Path.of(partsDir), block, text.substring(text.indexOf('\n') + 1));
        }
        return partial.encode();
    }

    private static RunsCsvWriter csvWriter(MonteCarloModel model, StringWriter rows) {
        try {
            return new RunsCsvWriter(model.schema(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of block {@code block}'s rows in {@code dir}. */
    static Path part(Path dir, int block) {
        return dir.resolve(String.format(Locale.ROOT, "part-%06d.csv", block));
    }

    /** Written beside, then moved: a task run twice (a lost executor) leaves one whole file. */
    private static void writePart(Path dir, int block, String rows) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".part-", ".tmp");
            Files.writeString(tmp, rows, StandardCharsets.UTF_8);
            Files.move(tmp, part(dir, block), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write runs.csv part " + block + " in " + dir, e);
        }
    }

    private MonteCarloModel model() {
        return MODELS.computeIfAbsent(sampling.key() + (mitigated ? " mitigated " : " ") + canonicalJson, key -> {
            LoadResult loaded = ScenarioLoader.loadCanonical(scenarioName, canonicalJson, List.of());
            if (!loaded.isOk()) {
                throw new IllegalStateException("the executor could not read scenario " + scenarioName + ": "
                        + loaded.errorText());
            }
            return BatchJob.model(loaded.scenarioSet().scenarios().get(0), mitigated, sampling);
        });
    }
}
