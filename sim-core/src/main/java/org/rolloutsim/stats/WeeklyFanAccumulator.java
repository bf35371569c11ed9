package org.rolloutsim.stats;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * Collects every weekly series of every run into one {@link QuantileSketch} per series and week,
 * so the memory of fan charts does not grow with the number of runs.
 *
 * <p>After a run ends, a series the schema marks as holding (a running total, sites live) keeps its
 * last value and every other series reads 0, as the output contract says. The zeros are not added one
 * by one: the accumulator counts how many runs had ended by each week and adds that many zeros
 * when the fan is read.
 */
final class WeeklyFanAccumulator {
    private final List<String> names;
    private final boolean[] holdsLastValue;
    private final int maxWeeks;
    private final QuantileSketch[][] sketches;
    /** runsEndingAt[w]: runs that recorded exactly w weeks. */
    private final int[] runsEndingAt;
    private int weeksSeen;

    WeeklyFanAccumulator(OutputSchema schema) {
        this.names = schema.series();
        this.maxWeeks = schema.maxWeeks();
        this.holdsLastValue = new boolean[names.size()];
        for (int s = 0; s < names.size(); s++) {
            holdsLastValue[s] = schema.holdsAfterEnd(s);
        }
        this.sketches = new QuantileSketch[names.size()][maxWeeks];
        this.runsEndingAt = new int[maxWeeks + 1];
    }

    void accept(RunOutput run) {
        int weeks = Math.min(run.weeks(), maxWeeks);
        runsEndingAt[weeks]++;
        weeksSeen = Math.max(weeksSeen, weeks);
        for (int s = 0; s < sketches.length; s++) {
            QuantileSketch[] row = sketches[s];
            for (int w = 0; w < weeks; w++) {
                sketch(row, w).add(run.series(s, w));
            }
            if (holdsLastValue[s]) {
                float last = weeks > 0 ? run.series(s, weeks - 1) : 0f;
                for (int w = weeks; w < maxWeeks; w++) {
                    sketch(row, w).add(last);
                }
            }
        }
    }

    private static QuantileSketch sketch(QuantileSketch[] row, int w) {
        QuantileSketch q = row[w];
        if (q == null) {
            q = new QuantileSketch();
            row[w] = q;
        }
        return q;
    }

    /** The fans, weeks 0 to the last week any run recorded. */
    List<WeeklyFan> fans() {
        List<WeeklyFan> fans = new ArrayList<>(names.size());
        for (int s = 0; s < names.size(); s++) {
            double[] p10 = new double[weeksSeen];
            double[] p50 = new double[weeksSeen];
            double[] p90 = new double[weeksSeen];
            int ended = 0;
            for (int w = 0; w < weeksSeen; w++) {
                ended += runsEndingAt[w];
                QuantileSketch q = sketches[s][w] == null ? new QuantileSketch() : sketches[s][w];
                if (!holdsLastValue[s] && ended > 0) {
                    q = q.copy();
                    q.addRepeated(0.0, ended);
                }
                p10[w] = clean(q.quantile(0.10));
                p50[w] = clean(q.quantile(0.50));
                p90[w] = clean(q.quantile(0.90));
            }
            fans.add(new WeeklyFan(names.get(s), p10, p50, p90));
        }
        return fans;
    }

    /** Series are recorded as floats; give them back as their shortest decimal. */
    private static double clean(double v) {
        return Double.isFinite(v) ? Double.parseDouble(Float.toString((float) v)) : v;
    }

    long storedBytes() {
        long bytes = 4L * runsEndingAt.length;
        for (QuantileSketch[] row : sketches) {
            bytes += 8L * row.length;
            for (QuantileSketch q : row) {
                if (q != null) {
                    bytes += q.storedBytes();
                }
            }
        }
        return bytes;
    }
}
