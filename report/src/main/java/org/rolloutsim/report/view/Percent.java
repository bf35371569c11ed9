package org.rolloutsim.report.view;

/**
 * Writes a share as a whole percentage a board reads at a glance: "38%". Shares that would round to
 * 0% or 100% but are not exactly 0 or 1 read "&lt;1%" and "&gt;99%", so a rare outcome is never
 * printed as impossible or certain: 0.995 (99.5%, which rounds to 100) reads "&gt;99%", as 0.999
 * does. {@link #belowOne} and {@link #aboveNinetyNine} are that rule, for every place that writes a
 * chance.
 */
public final class Percent {

    private Percent() {
    }

    public static String format(double share) {
        if (belowOne(share)) {
            return "<1%";
        }
        if (aboveNinetyNine(share)) {
            return ">99%";
        }
        return Math.round(share * 100) + "%";
    }

    /** True when the share is not 0 but its whole percentage would round to 0%: it reads "&lt;1%". */
    public static boolean belowOne(double share) {
        return share > 0 && Math.round(share * 100) <= 0;
    }

    /**
     * True when the share is not 1 but its whole percentage would round to 100% (99.5% and over): it
     * reads "&gt;99%". The test is on the rounded figure, not on a boundary written beside it, so the
     * boundary itself (exactly 0.995) cannot slip through as "100%".
     */
    public static boolean aboveNinetyNine(double share) {
        return share < 1 && Math.round(share * 100) >= 100;
    }

    /**
     * A confidence level as the board gave it, never rounded: "80%" for 0.8, "97.5%" for 0.975 (where
     * {@link #format} would write "98%", a level the board did not choose).
     */
    public static String level(double level) {
        return points(level) + "%";
    }

    /** The level's number of percentage points as given: "80" for 0.8, "97.5" for 0.975. */
    public static String points(double level) {
        // to six decimals, so that 0.953 reads 95.3 and not 95.30000000000001, its product in binary
        return java.math.BigDecimal.valueOf(level * 100).setScale(6, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /**
     * A share known only to lie between two: "56% to 62%"; one figure when both ends read the same
     * ("56%", not "56% to 56%"), as the range is then narrower than the precision shown.
     */
    public static String range(double low, double high) {
        String from = format(low);
        String to = format(high);
        return from.equals(to) ? from : from + " to " + to;
    }

    /**
     * Shares of one whole (earlier, later, the same week), written so that the percentages add up to
     * 100% as the shares add up to 1: each rounded alone, 33.5%, 33.5% and 33% would read 34%, 34%
     * and 33%. By the largest-remainder rule, each share gets its whole percentage rounded down, and
     * the points still missing go one each to the shares with the largest remainders (the earlier
     * share on a tie). A share that is not 0 but gets no point reads "&lt;1%", one that is not 1 but
     * gets them all "&gt;99%", as in {@link #format}.
     */
    public static String[] parts(double... shares) {
        long[] points = new long[shares.length];
        double[] remainder = new double[shares.length];
        double total = 0;
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = shares[i] * 100;
            points[i] = (long) Math.floor(exact + 1e-9); // 0.29 × 100 is 28.999…: 29 points
            remainder[i] = exact - points[i];
            total += shares[i];
            given += points[i];
        }
        // at most one point per share: the missing points are fewer than the shares
        for (long missing = Math.round(total * 100) - given; missing > 0; missing--) {
            int largest = -1;
            for (int i = 0; i < shares.length; i++) {
                if (remainder[i] > 1e-9 && (largest < 0 || remainder[i] > remainder[largest])) {
                    largest = i;
                }
            }
            if (largest < 0) {
                break;
            }
            points[largest]++;
            remainder[largest] = 0;
        }
        String[] out = new String[shares.length];
        for (int i = 0; i < shares.length; i++) {
            out[i] = points[i] == 0 && shares[i] > 0 ? "<1%" : points[i] >= 100 && shares[i] < 1 ? ">99%" : points[i] + "%";
        }
        return out;
    }
}
