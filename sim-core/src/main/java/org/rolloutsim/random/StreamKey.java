package org.rolloutsim.random;

import java.nio.charset.StandardCharsets;

/**
 * Derives the 256-bit state of one random stream from (seed, run index, source name).
 *
 * <p>The derivation is a pure function: no counter, no construction order, no shared state. So a
 * stream can be rebuilt from its key alone, runs can execute on any thread in any order, and adding a
 * new source never shifts the numbers of an existing one. Mixing uses the SplitMix64 finaliser, whose
 * avalanche makes keys that differ in one bit give unrelated states.
 */
public final class StreamKey {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private StreamKey() {
    }

    /** Four state words for a xoshiro256 generator, never all zero. */
    public static long[] state(long seed, long runIndex, String source) {
        return state(seed, runIndex, sourceHash(source));
    }

    /**
     * The hash of a source name as {@link #state(long, long, String)} uses it: a model that opens
     * the same sources run after run can hash their names once.
     */
    public static long sourceHash(String source) {
        return fnv1a64(source);
    }

    /** The same state as {@link #state(long, long, String)}, given the source's {@link #sourceHash}. */
    public static long[] state(long seed, long runIndex, long sourceHash) {
        long h = key(seed, runIndex, sourceHash);
        long[] state = new long[4];
        for (int i = 0; i < 4; i++) {
            state[i] = word(h, i);
        }
        if ((state[0] | state[1] | state[2] | state[3]) == 0) {
            state[0] = ALL_ZERO_REPLACEMENT;
        }
        return state;
    }

    /** The stream's key: every state word derives from it ({@link #word}). */
    static long key(long seed, long runIndex, long sourceHash) {
        long h = mix64(seed ^ 0x5DEECE66DL);
        h = mix64(h ^ mix64(runIndex + GOLDEN_GAMMA));
        return mix64(h ^ sourceHash);
    }

    /**
     * State word {@code i} (0 to 3) of the stream with {@code key}; when all four are 0, the first
     * is {@link #ALL_ZERO_REPLACEMENT} instead.
     */
    static long word(long key, int i) {
        return mix64(key + (i + 1) * GOLDEN_GAMMA);
    }

    /** The first word of a state whose words are all 0: the one state xoshiro cannot leave. */
    static final long ALL_ZERO_REPLACEMENT = GOLDEN_GAMMA;

    /** SplitMix64 finaliser (Steele, Lea and Flood 2014). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the UTF-8 bytes: stable across JVMs, unlike {@link String#hashCode()} in spirit. */
    static long fnv1a64(String text) {
        long hash = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001B3L;
        }
        return hash;
    }
}
