package org.rolloutsim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.stats.Interval;
import org.rolloutsim.stats.OrderStatistics;

/**
 * Compares scenarios or variants run with common random numbers: because run i of each batch drew
 * the same random numbers for the same sources, the per-run difference isolates the effect of the
 * change from the noise, and a batch compared with itself differs by exactly zero.
 */
public final class Comparison {
    private static final double CONFIDENCE = 0.95;

    private Comparison() {
    }

    /** Every pair (i, j), i before j in the list, on every OUTPUT scalar both batches have. */
    public static ComparisonResult of(List<ComparedBatch> batches) {
        if (batches.size() < 2) {
            throw new IllegalArgumentException("need at least two batches to compare");
        }
        List<String> labels = new ArrayList<>();
        for (ComparedBatch b : batches) {
            if (labels.contains(b.label())) {
                throw new IllegalArgumentException("duplicate label " + b.label());
            }
            labels.add(b.label());
        }
        List<PairComparison> pairs = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            for (int j = i + 1; j < batches.size(); j++) {
                pairs.add(pair(batches.get(i), batches.get(j)));
            }
        }
        return new ComparisonResult(labels, pairs);
    }

    /** A against B on every OUTPUT scalar both have, in A's schema order. */
    public static PairComparison pair(ComparedBatch a, ComparedBatch b) {
        if (a.statistics().runs() != b.statistics().runs()
                || a.statistics().firstRun() != b.statistics().firstRun()) {
            throw new IllegalArgumentException("batches " + a.label() + " and " + b.label()
                    + " cover different runs; common random numbers need the same seed and run range");
        }
        OutputSchema schemaB = b.statistics().schema();
        List<MetricDifference> metrics = new ArrayList<>();
        for (OutputSchema.Scalar s : a.statistics().schema().scalars()) {
            int inB = schemaB.scalarIndex(s.name());
            if (s.kind() == OutputSchema.Kind.OUTPUT && inB >= 0
                    && schemaB.scalars().get(inB).kind() == OutputSchema.Kind.OUTPUT) {
                metrics.add(difference(s.name(), a.statistics().values(s.name()), b.statistics().values(s.name())));
            }
        }
        return new PairComparison(a.label(), b.label(), metrics);
    }

    /** The paired difference of two equally long per-run value arrays (A minus B). */
    static MetricDifference difference(String metric, double[] aAll, double[] bAll) {
        int n = 0;
        double[] a = new double[aAll.length];
        double[] b = new double[bAll.length];
        for (int i = 0; i < aAll.length; i++) {
            if (!Double.isNaN(aAll[i]) && !Double.isNaN(bAll[i])) {
                a[n] = aAll[i];
                b[n] = bAll[i];
                n++;
            }
        }
        a = Arrays.copyOf(a, n);
        b = Arrays.copyOf(b, n);
        if (n == 0) {
            Interval none = new Interval(Double.NaN, Double.NaN);
            return new MetricDifference(metric, 0, Double.NaN, none, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] d = new double[n];
        double sum = 0;
        int lower = 0;
        int higher = 0;
        for (int i = 0; i < n; i++) {
            d[i] = a[i] - b[i];
            sum += d[i];
            lower += a[i] < b[i] ? 1 : 0;
            higher += a[i] > b[i] ? 1 : 0;
        }
        double mean = sum / n;
        double squares = 0;
        for (double x : d) {
            squares += (x - mean) * (x - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
        Interval ci = new Interval(Double.NaN, Double.NaN);
        if (n > 1) {
            double half = sd == 0 ? 0
                    : new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2) * sd / Math.sqrt(n);
            ci = new Interval(mean - half, mean + half);
        }
        double[] sorted = d.clone();
        Arrays.sort(sorted);
        return new MetricDifference(metric, n, mean, ci,
                quantile(sorted, 0.1), quantile(sorted, 0.5), quantile(sorted, 0.9),
                lower / (double) n, higher / (double) n, (n - lower - higher) / (double) n,
                SignedRankTest.pValue(d), pairedT(a, b, sd, mean));
    }

    private static double quantile(double[] sorted, double p) {
        return sorted[(int) OrderStatistics.rank(p, sorted.length) - 1];
    }

    private static double pairedT(double[] a, double[] b, double sd, double mean) {
        if (a.length < 2) {
            return Double.NaN;
        }
        if (sd == 0) {
            return mean == 0 ? 1 : 0;
        }
        return new TTest().pairedTTest(a, b);
    }
}
