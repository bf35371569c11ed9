package org.rolloutsim.report.view;

/**
 * Writes a share as a whole percentage a board reads at a glance: "38%". Shares that would round to
 * 0% or 100% but are not exactly 0 or 1 read "&lt;1%" and "&gt;99%", so a rare outcome is never
 * printed as impossible or certain.
 */
public final class Percent {

    private Percent() {
    }

    public static String format(double share) {
        if (share > 0 && share < 0.005) {
            return "<1%";
        }
        if (share < 1 && share > 0.995) {
            return ">99%";
        }
        return Math.round(share * 100) + "%";
    }
}
