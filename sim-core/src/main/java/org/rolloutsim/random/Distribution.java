package org.rolloutsim.random;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;

/**
 * A number that may be uncertain: a constant, or a distribution sampled once per run.
 *
 * <p>Scenario files write these as {@code 0.3}, {@code {triangular: [min, mode, max]}},
 * {@code {pert: [min, mode, max]}}, {@code {uniform: [min, max]}}, {@code {normal: [mean, sd]}} or
 * {@code {lognormal: [mean, sd]}} (mean and sd of the value itself, not of its log).
 *
 * <p>Every draw is a finite number: bounded shapes need a finite width ({@code max - min} must not
 * overflow), and the unbounded ones ({@link Unbounded}: normal, lognormal) are kept inside a field's
 * range by {@link Truncated}.
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

    /** P(X <= x). */
    double cdf(double x);

    /** The x with P(X <= x) = p, for p in [0, 1]. */
    double quantile(double p);

    /**
     * The value at probability {@code p} of this distribution restricted to [min, max]: the inverse
     * of the distribution function over the range's share of it. A uniform {@code p} gives a draw
     * with the same distribution as {@link #sampleWithin}; designs that stratify or reorder draws
     * (Latin hypercube sampling) use it.
     */
    default double quantileWithin(double p, double min, double max) {
        double lo = Math.max(min, lower());
        double hi = Math.min(max, upper());
        if (!(lo < hi)) {
            return Math.min(max, Math.max(min, lo));
        }
        double from = cdf(lo);
        double to = cdf(hi);
        double x = quantile(from + (to - from) * Math.min(1, Math.max(0, p)));
        return Double.isNaN(x) ? lo : Math.min(hi, Math.max(lo, x));
    }

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
        public double cdf(double x) {
            return x >= value ? 1 : 0;
        }

        @Override
        public double quantile(double p) {
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
        public double cdf(double x) {
            if (x < min) {
                return 0;
            }
            if (x >= max) {
                return 1;
            }
            return x <= mode
                    ? (x - min) * (x - min) / ((max - min) * (mode - min))
                    : 1 - (max - x) * (max - x) / ((max - min) * (max - mode));
        }

        /** The same inversion as {@link #sample}. */
        @Override
        public double quantile(double p) {
            if (max == min) {
                return min;
            }
            double split = (mode - min) / (max - min);
            return p < split
                    ? min + Math.sqrt(p * (max - min) * (mode - min))
                    : max - Math.sqrt((1 - p) * (max - min) * (max - mode));
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
        public double cdf(double x) {
            if (x < min) {
                return 0;
            }
            if (x >= max) {
                return 1;
            }
            return beta().cumulativeProbability((x - min) / (max - min));
        }

        @Override
        public double quantile(double p) {
            if (max == min) {
                return min;
            }
            return min + (max - min) * beta().inverseCumulativeProbability(Math.min(1, Math.max(0, p)));
        }

        private BetaDistribution beta() {
            double alpha = 1 + 4 * (mode - min) / (max - min);
            double beta = 1 + 4 * (max - mode) / (max - min);
            return new BetaDistribution(null, alpha, beta, 1e-12);
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
        public double cdf(double x) {
            return x < min ? 0 : x >= max ? 1 : (x - min) / (max - min);
        }

        @Override
        public double quantile(double p) {
            return min + (max - min) * p;
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
    record Normal(double mean, double sd) implements Unbounded {
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
        public double cdf(double x) {
            return sd == 0 ? (x >= mean ? 1 : 0) : standardCdf((x - mean) / sd);
        }

        @Override
        public double quantile(double p) {
            return sd == 0 ? mean : mean + sd * standardQuantile(p);
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
    record LogNormal(double mean, double sd) implements Unbounded {
        public LogNormal {
            requireFinite(mean, "mean");
            requireFinite(sd, "sd");
            if (mean <= 0 || sd < 0) {
                throw new IllegalArgumentException("lognormal needs mean > 0 and sd >= 0: " + mean + ", " + sd);
            }
        }

        @Override
        public double sample(RandomStream stream) {
            return Math.exp(mu() + sigma() * stream.gaussian());
        }

        /**
         * The variance of the logarithm, log(1 + sd^2 / mean^2), without overflow: when the ratio
         * overflows (or underflows to 0/0) it is computed from cv = sd / mean, and for cv above
         * 1e150 it is 2 log(cv) to double precision. The usual case is computed exactly as it always
         * was, so existing runs keep their numbers bit for bit.
         */
        private double sigma2() {
            double ratio = (sd * sd) / (mean * mean);
            if (Double.isFinite(ratio)) {
                return Math.log1p(ratio);
            }
            double cv = sd / mean;
            return cv > 1e150 ? 2 * Math.log(cv) : Math.log1p(cv * cv);
        }

        private double sigma() {
            return Math.sqrt(sigma2());
        }

        private double mu() {
            return Math.log(mean) - sigma2() / 2;
        }

        @Override
        public double cdf(double x) {
            if (sd == 0) {
                return x >= mean ? 1 : 0;
            }
            return x <= 0 ? 0 : standardCdf((Math.log(x) - mu()) / sigma());
        }

        @Override
        public double quantile(double p) {
            return sd == 0 ? mean : Math.exp(mu() + sigma() * standardQuantile(p));
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

    /**
     * A distribution with unbounded support, kept inside a field's range by {@link Truncated};
     * {@link #cdf} and {@link #quantile} give the share of it inside a range and draws from that share.
     */
    sealed interface Unbounded extends Distribution permits Normal, LogNormal {
        /** The share of the distribution inside [min, max]. */
        default double massWithin(double min, double max) {
            return Math.max(0, cdf(max) - cdf(min));
        }
    }

    /**
     * An unbounded distribution restricted to [min, max]: a draw is a draw of {@code inner} given
     * that it lies in the range, the same as drawing again until it does (MODEL.md 2.7), but made in
     * one step by inverting the distribution function over the range's share of it, so no loop and
     * no overflow. Validation accepts one only when at least 1% of {@code inner} lies in the range,
     * where this inversion is accurate.
     */
    record Truncated(Unbounded inner, double min, double max) implements Distribution {
        public Truncated {
            requireOrdered(min, min, max);
            if (!(inner.massWithin(min, max) > 0)) {
                throw new IllegalArgumentException(inner + " has no probability inside [" + min + ", " + max + "]");
            }
        }

        @Override
        public double sample(RandomStream stream) {
            double from = inner.cdf(min);
            double to = inner.cdf(max);
            double x = inner.quantile(from + (to - from) * stream.nextDouble());
            return Double.isNaN(x) ? min : Math.min(max, Math.max(min, x));
        }

        @Override
        public double cdf(double x) {
            double from = inner.cdf(min);
            double to = inner.cdf(max);
            return x < min ? 0 : x >= max ? 1 : (inner.cdf(x) - from) / (to - from);
        }

        /** The same inversion as {@link #sample}. */
        @Override
        public double quantile(double p) {
            double from = inner.cdf(min);
            double to = inner.cdf(max);
            double x = inner.quantile(from + (to - from) * p);
            return Double.isNaN(x) ? min : Math.min(max, Math.max(min, x));
        }

        /** The mean of {@code inner}, before truncation. */
        @Override
        public double mean() {
            return inner.mean();
        }

        @Override
        public double lower() {
            return Math.max(min, inner.lower());
        }

        @Override
        public double upper() {
            return Math.min(max, inner.upper());
        }
    }

    private static double standardCdf(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("not a number");
        }
        return z < -40 ? 0 : z > 40 ? 1 : 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    private static double standardQuantile(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
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
        requireFinite(max - min, "max - min");
    }
}
