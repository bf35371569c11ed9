package org.rolloutsim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rolloutsim.batch.BatchResult;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.batch.Cancellation;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.batch.ProgressListener;
import org.rolloutsim.design.DesignedModel;
import org.rolloutsim.design.UncertainInput;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.Interval;

/**
 * Variance-based sensitivity: first-order and total Sobol indices of a handful of inputs, by
 * Saltelli's design and estimators (Saltelli et al. 2010), with bootstrap intervals.
 *
 * <p>Two base samples of {@code n} rows, A and B, are the inputs runs {@code 0..n-1} and
 * {@code n..2n-1} draw for themselves; for each studied input i, AB_i is A with column i from B.
 * That is n·(k + 2) runs. A row of AB_i is run with the random streams of the same row of A, and
 * inputs not studied keep A's values, so A and AB_i differ in input i alone; B's rows have their
 * own streams. Everything else the model draws (and every input not studied) thus counts as one
 * more, unnamed factor: the indices are shares of the output's whole variance, and their sum falls
 * short of 1 by what the inputs studied do not explain.
 *
 * <p>Estimators, with V the variance of f over A and B together and m their mean: first order
 * S_i = mean((f(B) − m)·(f(AB_i) − f(A))) / V; total S_Ti = mean((f(A) − f(AB_i))²) / (2V) (Jansen).
 * Intervals are bootstrap percentiles over resampled rows.
 */
public final class SobolIndices {
    /** Bootstrap resamples for the intervals. */
    public static final int BOOTSTRAP = 1000;

    /** The indices of one input for one output. */
    public record Index(String input, double first, Interval firstCi, double total, Interval totalCi) {
    }

    /** The indices of every studied input for one output, and that output's variance. */
    public record Output(String name, double mean, double variance, List<Index> indices) {
    }

    /**
     * What the analysis found.
     *
     * @param unfinishedRuns model runs not finished by the horizon (their {@code censored} output not
     *                       0): their completion is the horizon and their cost counts only to then, so
     *                       the indices are of outputs capped at the horizon; 0 when the model has no
     *                       such output
     */
    public record Result(int baseRuns, int modelRuns, double confidence, List<String> inputs, List<Output> outputs,
                         boolean cancelled, long unfinishedRuns) {

        /** Share of the model runs not finished by the horizon; 0 without runs. */
        public double unfinishedShare() {
            return modelRuns == 0 ? 0 : unfinishedRuns / (double) modelRuns;
        }
    }

    private final DesignedModel model;
    private final int[] studied;
    private final List<String> inputNames;

    /**
     * @param inputs names of the inputs to study (a handful), each one of {@code model.inputs()}
     * @throws IllegalArgumentException naming an input the model does not have
     */
    public SobolIndices(DesignedModel model, List<String> inputs) {
        this.model = model;
        List<String> all = model.inputs().stream().map(UncertainInput::name).toList();
        this.studied = new int[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            studied[i] = all.indexOf(inputs.get(i));
            if (studied[i] < 0) {
                throw new IllegalArgumentException("no uncertain input named " + inputs.get(i));
            }
        }
        this.inputNames = List.copyOf(inputs);
    }

    /** Model runs the analysis makes with {@code baseRuns} rows: baseRuns · (k + 2). */
    public int modelRuns(int baseRuns) {
        return Math.multiplyExact(baseRuns, studied.length + 2);
    }

