package org.rolloutsim.report.view;

/**
 * A weekly series over runs for a fan chart: per week (index 0 = programme start) the 10th, 50th
 * and 90th percentile across runs. The three arrays have the same length.
 *
 * @param name title of the series, e.g. "Cumulative programme cost"
 * @param unit how values are read and printed
 */
public record WeeklyFan(String name, Unit unit, float[] p10, float[] p50, float[] p90) {

    /** How the values of a series are read. */
    public enum Unit {
        /** Money in the report's currency. */
        CURRENCY,
        /** A count such as sites live or open defects. */
        COUNT,
        /** A level between 0 and 1 (e.g. team fatigue), shown as a percentage. */
        FRACTION
    }

    public WeeklyFan {
        if (name == null || unit == null || p10 == null || p50 == null || p90 == null) {
            throw new IllegalArgumentException("all fields are required");
        }
        if (p10.length != p50.length || p50.length != p90.length) {
            throw new IllegalArgumentException("p10, p50 and p90 must have the same number of weeks: " + name);
        }
    }

    public int weeks() {
        return p50.length;
    }
}
