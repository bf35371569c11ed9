package org.rolloutsim.random;

/**
 * {@code log(k!)} for the rejection steps of the binomial and Poisson samplers: a table for small k,
 * Stirling's series (error below 1e-14 for k &ge; 256) beyond it. Allocation-free.
 */
final class LogFactorial {
    private static final int TABLE_SIZE = 256;
    private static final double[] TABLE = new double[TABLE_SIZE];
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    static {
        double sum = 0;
        TABLE[0] = 0;
        for (int k = 1; k < TABLE_SIZE; k++) {
            sum += Math.log(k);
            TABLE[k] = sum;
        }
    }

    private LogFactorial() {
    }

    static double of(double k) {
        if (k < TABLE_SIZE) {
            return TABLE[(int) k];
        }
        double inv = 1.0 / k;
        double inv2 = inv * inv;
        return (k + 0.5) * Math.log(k) - k + HALF_LOG_TWO_PI
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
    }
}
