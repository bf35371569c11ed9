package org.rolloutsim.random;

import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;

/**
 * A number that may be uncertain: a constant, or a distribution sampled once per run.
 *
 * <p>Scenario files write these as {@code 0.3}, {@code {triangular: [min, mode, max]}},
 * {@code {pert: [min, mode, max]}}, {@code {uniform: [min, max]}}, {@code {normal: [mean, sd]}} or
 * {@code {lognormal: [mean, sd]}} (mean and sd of the value itself, not of its log).
 */
public sealed interface Distribution {

    /** One draw. */
    double sample(RandomStream stream);

    /** The mean of the distribution (before any truncation to a field's range). */
    double mean();

    /** The smallest value a draw can take ({@code -Infinity} when unbounded). */
    double lower();

    /** The largest value a draw can take ({@code +Infinity} when unbounded). */
    double upper();

    /** True for a constant: nothing to sample, nothing to record as a sampled parameter. */
    default boolean isConstant() {
        return false;
    }

    /**
     * A draw inside [min, max]: a draw outside is drawn again (truncation by rejection), up to a
     * bound after which the draw is clamped, so a distribution that hardly overlaps its range can
     * never hang a run. Validation rejects distributions that do not overlap their range at all.
     */
    default double sampleWithin(RandomStream stream, double min, double max) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            double x = sample(stream);
            if (x >= min && x <= max) {
                return x;
            }
        }
        return Math.min(max, Math.max(min, sample(stream)));
    }

    static Distribution constant(double value) {
        return new Constant(value);
    }

    /** A fixed number. */
    record Constant(double value) implements Distribution {
        public Constant {
            requireFinite(value, "value");
        }

        @Override
        public double sample(RandomStream stream) {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }

        @Override
        public double lower() {
            return value;
        }

        @Override
        public double upper() {
            return value;
        }

        @Override
        public boolean isConstant() {
            return true;
        }

        @Override
        public double sampleWithin(RandomStream stream, double min, double max) {
            return value;
        }
    }

    /** Triangular on [min, max] with its peak at mode. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            requireOrdered(min, mode, max);
        }

        @Override
        public double sample(RandomStream stream) {
            if (max == min) {
                return min;
            }
            double u = stream.nextDouble();
            double split = (mode - min) / (max - min);
            return u < split
                    ? min + Math.sqrt(u * (max - min) * (mode - min))
                    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }

        @Override
        public double mean() {
            return (min + mode + max) / 3;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }
    }

    /** PERT (a scaled beta with shape 4) on [min, max] with its mode at mode. */
    record Pert(double min, double mode, double max) implements Distribution {
        public Pert {
            requireOrdered(min, mode, max);
        }

        @Override
        public double sample(RandomStream stream) {
            if (max == min) {
                return min;
            }
            double alpha = 1 + 4 * (mode - min) / (max - min);
            double beta = 1 + 4 * (max - mode) / (max - min);
            return min + (max - min) * ChengBetaSampler.of(stream.provider(), alpha, beta).sample();
        }

        @Override
        public double mean() {
            return (min + 4 * mode + max) / 6;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }
    }

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireOrdered(min, min, max);
        }

        @Override
        public double sample(RandomStream stream) {
            return min + (max - min) * stream.nextDouble();
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }
    }

    /** Normal with the given mean and standard deviation. */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            requireFinite(mean, "mean");
            requireFinite(sd, "sd");
            if (sd < 0) {
                throw new IllegalArgumentException("sd must be >= 0: " + sd);
            }
        }

        @Override
        public double sample(RandomStream stream) {
            return mean + sd * stream.gaussian();
        }

        @Override
        public double lower() {
            return sd == 0 ? mean : Double.NEGATIVE_INFINITY;
        }

        @Override
        public double upper() {
            return sd == 0 ? mean : Double.POSITIVE_INFINITY;
        }
    }

    /** Lognormal given by the mean and standard deviation of the value (not of its logarithm). */
    record LogNormal(double mean, double sd) implements Distribution {
        public LogNormal {
            requireFinite(mean, "mean");
            requireFinite(sd, "sd");
            if (mean <= 0 || sd < 0) {
                throw new IllegalArgumentException("lognormal needs mean > 0 and sd >= 0: " + mean + ", " + sd);
            }
        }

        @Override
        public double sample(RandomStream stream) {
            double sigma2 = Math.log1p((sd * sd) / (mean * mean));
            double mu = Math.log(mean) - sigma2 / 2;
            return Math.exp(mu + Math.sqrt(sigma2) * stream.gaussian());
        }

        @Override
        public double lower() {
            return sd == 0 ? mean : 0;
        }

        @Override
        public double upper() {
            return sd == 0 ? mean : Double.POSITIVE_INFINITY;
        }
    }

    private static void requireFinite(double x, String what) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " must be a finite number: " + x);
        }
    }

    private static void requireOrdered(double min, double mode, double max) {
        requireFinite(min, "min");
        requireFinite(mode, "mode");
        requireFinite(max, "max");
        if (!(min <= mode && mode <= max)) {
            throw new IllegalArgumentException("need min <= mode <= max: " + min + ", " + mode + ", " + max);
        }
    }
}
