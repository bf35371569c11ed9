package org.rolloutsim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.LongSupplier;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known answers. The hash functions against their published reference values; stream keys and the
 * discrete samplers' draws pinned, because every published result is reproduced from them: a change
 * here changes every run of every scenario, so it must be made on purpose (and these values updated
 * with it). The sampler cases cover each algorithm and each switch between two of them, where both
 * sides are exact in distribution and only a pinned sequence can tell which one ran.
 */
class KnownAnswersTest {
    @Test
    void mixingIsSplitMix64() {
        // SplitMix64 from state 0 (Steele, Lea and Flood 2014; the reference C implementation's outputs)
        long gamma = 0x9E3779B97F4A7C15L;
        assertEquals(0xE220A8397B1DCDAFL, StreamKey.mix64(gamma));
        assertEquals(0x6E789E6AA1B965F4L, StreamKey.mix64(2 * gamma));
        assertEquals(0x06C45D188009454FL, StreamKey.mix64(3 * gamma));
    }

    @Test
    void sourceNamesHashWithFnv1a64() {
        // the FNV-1a 64-bit test vectors of its authors
        assertEquals(0xCBF29CE484222325L, StreamKey.fnv1a64(""));
        assertEquals(0xAF63DC4C8601EC8CL, StreamKey.fnv1a64("a"));
        assertEquals(0x85944171F73967E8L, StreamKey.fnv1a64("foobar"));
    }

    @Test
    void streamStateIsPinned() {
        assertArrayEquals(new long[] {0x7c95b034f9cea9a4L, 0x48595b47ec33211dL, 0xeea97d1b179a4ad5L, 0x3be0da1d68ecaf44L},
                StreamKey.state(1, 0, "team"));
        assertArrayEquals(StreamKey.state(1, 0, "team"), StreamKey.state(1, 0, StreamKey.sourceHash("team")));
    }

    @ParameterizedTest(name = "binomial n={0} p={1}")
    @CsvSource({
        "20, 0.5, -1681650843984295367",       // n·p = 10: the switch from inversion to BTRS; p = 0.5 not reflected
        "19, 0.5, -1313570297525376476",        // inversion
        "40, 0.2, -2217235733959595498",        // inversion
        "1000, 0.3, -2756446892847444315",     // BTRS
        "1000, 0.7, -2658438033364823717",      // BTRS, reflected
        "1000000, 0.5, -6111430382653879275"}) // BTRS with log-factorials past the table
    void binomialDrawsArePinned(long n, double p, long fingerprint) {
        RandomStream s = RandomStream.of(7, 0, "pin");
        assertEquals(fingerprint, fingerprint(() -> s.binomial(n, p)));
    }

    @ParameterizedTest(name = "poisson mean={0}")
    @CsvSource({
        "3, -1964689461313440624",         // inversion
        "9.99, 6190816545765345960",     // inversion
        "10, -265822683164916512",       // the switch to PTRS
        "500, -4998608419820101597",      // PTRS
        "1e6, -473174703644181852",      // PTRS with log-factorials past the table
        "1e15, 4991429494415344077",     // the last mean PTRS draws
        "2e15, -4852994413818968841"})     // the rounded normal beyond
    void poissonDrawsArePinned(double mean, long fingerprint) {
        RandomStream s = RandomStream.of(7, 0, "pin");
        assertEquals(fingerprint, fingerprint(() -> s.poisson(mean)));
    }

    /**
     * 200,000 draws folded into one number: any draw that changes changes it. So many, so that rare
     * branches (a count of 0 in the rejection samplers, the squeeze near the tails) are taken.
     */
    private static long fingerprint(LongSupplier draws) {
        long f = 0;
        for (int i = 0; i < 200_000; i++) {
            f = f * 31 + draws.getAsLong();
        }
        return f;
    }

    @Test
    void normalAndLognormalDrawsArePinned() {
        RandomStream a = RandomStream.of(7, 0, "shape");
        assertEquals(9.20076275841449, new Distribution.Normal(10, 2).sample(a));
        assertEquals(9.58689197285628, new Distribution.Normal(10, 2).sample(a));
        RandomStream b = RandomStream.of(7, 0, "shape");
        assertEquals(9.05967624999849, new Distribution.LogNormal(10, 2).sample(b));
        assertEquals(9.41277985599723, new Distribution.LogNormal(10, 2).sample(b));
    }

    /** Stirling's series past the table: within 1e-14 of log Γ(k+1), relative, as documented. */
    @ParameterizedTest(name = "log {0}!")
    @CsvSource({"256", "257", "1000", "12345", "1e6", "3.7e9"})
    void logFactorialFollowsStirlingsSeries(double k) {
        double exact = Gamma.logGamma(k + 1);
        assertEquals(exact, LogFactorial.of(k), 1e-14 * exact);
    }

    @Test
    void logFactorialTableIsExactForSmallCounts() {
        double sum = 0;
        for (int k = 1; k < 256; k++) {
            sum += Math.log(k);
            assertEquals(sum, LogFactorial.of(k), 1e-12 * sum, "k = " + k);
        }
        assertEquals(0.0, LogFactorial.of(0));
    }

    /**
     * Beyond a mean of 1e15 the Poisson is a rounded normal: 2,000 draws at 4e15 have a mean within
     * 5 standard errors (5 × sqrt(4e15 / 2000) ≈ 7.1e6) and a standard deviation within 10% of
     * sqrt(4e15) ≈ 6.3e7 (the sample sd's own sd is about 1.6% here).
     */
    @Test
    void hugePoissonMeansAreNormal() {
        double mean = 4e15;
        RandomStream s = RandomStream.of(8, 0, "huge");
        double sum = 0;
        double squares = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            double x = s.poisson(mean) - mean;
            sum += x;
            squares += x * x;
        }
        double m = sum / n;
        double sd = Math.sqrt(squares / n - m * m);
        assertEquals(0, m, 5 * Math.sqrt(mean / n));
        assertEquals(Math.sqrt(mean), sd, 0.1 * Math.sqrt(mean));
    }
}
