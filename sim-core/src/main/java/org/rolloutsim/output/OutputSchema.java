package org.rolloutsim.output;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The names and layout of what one run records: scalar outputs and weekly series. The model builds
 * one per scenario; statistics and reports read results through it by name, so they need to know
 * nothing about how a run was simulated.
 *
 * <p>Scalars carry a {@link Kind}: a model {@code OUTPUT} (completion week, costs, ...), a
 * {@code PARAMETER} sampled for the run (named by its field path, e.g.
 * {@code sites.central.complexity}), or a {@code RISK} indicator (1 when the risk occurred).
 * Parameters and risks drive sensitivity analysis.
 */
public final class OutputSchema {

    /** What a scalar column is. */
    public enum Kind { OUTPUT, PARAMETER, RISK }

    /** One scalar column. */
    public record Scalar(String name, Kind kind) {
        public Scalar {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final List<Scalar> scalars;
    private final List<String> series;
    private final int maxWeeks;
    private final boolean[] holdsAfterEnd;
    private final Map<String, Integer> scalarIndex = new HashMap<>();
    private final Map<String, Integer> seriesIndex = new HashMap<>();

    /**
     * A schema in which the series whose names start with {@code cumulative} hold their last value
     * after a run ends, and the others read 0.
     */
    public OutputSchema(List<Scalar> scalars, List<String> series, int maxWeeks) {
        this(scalars, series, maxWeeks, series.stream().filter(n -> n.startsWith("cumulative")).toList());
    }

    /**
     * @param scalars  the per-run scalar columns, in output order
     * @param series   the weekly series, in output order
     * @param maxWeeks the most weeks a run records (its horizon)
     * @param holding  the series that hold their last value after a run ends (a running total, or
     *                 a level that stays, like sites live); the others read 0 then
     */
    public OutputSchema(List<Scalar> scalars, List<String> series, int maxWeeks, List<String> holding) {
        this.scalars = List.copyOf(scalars);
        this.series = List.copyOf(series);
        if (maxWeeks < 1) {
            throw new IllegalArgumentException("maxWeeks must be >= 1");
        }
        this.maxWeeks = maxWeeks;
        for (int i = 0; i < this.scalars.size(); i++) {
            if (scalarIndex.put(this.scalars.get(i).name(), i) != null) {
                throw new IllegalArgumentException("duplicate scalar " + this.scalars.get(i).name());
            }
        }
        for (int i = 0; i < this.series.size(); i++) {
            if (seriesIndex.put(this.series.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate series " + this.series.get(i));
            }
        }
        this.holdsAfterEnd = new boolean[this.series.size()];
        for (String name : holding) {
            int i = seriesIndex(name);
            if (i < 0) {
                throw new IllegalArgumentException("no series named " + name);
            }
            holdsAfterEnd[i] = true;
        }
    }

    /** True when series {@code s} keeps its last value after a run ends (else it reads 0). */
    public boolean holdsAfterEnd(int s) {
        return holdsAfterEnd[s];
    }

    public List<Scalar> scalars() {
        return scalars;
    }

    public int scalarCount() {
        return scalars.size();
    }

    public List<String> series() {
        return series;
    }

    public int seriesCount() {
        return series.size();
    }

    public int maxWeeks() {
        return maxWeeks;
    }

    /** Column of a scalar by name, or -1. */
    public int scalarIndex(String name) {
        return scalarIndex.getOrDefault(name, -1);
    }

    /** Column of a scalar by name; fails when the name is unknown. */
    public int requireScalar(String name) {
        int i = scalarIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException("no scalar output named " + name);
        }
        return i;
    }

    /** Index of a weekly series by name, or -1. */
    public int seriesIndex(String name) {
        return seriesIndex.getOrDefault(name, -1);
    }

    /** A buffer shaped for this schema. */
    public RunOutput newRunOutput() {
        return new RunOutput(scalars.size(), series.size(), maxWeeks);
    }
}
