package org.rolloutsim.model;

/**
 * Learning across sites (MODEL.md 7; Wright's curve): with {@code n} sites already stabilized,
 * effort per unit of build scales by {@code max(learningFloor, (1 + n)^log2(learningRate))}, and
 * defect injection by the square root of that. Learning acts week by week, so a wave built while
 * others go live gets faster as it goes.
 */
final class LearningCurve {
    /** {@code log2(learningRate)}: each doubling of the sites done multiplies effort by the rate. */
    private final double exponent;
    private final double floor;
    private int sitesStabilized;
    /** Effort per unit of build now, 1 before any site has stabilized. */
    private double effort = 1;

    /** @param rate the learning rate per doubling ({@code learningRateEmbedded} with cross-site embedding) */
    LearningCurve(double rate, double floor) {
        this.exponent = Math.log(rate) / Math.log(2);
        this.floor = floor;
    }

    /** A wave of {@code sites} sites has stabilized. */
    void stabilized(int sites) {
        sitesStabilized += sites;
        effort = Math.max(floor, Math.pow(1 + sitesStabilized, exponent));
    }

    /** Effort per unit of build now. */
    double effort() {
        return effort;
    }
}
