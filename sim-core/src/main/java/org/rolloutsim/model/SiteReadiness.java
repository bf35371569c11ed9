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
    private final double leadershipFloor;
    private final double decay;
    private final boolean[] trained;

    /**
     * @param baseline  each site's sampled baseline readiness
     * @param boosted   sites that get the embedding boost (first seen in a later wave)
     * @param boost     {@code embedReadinessBoost} when embedding is on, else 0
     */
    SiteReadiness(double[] baseline, boolean[] boosted, double boost, double[] leadership, long[] users,
                  double trainingRate) {
        this(baseline, boosted, boost, leadership, users, trainingRate, 0, 0);
    }

    /**
     * @param leadershipFloor leadership that central trainers bring to any site (v2: 0.2; v1: 0)
     * @param decay           weekly readiness a trained site loses out of training (v2: 0.01; v1: 0)
     */
    SiteReadiness(double[] baseline, boolean[] boosted, double boost, double[] leadership, long[] users,
                  double trainingRate, double leadershipFloor, double decay) {
        this.leadershipFloor = leadershipFloor;
        this.decay = decay;
        this.trained = new boolean[baseline.length];
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
        train(sites, support, 1);
    }

    /**
     * One week of training for {@code sites}; {@code effectiveness} is the wave's own training
     * factor (MODEL.md 11.3; 1 in v1). Leadership counts at least the floor (MODEL.md 11.6).
     * A week closes at most the whole gap to full readiness: a weekly step above 1 (a high
     * {@code trainingRate} times a wave's training factor, which has no upper bound) would carry
     * readiness past 1, and a step above 2 would swing it further out each week, to readiness of
     * hundreds above or below zero (docs/model.md, departure 27).
     */
    void train(int[] sites, double support, double effectiveness) {
        for (int s : sites) {
            double lead = Math.max(leadership[s], leadershipFloor);
            double rate = trainingRate * effectiveness * lead;
            if (rate * support > 1) {
                readiness[s] = 1;
            } else {
                readiness[s] += rate * (1 - readiness[s]) * support;
            }
            trained[s] = true;
        }
    }

    /**
     * A week out of training for {@code sites}: those already trained forget {@code readinessDecay},
     * never below where they started (MODEL.md 11.3).
     */
    void forget(int[] sites) {
        if (decay <= 0) {
            return;
        }
        for (int s : sites) {
            if (trained[s]) {
                readiness[s] = Math.max(start[s], readiness[s] - decay);
            }
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
