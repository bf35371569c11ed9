package org.rolloutsim.stats;

import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;
import org.rolloutsim.batch.RunConsumer;
import org.rolloutsim.batch.SplitRunConsumer;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * Collects a batch's runs, in run-index order as the batch runner hands them over, and turns them
 * into a {@link BatchSummary}.
 *
 * <p>Memory: each scalar column is a chain of primitive arrays ({@link ScalarColumn}: nothing while
 * constant, bits for 0/1 indicators, float otherwise, double for completion week and programme and
 * total cost), so a run costs about 4 bytes per varying scalar; past a memory budget, full segments
 * of the columns go to a temporary file ({@link ColumnStore}), so the heap does not grow with the
 * run count and every statistic stays exact. Weekly series go into fixed-size sketches. Nothing is
 * kept per run as an object.
 *
 * <p>Not thread-safe: feed it from the thread that runs the batch, as {@link RunConsumer} promises.
 * As a {@link SplitRunConsumer}, the weekly fans, which do not depend on the order of the runs, are
 * fed from the threads that made the runs, a block of runs at a time under a lock, into one set of
 * distributions; the scalar columns take the runs in order. After a cancelled or failed batch the
 * fans hold whichever blocks the workers had added, so read the statistics of complete batches only
 * (the command line writes nothing for a batch that did not complete).
 *
 * <p>Statistics made with {@code weeklyFans} false collect no fans at all, for a batch whose
 * outputs show none (summary.json alone, a sweep's points): some tenth of a batch's CPU, and the
 * fans' memory.
 */
public final class BatchStatistics implements SplitRunConsumer {
    public static final String COMPLETION_WEEK = "completionWeek";
    public static final String CENSORED = "censored";
    public static final String PROGRAM_COST = "programCost";
    public static final String TOTAL_COST = "totalCost";
    /** Joint confidence levels a summary computes date and cost for, unless told otherwise. */
    public static final List<Double> DEFAULT_JCL_LEVELS = List.of(0.5, 0.6, 0.7, 0.8, 0.9);

    private static final Set<String> EXACT = Set.of(COMPLETION_WEEK, PROGRAM_COST, TOTAL_COST);
    private static final double CONFIDENCE = 0.95;
    /**
     * Bytes of per-run values kept in memory (beyond the segment each column is filling): about
     * 80,000 runs of the regional scenario. Past it, values go to a temporary file.
     */
    static final long DEFAULT_MEMORY_BUDGET = 16L << 20;

    private final OutputSchema schema;
    private final ScalarColumn[] columns;
    private final ColumnStore store;
    private final WeeklyFanAccumulator fans;
    private final RunScratch scratch;
    private int firstRun = -1;
    private int runs;
    /** Answers of {@link #swingEnds} at {@link #swingEndsRuns} runs, by input, tail and outputs. */
    private final Map<String, SwingEnds> swingEnds = new HashMap<>();
    private int swingEndsRuns = -1;

    /** Statistics for runs laid out by {@code schema}. */
    public BatchStatistics(OutputSchema schema) {
        this(schema, 1024);
    }

    /**
     * @param expectedRuns runs to make room for at once (columns still grow if more come); giving
     *                     the batch size avoids the slack of growing by doubling
     */
    public BatchStatistics(OutputSchema schema, int expectedRuns) {
        this(schema, expectedRuns, true);
    }

    /**
     * @param weeklyFans false to collect no weekly fans: the summary then has none, and a part
     *                   made for a worker thread ignores its runs
     */
    public BatchStatistics(OutputSchema schema, int expectedRuns, boolean weeklyFans) {
        this(schema, expectedRuns, DEFAULT_MEMORY_BUDGET, ScalarColumn.SEGMENT_RUNS, weeklyFans);
    }

    /**
     * @param memoryBudget bytes of full column segments to keep in memory; the rest go to a
     *                     temporary file, read back when statistics need them
     * @param segmentRuns  runs per column segment
     */
    BatchStatistics(OutputSchema schema, int expectedRuns, long memoryBudget, int segmentRuns) {
        this(schema, expectedRuns, memoryBudget, segmentRuns, true);
    }

    private BatchStatistics(OutputSchema schema, int expectedRuns, long memoryBudget, int segmentRuns,
                            boolean weeklyFans) {
        this.schema = schema;
        this.columns = new ScalarColumn[schema.scalarCount()];
        this.store = new ColumnStore(memoryBudget);
        for (int c = 0; c < columns.length; c++) {
            columns[c] = new ScalarColumn(EXACT.contains(schema.scalars().get(c).name()), expectedRuns, store,
                    segmentRuns);
        }
        this.fans = weeklyFans ? new WeeklyFanAccumulator(schema) : null;
        // A summary's working space (sorted copies, ranks) stays on the heap up to a quarter of the
        // columns' budget per array; larger arrays go to mapped temporary files.
        this.scratch = new RunScratch(memoryBudget / 4);
    }

    @Override
    public void accept(RunOutput run) {
        acceptInOrder(run);
        if (fans != null) {
            fans.accept(run);
        }
    }

    /** Takes the run's scalars; its weekly series go to a {@link #newPart part}. */
    @Override
    public void acceptInOrder(RunOutput run) {
        int index = run.runIndex();
        if (runs == 0) {
            firstRun = Math.max(index, 0);
        } else if (index >= 0 && index != firstRun + runs) {
            throw new IllegalStateException("runs must come in index order: expected "
                    + (firstRun + runs) + ", got " + index);
        }
        for (int c = 0; c < columns.length; c++) {
            columns[c].append(run.get(c));
        }
        runs++;
    }

    @Override
    public Part newPart() {
        return fans == null ? NO_FANS : new FanPart(fans.newFeeder());
    }

    /**
     * Adds the runs a part still holds to the weekly fans, which then answer as if each run had been
     * accepted here.
     */
    @Override
    public void merge(Part part) {
        if (part instanceof FanPart fanPart) {
            fanPart.feeder().flush();
        }
    }

    /** A worker thread's part when no fans are collected: it has nothing to do with a run. */
    private static final Part NO_FANS = run -> {
    };

    /** One worker thread's way into the weekly fans: it adds its runs a block at a time. */
    private record FanPart(WeeklyFanAccumulator.Feeder feeder) implements Part {
        @Override
        public void accept(RunOutput run) {
            feeder.accept(run);
        }
    }

    /**
     * Adds a block of runs made elsewhere, the block after the runs so far: the state is then the
     * one accepting the block's runs one by one gives, so the summary is too.
     */
    public void append(BlockPartial block) {
        if (block.runs() == 0) {
            return;
        }
        if (runs == 0) {
            firstRun = block.firstRun();
        } else if (block.firstRun() != firstRun + runs) {
            throw new IllegalStateException("blocks must come in run order: expected run "
                    + (firstRun + runs) + ", got " + block.firstRun());
        }
        for (int c = 0; c < columns.length; c++) {
            ScalarColumn column = columns[c];
            for (int i = 0; i < block.runs(); i++) {
                column.append(block.value(c, i));
            }
        }
        if (fans != null) {
            fans.merge(block.fans());
        }
        runs += block.runs();
    }

    public OutputSchema schema() {
        return schema;
    }

    /** Runs collected so far. */
    public int runs() {
        return runs;
    }

    /** Index of the first run collected (0 before any). */
    public int firstRun() {
        return Math.max(firstRun, 0);
    }

    /** The values of scalar {@code name} for every run so far, in run order (a copy). */
    public double[] values(String name) {
        double[] v = new double[runs];
        columns[schema.requireScalar(name)].copyTo(v, runs);
        return v;
    }

    /**
     * The values of scalar {@code name} for every run so far, in run order, as floats: half the room
     * of {@link #values}, for charts that draw them.
     */
    public float[] floatValues(String name) {
        float[] v = new float[runs];
        ColumnReader reader = reader(name);
        for (int i = 0; i < runs; i++) {
            v[i] = (float) reader.get(i);
        }
        return v;
    }

    /**
     * A reader of scalar {@code name} run by run, for a statistic that visits every run once and
     * should not hold a copy of them all.
     */
    public ColumnReader reader(String name) {
        return new ColumnReader(columns[schema.requireScalar(name)], runs);
    }

    /**
     * How far {@code input} swings each of {@code outputs}: the mean output of the share {@code tail}
     * of runs with the most of the input minus that of the share with the least; see {@link InputSwing}.
     */
    public double[] swings(String input, double tail, String... outputs) {
        return InputSwing.of(columns[schema.requireScalar(input)], runs, tail, readers(outputs), scratch);
    }

    /**
     * The two ends {@link #swings} compares, with each output's mean at each: with
     * {@link #CENSORED} among the outputs, the share of each end's runs not finished by the horizon.
     */
    public SwingEnds swingEnds(String input, double tail, String... outputs) {
        // the report's drivers and summary.json's unfinished shares ask the same of every input: an
        // answer is kept until a run is added, so the second asking costs no pass over the runs
        if (swingEndsRuns != runs) {
            swingEnds.clear();
            swingEndsRuns = runs;
        }
        String key = input + '\u0000' + tail + '\u0000' + String.join("\u0000", outputs);
        SwingEnds ends = swingEnds.get(key);
        if (ends == null) {
            ends = InputSwing.ends(columns[schema.requireScalar(input)], runs, tail, readers(outputs), scratch);
            swingEnds.put(key, ends);
        }
        return ends;
    }

    private ColumnReader[] readers(String... outputs) {
        ColumnReader[] out = new ColumnReader[outputs.length];
        for (int o = 0; o < outputs.length; o++) {
            out[o] = reader(outputs[o]);
        }
        return out;
    }

    /**
     * The {@code p}-quantile of scalar {@code name} over the runs so far, with its 95% interval;
     * cheap enough to call between blocks of runs.
     */
    public QuantileEstimate quantile(String name, double p) {
        ScalarColumn column = columns[schema.requireScalar(name)];
        DoubleBuffer sorted = scratch.doubles(runs);
        column.sortedCopy(sorted, runs, scratch);
        scratch.release();
        int m = nonNaN(sorted, runs);
        if (m == 0) {
            return new QuantileEstimate(p, Double.NaN, new Interval(Double.NaN, Double.NaN));
        }
        return quantileOfSorted(sorted, m, p, OrderStatistics.confidenceRanks(m, p, CONFIDENCE), column);
    }

    /** Bytes of per-run values written to the temporary file (0 while everything fits in memory). */
    public long spilledBytes() {
        return store.spilledBytes();
    }

    /** Bytes held in memory by the per-run columns and the weekly sketches. */
    public long storedBytes() {
        long bytes = weeklyBytes();
        for (ScalarColumn c : columns) {
            bytes += c.storedBytes();
        }
        return bytes;
    }

    /** True unless made with {@code weeklyFans} false. */
    public boolean collectsWeeklyFans() {
        return fans != null;
    }

    /** Bytes held by the weekly sketches alone: these do not grow with the run count. */
    public long weeklyBytes() {
        return fans == null ? 0 : fans.storedBytes();
    }

    /** The summary against {@code targets}, with date and cost at the default JCL levels. */
    public BatchSummary summary(Targets targets) {
        return summaryOn(1, targets);
    }

    /**
     * The summary against {@code targets}, at the default JCL levels, its columns summarized on up
     * to {@code threads} threads: the same summary for any thread count.
     */
    public BatchSummary summaryOn(int threads, Targets targets) {
        return summary(targets, threads, DEFAULT_JCL_LEVELS.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The summary against {@code targets}, with date and cost at each of {@code jclLevels}. */
    public BatchSummary summary(Targets targets, double... jclLevels) {
        return summary(targets, 1, jclLevels);
    }

    private BatchSummary summary(Targets targets, int threads, double[] jclLevels) {
        try {
            return summaryOf(targets, threads, jclLevels);
        } finally {
            scratch.release(); // the sorts' working arrays are not kept with the runs
        }
    }

    private BatchSummary summaryOf(Targets targets, int threads, double[] jclLevels) {
        DoubleBuffer sorted = scratch.doubles(runs);
        List<String> outputs = sensitivityOutputs();
        List<Integer> inputs = sensitivityInputs();
        double[][] rho = new double[outputs.size()][inputs.size()];
        MetricSummary[] metrics = summarizeColumns(threads, sorted, outputs, inputs, rho);
        List<Sensitivity> sensitivity = sensitivity(outputs, inputs, rho);
        List<ConvergenceTrace> convergence = new ArrayList<>();
        int[] checkpoints = RunningQuantiles.checkpoints(runs);
        for (String name : List.of(COMPLETION_WEEK, PROGRAM_COST)) {
            int c = schema.scalarIndex(name);
            if (c >= 0 && runs > 0) {
                convergence.add(RunningQuantiles.trace(name, columns[c], runs, sorted, checkpoints, scratch));
            }
        }
        sorted = null; // the joint answers sort two columns of their own: let this go first
        List<JclPoint> points = new ArrayList<>();
        TargetProbabilities probabilities = jointAnswers(targets, jclLevels, points);
        return new BatchSummary(firstRun(), runs, List.of(metrics), targets, probabilities, points, sensitivity,
                convergence, fans == null ? List.of() : fans.fans());
    }

    /**
     * Every column's summary, and into {@code rho[output][input]} each input's rank correlation
     * with each output. A column is summarized on its own, and an input's correlations are taken
     * while its sorted copy is at hand, so the columns can be shared out among threads.
     */
    private MetricSummary[] summarizeColumns(int threads, DoubleBuffer sorted, List<String> outputs,
                                             List<Integer> inputs, double[][] rho) {
        BitSet censoredRuns = censoredRunSet();
        long censored = censoredRuns.cardinality();
        int[] inputPosition = new int[columns.length];
        Arrays.fill(inputPosition, -1);
        for (int i = 0; i < inputs.size(); i++) {
            inputPosition[inputs.get(i)] = i;
        }
        IntBuffer[] outputRanks = outputRanks(outputs, sorted);
        MetricSummary[] metrics = new MetricSummary[columns.length];
        ParallelColumns.Work work = (c, sortedSpace, space, ranksByCount) -> {
            double censoredMin = minOver(c, censoredRuns);
            if (inputPosition[c] >= 0) {
                // the sort that ranks an input gives the sorted copy its summary reads
                double[] r = Ranking.correlations(columns[c], runs, sortedSpace, outputRanks, space);
                for (int o = 0; o < outputs.size(); o++) {
                    rho[o][inputPosition[c]] = r[o];
                }
            } else {
                columns[c].sortedCopy(sortedSpace, runs, space);
            }
            metrics[c] = summarize(c, sortedSpace, censored, censoredMin, ranksByCount);
        };
        ParallelColumns.forEach(columns.length, threads, work, sorted, scratch,
                () -> new RunScratch(scratch.heapBytes()), runs);
        return metrics;
    }

    /** Target probabilities, and the JCL points added to {@code points}; both need date and cost together. */
    private TargetProbabilities jointAnswers(Targets targets, double[] jclLevels, List<JclPoint> points) {
        JointOutcomes joint = JointOutcomes.of(this, scratch);
        for (double level : jclLevels) {
            points.add(joint == null ? JclPoint.unreachable(level) : joint.atJointConfidence(level));
        }
        return joint == null
                ? new TargetProbabilities(Double.NaN, Double.NaN, Double.NaN)
                : joint.probabilities(targets);
    }

    /**
     * The completion week of the runs not finished by the horizon so far, which is the horizon
     * (they all read it as their completion); NaN while every run has finished. Cheap enough to call
     * between blocks of runs.
     */
    public double horizonOfCensoredRuns() {
        int c = schema.scalarIndex(CENSORED);
        int w = schema.scalarIndex(COMPLETION_WEEK);
        for (int i = 0; c >= 0 && w >= 0 && i < runs; i++) {
            if (columns[c].get(i) != 0) {
                return columns[w].get(i);
            }
        }
        return Double.NaN;
    }

    /**
     * The runs not finished by the horizon so far, by run position: one bit a run, read on the calling
     * thread so that the column threads need not share the censored column's reader.
     */
    private BitSet censoredRunSet() {
        int c = schema.scalarIndex(CENSORED);
        BitSet censored = new BitSet();
        for (int i = 0; c >= 0 && i < runs; i++) {
            if (columns[c].get(i) != 0) {
                censored.set(i);
            }
        }
        return censored;
    }

    /**
     * The smallest value of column {@code c} among the runs in {@code censored}, NaN values left out,
     * cleaned as its other summary numbers are; NaN when there is none. Reads only column {@code c},
     * a segment at a time, so it can run on the thread that summarizes that column.
     */
    private double minOver(int c, BitSet censored) {
        if (censored.isEmpty()) {
            return Double.NaN;
        }
        ScalarColumn column = columns[c];
        ColumnReader reader = new ColumnReader(column, runs);
        double min = Double.NaN;
        for (int i = censored.nextSetBit(0); i >= 0 && i < runs; i = censored.nextSetBit(i + 1)) {
            double v = reader.get(i);
            if (!Double.isNaN(v) && !(v >= min)) {
                min = v;
            }
        }
        return Double.isNaN(min) ? Double.NaN : column.clean(min);
    }

    /** The summary of column {@code c}, given its values sorted in {@code sorted}. */
    private MetricSummary summarize(int c, DoubleBuffer sorted, long censored, double censoredMin,
                                    Map<Integer, long[][]> ranksByCount) {
        OutputSchema.Scalar scalar = schema.scalars().get(c);
        ScalarColumn column = columns[c];
        int m = nonNaN(sorted, runs);
        List<QuantileEstimate> quantiles = new ArrayList<>(MetricSummary.LEVELS.size());
        if (m == 0) {
            Interval none = new Interval(Double.NaN, Double.NaN);
            for (double p : MetricSummary.LEVELS) {
                quantiles.add(new QuantileEstimate(p, Double.NaN, none));
            }
            return new MetricSummary(scalar.name(), scalar.kind(), 0, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, none, quantiles, censored, censoredMin);
        }
        long[][] ranks = ranksByCount.computeIfAbsent(m, count -> {
            long[][] r = new long[MetricSummary.LEVELS.size()][];
            for (int i = 0; i < r.length; i++) {
                r[i] = OrderStatistics.confidenceRanks(count, MetricSummary.LEVELS.get(i), CONFIDENCE);
            }
            return r;
        });
        for (int i = 0; i < ranks.length; i++) {
            quantiles.add(quantileOfSorted(sorted, m, MetricSummary.LEVELS.get(i), ranks[i], column));
        }
        double sum = 0;
        for (int i = 0; i < m; i++) {
            sum += sorted.get(i);
        }
        double mean = sum / m;
        double squares = 0;
        for (int i = 0; i < m; i++) {
            double d = sorted.get(i) - mean;
            squares += d * d;
        }
        double sd = m > 1 ? Math.sqrt(squares / (m - 1)) : Double.NaN;
        Interval meanCi;
        if (m > 1) {
            double half = new TDistribution(null, m - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2)
                    * sd / Math.sqrt(m);
            meanCi = new Interval(mean - half, mean + half);
        } else {
            meanCi = new Interval(Double.NaN, Double.NaN);
        }
        return new MetricSummary(scalar.name(), scalar.kind(), m, mean, sd, column.clean(sorted.get(0)),
                column.clean(sorted.get(m - 1)), meanCi, quantiles, censored, censoredMin);
    }

    private static QuantileEstimate quantileOfSorted(DoubleBuffer sorted, int m, double p, long[] ranks,
                                                     ScalarColumn column) {
        double value = sorted.get((int) OrderStatistics.rank(p, m) - 1);
        double lower = ranks[0] >= 1 ? sorted.get((int) ranks[0] - 1) : Double.NaN;
        double upper = ranks[1] <= m ? sorted.get((int) ranks[1] - 1) : Double.NaN;
        return new QuantileEstimate(p, column.clean(value),
                new Interval(column.clean(lower), column.clean(upper)));
    }

    /** Sorted values end with the NaNs: the count before them. */
    private static int nonNaN(DoubleBuffer sorted, int n) {
        int m = n;
        while (m > 0 && Double.isNaN(sorted.get(m - 1))) {
            m--;
        }
        return m;
    }

    /** The outputs the tornado ranks inputs against: completion week and programme cost, those present. */
    private List<String> sensitivityOutputs() {
        List<String> outputs = new ArrayList<>();
        for (String name : List.of(COMPLETION_WEEK, PROGRAM_COST)) {
            if (schema.scalarIndex(name) >= 0) {
                outputs.add(name);
            }
        }
        return outputs;
    }

    /** The columns the tornado ranks: every input and risk indicator that varied. */
    private List<Integer> sensitivityInputs() {
        List<Integer> inputs = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            OutputSchema.Kind kind = schema.scalars().get(c).kind();
            if (kind != OutputSchema.Kind.OUTPUT && !columns[c].isConstant()) {
                inputs.add(c);
            }
        }
        return inputs;
    }

    /**
     * Twice every run's rank in each output, as ints: with the sorted copies, the largest per-run
     * arrays of the summary. Null for an output with a NaN.
     */
    private IntBuffer[] outputRanks(List<String> outputs, DoubleBuffer sorted) {
        IntBuffer[] outputRanks = new IntBuffer[outputs.size()];
        for (int o = 0; o < outputs.size(); o++) {
            ScalarColumn output = columns[schema.scalarIndex(outputs.get(o))];
            outputRanks[o] = scratch.ints(runs);
            if (!Ranking.sortAndRank(output, runs, sorted, outputRanks[o], scratch)) {
                outputRanks[o] = null;
            }
        }
        return outputRanks;
    }

    /** The tornado of each output, from the rank correlations {@code rho[output][input]}. */
    private List<Sensitivity> sensitivity(List<String> outputs, List<Integer> inputs, double[][] rho) {
        List<Sensitivity> result = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            double total = 0;
            for (double r : rho[o]) {
                if (!Double.isNaN(r)) {
                    total += r * r;
                }
            }
            List<SensitivityEntry> entries = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                double r = rho[o][i];
                if (Double.isNaN(r)) {
                    continue;
                }
                OutputSchema.Scalar input = schema.scalars().get(inputs.get(i));
                entries.add(new SensitivityEntry(input.name(), input.kind(), r,
                        total > 0 ? r * r / total : 0));
            }
            // Stable sort: equal strengths keep schema order.
            entries.sort(Comparator.comparingDouble((SensitivityEntry e) -> -Math.abs(e.rho())));
            result.add(new Sensitivity(outputs.get(o), entries));
        }
        return result;
    }

    /** Package access for {@link JointOutcomes}. */
    ScalarColumn column(String name) {
        int c = schema.scalarIndex(name);
        return c < 0 ? null : columns[c];
    }
}
