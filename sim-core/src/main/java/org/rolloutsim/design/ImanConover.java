package org.rolloutsim.design;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Erf;
import org.rolloutsim.random.RandomStream;

/**
 * Iman and Conover's method (1982) for imposing rank correlations on samples without changing any
 * input's values: each input's values in a block are only reordered among the block's runs.
 *
 * <p>Van der Waerden scores Φ⁻¹(i / (n + 1)) are shuffled independently per input, their sample
 * correlation E is removed (Cholesky factor of E inverted) and the target correlation C put in (a
 * factor P with P Pᵀ = C), and each input's values are then ordered as the resulting scores are. The
 * scores' correlation is then exactly C in every block; the values' rank correlation follows it.
 */
final class ImanConover {
    private ImanConover() {
    }

    /**
     * Reorders each {@code columns[j]} (one per correlated input, each of the block's length) so
     * that the columns' rank correlations approach {@code factor · factorᵀ}.
     *
     * @param factor a k × k matrix P with P Pᵀ the target correlation of the normal scores
     * @param stream the block's shuffling stream
     */
    static void reorder(double[][] columns, RealMatrix factor, RandomStream stream) {
        int k = columns.length;
        int n = columns[0].length;
        if (n <= k + 1) {
            throw new IllegalArgumentException("a block of " + n + " runs cannot carry " + k + " correlated inputs");
        }
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = Math.sqrt(2) * Erf.erfInv(2.0 * (i + 1) / (n + 1) - 1);
        }
        double[][] m = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] order = LatinHypercube.permutation(n, stream);
            for (int i = 0; i < n; i++) {
                m[i][j] = scores[order[i]];
            }
        }
        RealMatrix mm = new Array2DRowRealMatrix(m, false);
        RealMatrix e = correlation(m);
        RealMatrix q = new CholeskyDecomposition(e, 1e-12, 1e-12).getL();
        RealMatrix transform = factor.multiply(MatrixUtils.inverse(q)).transpose();
        RealMatrix t = mm.multiply(transform);
        for (int j = 0; j < k; j++) {
            double[] target = t.getColumn(j);
            Integer[] byScore = new Integer[n];
            for (int i = 0; i < n; i++) {
                byScore[i] = i;
            }
            Arrays.sort(byScore, Comparator.comparingDouble((Integer i) -> target[i]).thenComparingInt(i -> i));
            double[] sorted = columns[j].clone();
            Arrays.sort(sorted);
            for (int rank = 0; rank < n; rank++) {
                columns[j][byScore[rank]] = sorted[rank];
            }
        }
    }

    /** The sample (Pearson) correlation matrix of the columns of {@code m}. */
    private static RealMatrix correlation(double[][] m) {
        int n = m.length;
        int k = m[0].length;
        double[] mean = new double[k];
        for (double[] row : m) {
            for (int j = 0; j < k; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] c = new double[k][k];
        for (double[] row : m) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b <= a; b++) {
                    c[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]);
                }
            }
        }
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                r[a][b] = c[a][b] / Math.sqrt(c[a][a] * c[b][b]);
                r[b][a] = r[a][b];
            }
        }
        return new Array2DRowRealMatrix(r, false);
    }
}
