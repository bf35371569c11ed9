package org.rolloutsim.stats;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * Collects every weekly series of every run into one {@link WeekDistribution} per series and week,
 * so the memory of fan charts does not grow with the number of runs, and whole-number series (sites
 * live, head-count, open defects) come out exact.
 *
 * <p>After a run ends, a series the schema marks as holding (a running total, sites live) keeps its
 * last value and every other series reads 0, as the output contract says. Neither is added week by
 * week: the accumulator counts how many runs had ended by each week and adds that many zeros when
 * the fan is read, and it keeps a holding series' last values by the week their runs ended, which
 * join each later week's values when the fan is read. A run that ends at week 200 of a 520-week
 * horizon so adds its values for 200 weeks, not 520: most of the cost of collecting fans.
 *
 * <p>The fans depend only on the runs, not on the order they arrive in. Accepting a run allocates
 * nothing once every week has seen its range of values.
 *
 * <p>Runs are held back {@value #PENDING_RUNS} at a time and added week by week: each week's
 * distribution then takes the held runs' values one after another while it is in the cache, instead
 * of every run visiting every one of the thousands of distributions. Each distribution still receives
 * its values in run order, a block at a time ({@link WeekDistribution#add(ValueBlock)}), and answers
 * exactly as if they had been added run by run.
 *
 * <p>{@link #accept} belongs to one thread; worker threads each feed the same fans through a
 * {@link Feeder} of their own, whose blocks are added under the accumulator's lock.
 */
final class WeeklyFanAccumulator {
    private static final double[] LEVELS = {0.10, 0.50, 0.90};
    /**
     * Runs held before their values are added. A distribution that counts takes this many values
     * at once, so the cache lines of its counts (kilobytes for open defects or fatigue) are fetched
     * once for many values: 256 cost some 10 – 15% less CPU than 32, and 512 no less than 256. The
     * price is a feeder's blocks: 1 KB per series and week recorded (up to 2.6 MB at 520 weeks).
     */
    static final int PENDING_RUNS = ValueBlock.CAPACITY;

    private final List<String> names;
    private final boolean[] holdsLastValue;
    private final int maxWeeks;
    private final WeekDistribution[][] weeks;
    /**
     * endedAt[s][e]: for a series that holds its last value, the last values of the runs that
     * recorded exactly {@code e} weeks; they hold from week {@code e} on. Null for other series.
     */
    private final WeekDistribution[][] endedAt;
    /** runsEndingAt[w]: runs that recorded exactly w weeks. */
    private final int[] runsEndingAt;
    private int weeksSeen;
    /** The block of runs {@link #accept} holds; worker threads hold their own ({@link #newFeeder}). */
    private final Feeder own;

    WeeklyFanAccumulator(OutputSchema schema) {
        this.names = schema.series();
        this.maxWeeks = schema.maxWeeks();
        this.holdsLastValue = new boolean[names.size()];
        for (int s = 0; s < names.size(); s++) {
            holdsLastValue[s] = schema.holdsAfterEnd(s);
        }
        this.weeks = new WeekDistribution[names.size()][maxWeeks];
        this.endedAt = new WeekDistribution[names.size()][];
        for (int s = 0; s < names.size(); s++) {
            endedAt[s] = holdsLastValue[s] ? new WeekDistribution[maxWeeks] : null;
        }
        this.runsEndingAt = new int[maxWeeks + 1];
        this.own = new Feeder();
    }

    void accept(RunOutput run) {
        own.accept(run);
    }

    /**
     * A block of runs for one worker thread, added to these fans a block at a time. The threads
     * share one set of distributions rather than one each (some 20 MB at 20,000 regional runs), so
     * the memory does not grow with the thread count and nothing is merged when the batch ends.
     * Blocks are added under a lock, in whatever order threads finish them: the fans depend only
     * on the runs, not on their order.
     */
    Feeder newFeeder() {
        return new Feeder();
    }

    /**
     * Runs held back {@value #PENDING_RUNS} at a time; {@link #flush} adds them to the fans. Each
     * week's values are gathered as the runs come, in one {@link ValueBlock} per series and week, and
     * summed up before the lock is taken, so under it each week's distribution only stores or counts
     * its block.
     */
    final class Feeder {
        /** blocks[s][w]: week w of series s of the held runs that recorded it; made when first recorded. */
        private final ValueBlock[][] blocks = new ValueBlock[weeks.length][maxWeeks];
        /** Weeks each held run recorded, and each series' last value in it. */
        private final int[] pendingWeeks = new int[PENDING_RUNS];
        private final float[][] pendingLast = new float[weeks.length][PENDING_RUNS];
        private int pendingRuns;
        private int pendingMaxWeeks;

        void accept(RunOutput run) {
            int recorded = Math.min(run.weeks(), maxWeeks);
            int r = pendingRuns++;
            pendingWeeks[r] = recorded;
            if (recorded > pendingMaxWeeks) {
                for (ValueBlock[] row : blocks) {
                    for (int w = pendingMaxWeeks; w < recorded; w++) {
                        if (row[w] == null) {
                            row[w] = new ValueBlock();
                        }
                    }
                }
                pendingMaxWeeks = recorded;
            }
            for (int s = 0; s < weeks.length; s++) {
                ValueBlock[] row = blocks[s];
                for (int w = 0; w < recorded; w++) {
                    row[w].put(run.series(s, w));
                }
                pendingLast[s][r] = recorded > 0 ? run.series(s, recorded - 1) : 0f;
            }
            if (pendingRuns == PENDING_RUNS) {
                flush();
            }
        }

        /** Adds the held runs to the fans. */
        void flush() {
            if (pendingRuns > 0) {
                for (ValueBlock[] row : blocks) {
                    for (int w = 0; w < pendingMaxWeeks; w++) {
                        row[w].summarize();
                    }
                }
                add(this);
                for (ValueBlock[] row : blocks) {
                    for (int w = 0; w < pendingMaxWeeks; w++) {
                        row[w].clear();
                    }
                }
            }
            pendingRuns = 0;
            pendingMaxWeeks = 0;
        }
    }

    /**
     * Adds a feeder's held runs: to each week its block of values (some held run recorded every week
     * below the longest's length); and for a series that holds its last value, each held run's last
     * value under the week it ended.
     */
    private synchronized void add(Feeder feeder) {
        int held = feeder.pendingRuns;
        int[] recorded = feeder.pendingWeeks;
        for (int r = 0; r < held; r++) {
            runsEndingAt[recorded[r]]++;
            weeksSeen = Math.max(weeksSeen, recorded[r]);
        }
        for (int s = 0; s < weeks.length; s++) {
            WeekDistribution[] row = weeks[s];
            ValueBlock[] values = feeder.blocks[s];
            for (int w = 0; w < feeder.pendingMaxWeeks; w++) {
                week(row, w).add(values[w]);
            }
            if (holdsLastValue[s]) {
                for (int r = 0; r < held; r++) {
                    if (recorded[r] < maxWeeks) {
                        week(endedAt[s], recorded[r]).add(feeder.pendingLast[s][r]);
                    }
                }
            }
        }
    }

    /** Adds the runs this accumulator holds back: they count in everything read after. */
    private void flush() {
        own.flush();
    }

    /**
     * Adds the runs {@code other} collected (for the same schema): the fans are then those of
     * accepting its runs here, in any order.
     */
    synchronized void merge(WeeklyFanAccumulator other) {
        flush();
        other.flush();
        for (int w = 0; w < runsEndingAt.length; w++) {
            runsEndingAt[w] += other.runsEndingAt[w];
        }
        weeksSeen = Math.max(weeksSeen, other.weeksSeen);
        for (int s = 0; s < weeks.length; s++) {
            mergeRow(weeks[s], other.weeks[s]);
            if (holdsLastValue[s]) {
                mergeRow(endedAt[s], other.endedAt[s]);
            }
        }
    }

    private static void mergeRow(WeekDistribution[] into, WeekDistribution[] from) {
        for (int w = 0; w < into.length; w++) {
            if (from[w] != null) {
                week(into, w).merge(from[w]);
            }
        }
    }

    /** The fans' counts as bytes, for {@link #decode}. */
    synchronized void encode(ByteSink out) {
        flush();
        out.putInt(weeksSeen);
        for (int r : runsEndingAt) {
            out.putInt(r);
        }
        for (int s = 0; s < weeks.length; s++) {
            encodeRow(weeks[s], out);
            if (holdsLastValue[s]) {
                encodeRow(endedAt[s], out);
            }
        }
    }

    private static void encodeRow(WeekDistribution[] row, ByteSink out) {
        for (WeekDistribution d : row) {
            out.put((byte) (d == null ? 0 : 1));
            if (d != null) {
                d.encode(out);
            }
        }
    }

    /** The accumulator {@link #encode} wrote for runs laid out by {@code schema}. */
    static WeeklyFanAccumulator decode(OutputSchema schema, ByteBuffer in) {
        WeeklyFanAccumulator a = new WeeklyFanAccumulator(schema);
        a.weeksSeen = in.getInt();
        for (int w = 0; w < a.runsEndingAt.length; w++) {
            a.runsEndingAt[w] = in.getInt();
        }
        for (int s = 0; s < a.weeks.length; s++) {
            decodeRow(a.weeks[s], in);
            if (a.holdsLastValue[s]) {
                decodeRow(a.endedAt[s], in);
            }
        }
        return a;
    }

    private static void decodeRow(WeekDistribution[] row, ByteBuffer in) {
        for (int w = 0; w < row.length; w++) {
            if (in.get() != 0) {
                row[w] = WeekDistribution.decode(in);
            }
        }
    }

    private static WeekDistribution week(WeekDistribution[] row, int w) {
        WeekDistribution d = row[w];
        if (d == null) {
            d = new WeekDistribution();
            row[w] = d;
        }
        return d;
    }

    /** The fans, weeks 0 to the last week any run recorded. */
    synchronized List<WeeklyFan> fans() {
        flush();
        List<WeeklyFan> fans = new ArrayList<>(names.size());
        WeekDistribution none = new WeekDistribution();
        double[] q = new double[LEVELS.length];
        for (int s = 0; s < names.size(); s++) {
            double[] p10 = new double[weeksSeen];
            double[] p50 = new double[weeksSeen];
            double[] p90 = new double[weeksSeen];
            int ended = 0;
            WeekDistribution held = new WeekDistribution(); // last values of the runs ended so far
            for (int w = 0; w < weeksSeen; w++) {
                ended += runsEndingAt[w];
                WeekDistribution d = weeks[s][w] == null ? none : weeks[s][w];
                if (holdsLastValue[s]) {
                    if (endedAt[s][w] != null) {
                        held.merge(endedAt[s][w]);
                    }
                    WeekDistribution all = new WeekDistribution();
                    all.merge(held);
                    all.merge(d);
                    d = all;
                }
                d.quantiles(LEVELS, holdsLastValue[s] ? 0 : ended, q);
                p10[w] = clean(q[0]);
                p50[w] = clean(q[1]);
                p90[w] = clean(q[2]);
            }
            fans.add(new WeeklyFan(names.get(s), p10, p50, p90));
        }
        return fans;
    }

    /** Series are recorded as floats; give them back as their shortest decimal. */
    private static double clean(double v) {
        return Double.isFinite(v) ? Double.parseDouble(Float.toString((float) v)) : v;
    }

    synchronized long storedBytes() {
        flush();
        long bytes = 4L * runsEndingAt.length;
        for (int s = 0; s < weeks.length; s++) {
            bytes += storedBytes(weeks[s]) + (holdsLastValue[s] ? storedBytes(endedAt[s]) : 0);
        }
        return bytes;
    }

    private static long storedBytes(WeekDistribution[] row) {
        long bytes = 8L * row.length;
        for (WeekDistribution d : row) {
            if (d != null) {
                bytes += d.storedBytes();
            }
        }
        return bytes;
    }
}
