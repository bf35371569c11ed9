package org.rolloutsim.model;

import org.rolloutsim.random.RandomStream;

/**
 * One random source per wave for one mechanism ({@code defects/w3}, {@code live/w3}): a wave's
 * draws then stay aligned between two scenarios whatever the other waves do. Streams are created
 * on first use.
 */
final class WaveStreams {
    private final long seed;
    private final int runIndex;
    private final String[] sources;
    private final RandomStream[] streams;

    /** @param sources each wave's source name, from {@link #sources} */
    WaveStreams(long seed, int runIndex, String[] sources) {
        this.seed = seed;
        this.runIndex = runIndex;
        this.sources = sources;
        this.streams = new RandomStream[sources.length];
    }

    /** The source names of {@code mechanism} for each wave: {@code mechanism/waveId}. */
    static String[] sources(String mechanism, String[] waveIds) {
        String[] names = new String[waveIds.length];
        for (int w = 0; w < waveIds.length; w++) {
            names[w] = mechanism + "/" + waveIds[w];
        }
        return names;
    }

    RandomStream of(int wave) {
        RandomStream s = streams[wave];
        if (s == null) {
            s = RandomStream.of(seed, runIndex, sources[wave]);
            streams[wave] = s;
        }
        return s;
    }
}
