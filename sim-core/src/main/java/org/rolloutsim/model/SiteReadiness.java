package org.rolloutsim.model;

/**
 * Each site's readiness for change, {@code R_s} in [0, 1] (MODEL.md 6; seed: "it's a culture
 * problem", "implementation will test your local leadership"). It starts at the site's baseline
 * (plus the embedding boost for sites of later waves) and grows in training by
 * {@code trainingRate * leadership * (1 - R) * support}.
 */
final class SiteReadiness {
    private final double[] readiness;
    private final double[] start;
    private final double[] leadership;
    private final long[] users;
    private final double trainingRate;

    /**
     * @param baseline  each site's sampled baseline readiness
     * @param boosted   sites that get the embedding boost (first seen in a later wave)
     * @param boost     {@code embedReadinessBoost} when embedding is on, else 0
     */
    SiteReadiness(double[] baseline, boolean[] boosted, double boost, double[] leadership, long[] users,
                  double trainingRate) {
        int n = baseline.length;
        readiness = new double[n];
        start = new double[n];
        for (int s = 0; s < n; s++) {
            start[s] = Math.min(1, baseline[s] + (boosted[s] ? boost : 0));
            readiness[s] = start[s];
        }
        this.leadership = leadership;
        this.users = users;
        this.trainingRate = trainingRate;
    }

    /** One week of training for {@code sites}, at {@code support} = min(1, capacity / trainees). */
    void train(int[] sites, double support) {
        for (int s : sites) {
            readiness[s] += trainingRate * leadership[s] * (1 - readiness[s]) * support;
        }
    }

    double of(int site) {
        return readiness[site];
    }

    double start(int site) {
        return start[site];
    }

    /** A wave's readiness: its sites' weighted by users. */
    double ofWave(int[] sites, long waveUsers) {
        double sum = 0;
        for (int s : sites) {
            sum += readiness[s] * users[s];
        }
        return sum / waveUsers;
    }
}
