package org.rolloutsim.stats;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.rolloutsim.batch.RunConsumer;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * What one block of consecutive runs contributes to a {@link BatchStatistics}, made where the
 * block ran (a Spark executor) and merged where the batch is summarised: every run's scalars, exactly
 * as recorded, and the block's weekly fan counts. {@link BatchStatistics#append} takes blocks in run
 * order and ends in the state accepting the runs one by one would give, so the summary is the same
 * however a batch was cut into blocks and wherever they ran.
 *
 * <p>{@link #encode} writes each scalar column in the narrowest form that holds every value exactly
 * (one number when constant, bits, shorts, floats when each value is a float, else doubles): never
 * rounded, because the columns decide how to store values from the values themselves.
 */
public final class BlockPartial implements RunConsumer {
    private static final byte CONSTANT = 0;
    private static final byte BITS = 1;
    private static final byte SHORTS = 2;
    private static final byte FLOATS = 3;
    private static final byte DOUBLES = 4;

    private final OutputSchema schema;
    private final double[][] values;
    private final WeeklyFanAccumulator fans;
    /** False when the batch's statistics collect no fans: they then stay empty. */
    private final boolean weeklyFans;
    private int firstRun = -1;
    private int runs;

    /** An empty block for up to {@code capacity} runs laid out by {@code schema}. */
    public BlockPartial(OutputSchema schema, int capacity) {
        this(schema, capacity, true);
    }

    /**
     * @param weeklyFans false when the statistics the block goes to collect no weekly fans
     *                   ({@link BatchStatistics#collectsWeeklyFans}): the block's fans stay empty
     */
    public BlockPartial(OutputSchema schema, int capacity, boolean weeklyFans) {
        this(schema, new double[schema.scalarCount()][capacity], new WeeklyFanAccumulator(schema), weeklyFans);
    }

    private BlockPartial(OutputSchema schema, double[][] values, WeeklyFanAccumulator fans, boolean weeklyFans) {
        this.schema = schema;
        this.values = values;
        this.fans = fans;
        this.weeklyFans = weeklyFans;
    }

    @Override
    public void accept(RunOutput run) {
        if (runs == 0) {
            firstRun = run.runIndex();
        } else if (run.runIndex() != firstRun + runs) {
            throw new IllegalStateException("runs must come in index order: expected " + (firstRun + runs)
                    + ", got " + run.runIndex());
        }
        if (runs == capacity()) {
            throw new IllegalStateException("the block holds at most " + capacity() + " runs");
        }
        for (int c = 0; c < values.length; c++) {
            values[c][runs] = run.get(c);
        }
        if (weeklyFans) {
            fans.accept(run);
        }
        runs++;
    }

    private int capacity() {
        return values.length == 0 ? Integer.MAX_VALUE : values[0].length;
    }

    /** Index of the block's first run. */
    public int firstRun() {
        return Math.max(firstRun, 0);
    }

    /** Runs in the block. */
    public int runs() {
        return runs;
    }

    /** Scalar {@code c} of the block's {@code i}-th run. */
    double value(int c, int i) {
        return values[c][i];
    }

    WeeklyFanAccumulator fans() {
        return fans;
    }

    /** The block as bytes, for {@link #decode} with the same schema. */
    public byte[] encode() {
        ByteSink out = new ByteSink();
        out.putInt(firstRun()).putInt(runs).putInt(values.length);
        for (double[] column : values) {
            encodeColumn(column, out);
        }
        fans.encode(out);
        return out.toArray();
    }

    /** The block {@link #encode} wrote, for runs laid out by {@code schema}. */
    public static BlockPartial decode(OutputSchema schema, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int first = in.getInt();
        int runs = in.getInt();
        int columns = in.getInt();
        if (columns != schema.scalarCount()) {
            throw new IllegalArgumentException("the block has " + columns + " scalars, the schema "
                    + schema.scalarCount());
        }
        double[][] values = new double[columns][];
        for (int c = 0; c < columns; c++) {
            values[c] = decodeColumn(runs, in);
        }
        BlockPartial p = new BlockPartial(schema, values, WeeklyFanAccumulator.decode(schema, in), true);
        p.firstRun = first;
        p.runs = runs;
        return p;
    }

    private void encodeColumn(double[] column, ByteSink out) {
        boolean constant = true;
        boolean bits = true;
        boolean shorts = true;
        boolean floats = true;
        long first = runs == 0 ? 0 : Double.doubleToLongBits(column[0]);
        for (int i = 0; i < runs; i++) {
            double v = column[i];
            long raw = Double.doubleToLongBits(v);
            constant &= raw == first;
            bits &= v == 1.0 || raw == 0L;
            shorts &= v == Math.rint(v) && v >= Short.MIN_VALUE && v <= Short.MAX_VALUE
                    && raw != Double.doubleToLongBits(-0.0);
            floats &= Double.doubleToLongBits((float) v) == raw;
        }
        if (constant) {
            out.put(CONSTANT).putDouble(runs == 0 ? 0 : column[0]);
        } else if (bits) {
            out.put(BITS);
            for (int i = 0; i < runs; i += 64) {
                long word = 0;
                for (int j = i; j < Math.min(runs, i + 64); j++) {
                    word |= (column[j] == 1.0 ? 1L : 0L) << (j - i);
                }
                out.putLong(word);
            }
        } else if (shorts) {
            out.put(SHORTS);
            for (int i = 0; i < runs; i++) {
                out.putShort((short) column[i]);
            }
        } else if (floats) {
            out.put(FLOATS);
            for (int i = 0; i < runs; i++) {
                out.putFloat((float) column[i]);
            }
        } else {
            out.put(DOUBLES);
            for (int i = 0; i < runs; i++) {
                out.putDouble(column[i]);
            }
        }
    }

    private static double[] decodeColumn(int runs, ByteBuffer in) {
        double[] column = new double[runs];
        byte form = in.get();
        switch (form) {
            case CONSTANT -> Arrays.fill(column, in.getDouble());
            case BITS -> {
                for (int i = 0; i < runs; i += 64) {
                    long word = in.getLong();
                    for (int j = i; j < Math.min(runs, i + 64); j++) {
                        column[j] = (word >>> (j - i) & 1L) != 0 ? 1.0 : 0.0;
                    }
                }
            }
            case SHORTS -> {
                for (int i = 0; i < runs; i++) {
                    column[i] = in.getShort();
                }
            }
            case FLOATS -> {
                for (int i = 0; i < runs; i++) {
                    column[i] = in.getFloat();
                }
            }
            case DOUBLES -> {
                for (int i = 0; i < runs; i++) {
                    column[i] = in.getDouble();
                }
            }
            default -> throw new IllegalArgumentException("not a block's column: form " + form);
        }
        return column;
    }
}
