package org.rolloutsim.model;

/**
 * The live interface estate and its integrity (MODEL.md 7; seed: "interoperability won't come
 * easily", "entropy is a law of nature"). Maintenance keeps a fixed number of interfaces working;
 * the integrity index {@code I} recovers where they are maintained and decays where they are not.
 * Weeks with {@code I} below {@link #SILO_INTEGRITY} are silo weeks.
 */
final class Interoperability {
    static final double SILO_INTEGRITY = 0.8;

    private final double maintainedInterfaces;
    private final double restore;
    private final double entropy;
    private double liveInterfaces;
    private double integrity = 1;
    private double minIntegrity = 1;
    private int siloWeeks;

    /**
     * @param maintainedInterfaces {@code interfacesPerMaintenanceFte * interfaceMaintenanceFte}
     * @param restore              {@code integrityRestore}
     * @param entropy              {@code entropyRate}
     */
    Interoperability(double maintainedInterfaces, double restore, double entropy) {
        this.maintainedInterfaces = maintainedInterfaces;
        this.restore = restore;
        this.entropy = entropy;
    }

    /** Interfaces that went live (a site's baseline ones, or those a wave's customizations added). */
    void goLive(double interfaces) {
        liveInterfaces += interfaces;
    }

    /**
     * One week of maintenance and entropy.
     *
     * @return true for a silo week
     */
    boolean week() {
        if (liveInterfaces <= 0) {
            return false;
        }
        double maintained = Math.min(1, maintainedInterfaces / liveInterfaces);
        integrity += restore * (1 - integrity) * maintained - entropy * (1 - maintained);
        integrity = Math.max(0, Math.min(1, integrity));
        minIntegrity = Math.min(minIntegrity, integrity);
        if (integrity < SILO_INTEGRITY) {
            siloWeeks++;
            return true;
        }
        return false;
    }

    double minIntegrity() {
        return minIntegrity;
    }

    int siloWeeks() {
        return siloWeeks;
    }
}
