package org.rolloutsim.model;

import org.rolloutsim.random.RandomStream;
import org.rolloutsim.random.StreamKey;

/**
 * One random source per wave for one mechanism ({@code defects/w3}, {@code live/w3}): a wave's
 * draws then stay aligned between two scenarios whatever the other waves do. Streams are created
 * on first use.
 */
final class WaveStreams {
    private final long seed;
    private final int runIndex;
    private final long[] sources;
    private final RandomStream[] streams;

    /** @param sources each wave's hashed source name, from {@link #sources} */
    WaveStreams(long seed, int runIndex, long[] sources) {
        this.seed = seed;
        this.runIndex = runIndex;
        this.sources = sources;
        this.streams = new RandomStream[sources.length];
    }

    /**
     * The sources of {@code mechanism} for each wave, {@code mechanism/waveId}, hashed once per
     * scenario ({@link StreamKey#sourceHash}).
     */
    static long[] sources(String mechanism, String[] waveIds) {
        long[] hashes = new long[waveIds.length];
        for (int w = 0; w < waveIds.length; w++) {
            hashes[w] = StreamKey.sourceHash(mechanism + "/" + waveIds[w]);
        }
        return hashes;
    }

    RandomStream of(int wave) {
        RandomStream s = streams[wave];
        if (s == null) {
            s = RandomStream.ofSource(seed, runIndex, sources[wave]);
            streams[wave] = s;
        }
        return s;
    }
}
