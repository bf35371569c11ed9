package org.rolloutsim.design;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Correlation matrices: whether one is valid (symmetric, unit diagonal, positive semi-definite), the
 * nearest valid one (Higham 2002, alternating projections), and the factor Iman–Conover uses.
 */
public final class CorrelationMatrix {
    /** Eigenvalues down to this are taken as 0: rounding, not an inconsistency. */
    static final double TOLERANCE = 1e-9;
    private static final int MAX_ITERATIONS = 200;

    private CorrelationMatrix() {
    }

    /** The matrix over {@code names} with 1 on the diagonal, the pairs' correlations and 0 elsewhere. */
    public static double[][] of(List<String> names, List<RankCorrelation> pairs) {
        int k = names.size();
        double[][] c = new double[k][k];
        for (int i = 0; i < k; i++) {
            c[i][i] = 1;
        }
        for (RankCorrelation p : pairs) {
            int a = names.indexOf(p.first());
            int b = names.indexOf(p.second());
            if (a < 0 || b < 0) {
                throw new IllegalArgumentException("no input named " + (a < 0 ? p.first() : p.second()));
            }
            c[a][b] = p.rank();
            c[b][a] = p.rank();
        }
        return c;
    }

    /** True when no eigenvalue of the symmetric matrix {@code c} is below -1e-9. */
    public static boolean isPositiveSemiDefinite(double[][] c) {
        double[] eigen = new EigenDecomposition(new Array2DRowRealMatrix(c)).getRealEigenvalues();
        for (double e : eigen) {
            if (e < -TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /**
     * A valid correlation matrix near {@code c}, with entries rounded to {@code decimals}: Higham's
     * nearest correlation matrix, shrunk toward the identity in steps of 1% only as far as rounding
     * needs to stay positive semi-definite (at most 100 steps; the identity always is).
     */
    public static double[][] nearestValid(double[][] c, int decimals) {
        double[][] near = higham(c);
        double scale = Math.pow(10, decimals);
        for (int step = 0; step <= 100; step++) {
            double t = 1 - step / 100.0;
            double[][] r = new double[c.length][c.length];
            for (int i = 0; i < c.length; i++) {
                for (int j = 0; j < c.length; j++) {
                    r[i][j] = i == j ? 1 : Math.round(t * near[i][j] * scale) / scale;
                }
            }
            if (isPositiveSemiDefinite(r)) {
                return r;
            }
        }
        throw new IllegalStateException("the identity is a valid correlation matrix");
    }

    /** Higham's alternating projections with Dykstra's correction, bounded in iterations. */
    static double[][] higham(double[][] c) {
        int k = c.length;
        RealMatrix y = new Array2DRowRealMatrix(c);
        RealMatrix correction = new Array2DRowRealMatrix(k, k);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            RealMatrix r = y.subtract(correction);
            RealMatrix x = positivePart(r, 0);
            correction = x.subtract(r);
            RealMatrix next = x.copy();
            for (int i = 0; i < k; i++) {
                next.setEntry(i, i, 1);
            }
            double change = next.subtract(y).getFrobeniusNorm();
            y = next;
            if (change < 1e-10) {
                break;
            }
        }
        return y.getData();
    }

    /** V max(Λ, floor) Vᵀ: the matrix with its eigenvalues raised to at least {@code floor}. */
    private static RealMatrix positivePart(RealMatrix m, double floor) {
        EigenDecomposition e = new EigenDecomposition(symmetric(m));
        double[] values = e.getRealEigenvalues();
        RealMatrix v = e.getV();
        RealMatrix d = new Array2DRowRealMatrix(values.length, values.length);
        for (int i = 0; i < values.length; i++) {
            d.setEntry(i, i, Math.max(floor, values[i]));
        }
        return v.multiply(d).multiply(v.transpose());
    }

    private static RealMatrix symmetric(RealMatrix m) {
        return m.add(m.transpose()).scalarMultiply(0.5);
    }

    /**
     * The Pearson correlation of normal scores that gives a rank correlation {@code rank}:
     * 2 sin(π r / 6) (Pearson 1907). Iman–Conover correlates normal scores, so its target is this.
     */
    static double normalScoreCorrelation(double rank) {
        return 2 * Math.sin(Math.PI * rank / 6);
    }

    /**
     * A factor P with P Pᵀ the normal-score correlation matching the rank correlations {@code rank}
     * (a valid correlation matrix). Converted entries that are no longer positive semi-definite
     * (possible near the boundary) are moved to the nearest matrix that is.
     */
    static RealMatrix normalScoreFactor(double[][] rank) {
        int k = rank.length;
        double[][] target = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                target[i][j] = i == j ? 1 : normalScoreCorrelation(rank[i][j]);
            }
        }
        if (!isPositiveSemiDefinite(target)) {
            target = higham(target);
        }
        EigenDecomposition e = new EigenDecomposition(symmetric(new Array2DRowRealMatrix(target)));
        double[] values = e.getRealEigenvalues();
        RealMatrix v = e.getV();
        RealMatrix root = new Array2DRowRealMatrix(k, k);
        for (int i = 0; i < k; i++) {
            root.setEntry(i, i, Math.sqrt(Math.max(0, values[i])));
        }
        return v.multiply(root);
    }
}