    /**
     * Runs the design and estimates the indices of {@code outputs} (scalar names of the schema).
     *
     * @param confidence level of the bootstrap intervals, e.g. 0.95
     */
    public Result run(long seed, int baseRuns, List<String> outputs, double confidence, BatchRunner runner,
                      ProgressListener progress, Cancellation cancellation) {
        int k = studied.length;
        int total = modelRuns(baseRuns);
        OutputSchema schema = model.schema();
        int[] columns = outputs.stream().mapToInt(schema::requireScalar).toArray();
        double[][][] f = new double[outputs.size()][k + 2][baseRuns];
        // a run cut off at the horizon holds the horizon as its completion and its cost up to then
        int censored = schema.scalarIndex(BatchStatistics.CENSORED);
        int[] next = {0};
        long[] unfinished = {0};
        BatchResult done = runner.run(new SaltelliRuns(baseRuns), seed, total, out -> {
            int q = next[0]++;
            for (int o = 0; o < columns.length; o++) {
                f[o][q / baseRuns][q % baseRuns] = out.get(columns[o]);
            }
            if (censored >= 0 && out.get(censored) != 0) {
                unfinished[0]++;
            }
        }, progress, cancellation);
        if (done.cancelled()) {
            return new Result(baseRuns, done.runsDone(), confidence, inputNames, List.of(), true, unfinished[0]);
        }
        List<Output> results = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            results.add(estimate(outputs.get(o), f[o], seed, confidence));
        }
        return new Result(baseRuns, total, confidence, inputNames, results, false, unfinished[0]);
    }

    /** Indices from f[0] = f(A), f[1] = f(B), f[2 + i] = f(AB_i), with bootstrap intervals. */
    Output estimate(String name, double[][] f, long seed, double confidence) {
        int n = f[0].length;
        int k = f.length - 2;
        int[] identity = new int[n];
        for (int j = 0; j < n; j++) {
            identity[j] = j;
        }
        double[] point = indices(f, identity);
        double[][] boot = new double[2 * k][BOOTSTRAP];
        RandomStream stream = RandomStream.of(seed, 0, "sobol/bootstrap/" + name);
        int[] rows = new int[n];
        for (int b = 0; b < BOOTSTRAP; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = stream.nextInt(n);
            }
            double[] x = indices(f, rows);
            for (int i = 0; i < 2 * k; i++) {
                boot[i][b] = x[i];
            }
        }
        List<Index> indices = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            indices.add(new Index(inputNames.get(i), point[i], percentile(boot[i], confidence), point[k + i],
                    percentile(boot[k + i], confidence)));
        }
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += (f[0][j] + f[1][j]) / (2.0 * n);
        }
        return new Output(name, mean, variance(f, identity), indices);
    }

    /**
     * First-order indices then total indices, over the given rows (a bootstrap resample or all).
     * f(B) is centred on the rows' mean first: the estimator's expectation is unchanged, and its
     * variance no longer grows with the output's mean (completion weeks in the hundreds, costs in
     * the billions).
     */
    private static double[] indices(double[][] f, int[] rows) {
        int k = f.length - 2;
        double v = variance(f, rows);
        double centre = 0;
        for (int j : rows) {
            centre += (f[0][j] + f[1][j]) / (2.0 * rows.length);
        }
        double[] x = new double[2 * k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double a = f[0][j];
                double ab = f[2 + i][j];
                first += (f[1][j] - centre) * (ab - a);
                total += (a - ab) * (a - ab);
            }
            x[i] = v > 0 ? first / rows.length / v : 0;
            x[k + i] = v > 0 ? total / (2.0 * rows.length) / v : 0;
        }
        return x;
    }

    /** The variance of f(A) and f(B) together, over the given rows. */
    private static double variance(double[][] f, int[] rows) {
        double sum = 0;
        double sumSq = 0;
        // shifted by the first value, for accuracy with large outputs (costs in the billions)
        double shift = f[0][rows[0]];
        for (int m = 0; m < 2; m++) {
            for (int j : rows) {
                double d = f[m][j] - shift;
                sum += d;
                sumSq += d * d;
            }
        }
        int count = 2 * rows.length;
        return count > 1 ? (sumSq - sum * sum / count) / (count - 1) : 0;
    }

    private static Interval percentile(double[] values, double confidence) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double tail = (1 - confidence) / 2;
        int low = (int) Math.floor(tail * (sorted.length - 1));
        int high = (int) Math.ceil((1 - tail) * (sorted.length - 1));
        return new Interval(sorted[low], sorted[high]);
    }

    /** Run q of the design: matrix q / n (A, B, AB_1, ...), row q % n, with its streams and inputs. */
    private final class SaltelliRuns implements MonteCarloModel {
        private final int n;

        SaltelliRuns(int n) {
            this.n = n;
        }

        @Override
        public OutputSchema schema() {
            return model.schema();
        }

        @Override
        public void run(long seed, int q, RunOutput out) {
            int matrix = q / n;
            int row = q % n;
            List<UncertainInput> inputs = model.inputs();
            double[] values = new double[inputs.size()];
            int ownRun = matrix == 1 ? n + row : row;
            for (int i = 0; i < values.length; i++) {
                values[i] = inputs.get(i).draw(seed, ownRun);
            }
            if (matrix >= 2) {
                int swapped = studied[matrix - 2];
                values[swapped] = inputs.get(swapped).draw(seed, n + row);
            }
            model.run(seed, ownRun, values, out);
        }
    }
}
