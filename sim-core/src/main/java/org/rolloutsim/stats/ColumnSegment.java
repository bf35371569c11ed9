package org.rolloutsim.stats;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A run of consecutive values of one scalar output, stored as compactly as its values allow;
 * {@link ScalarColumn} chains these, keeping some in memory and spilling the others to disk.
 *
 * <p>A column starts out <em>constant</em> (one value, no array): structural outputs such as a
 * wave's planned go-live week never vary and cost nothing. When a second distinct value arrives the
 * column becomes an array: {@code double} when it was asked to stay exact (completion week,
 * programme and total cost), bits while every value is 0 or 1 (risk indicators, the censored flag),
 * {@code short} while every value is a whole number within ±32,767 (counts, weeks), otherwise
 * {@code float}; it only ever moves to a wider form, copying its values once. A float keeps about 7
 * significant digits: plenty for quantiles and correlations of money and counts (integers are exact
 * up to 16,777,216). Arrays grow by doubling, so memory is at most about twice the stored values
 * and never one object per run.
 */
final class ColumnSegment {
    /** How the values are held, narrowest first. */
    enum Storage { CONSTANT, BITS, SHORT, FLOAT, DOUBLE }

    private final boolean exact;
    private Storage storage = Storage.CONSTANT;
    private int size;
    private int capacity;
    private double constant;
    private long[] bits;
    private short[] shorts;
    private float[] floats;
    private double[] doubles;

    /**
     * @param exact           keep values as {@code double} once they vary
     * @param initialCapacity runs to make room for when the column starts to vary
     */
    ColumnSegment(boolean exact, int initialCapacity) {
        this.exact = exact;
        this.capacity = Math.max(16, initialCapacity);
    }

    int size() {
        return size;
    }

    void append(double v) {
        if (storage == Storage.CONSTANT) {
            if (size == 0 || Double.doubleToLongBits(v) == Double.doubleToLongBits(constant)) {
                constant = v;
                size++;
                return;
            }
            materialize(v);
        }
        switch (storage) {
            case BITS -> {
                if (v == 1.0) {
                    ensureCapacity();
                    bits[size >>> 6] |= 1L << size;
                } else if (Double.doubleToLongBits(v) == 0L) {
                    ensureCapacity();
                } else if (isShort(v)) {
                    toShorts();
                    appendShort(v);
                } else {
                    toFloats();
                    appendFloat(v);
                }
            }
            case SHORT -> {
                if (isShort(v)) {
                    appendShort(v);
                } else {
                    toFloats();
                    appendFloat(v);
                }
            }
            case FLOAT -> appendFloat(v);
            case DOUBLE -> {
                ensureCapacity();
                doubles[size] = v;
            }
            case CONSTANT -> throw new IllegalStateException("materialized above");
        }
        size++;
    }

    private void appendShort(double v) {
        ensureCapacity();
        shorts[size] = (short) v;
    }

    private void appendFloat(double v) {
        ensureCapacity();
        floats[size] = (float) v;
    }

    /** Turns a constant column into an array, given the first value that differs. */
    private void materialize(double differing) {
        // A constant column counted runs without room for them: make room for those and this one.
        while (capacity <= size) {
            capacity = (int) Math.min(Integer.MAX_VALUE - 8, 2L * capacity);
        }
        if (exact) {
            storage = Storage.DOUBLE;
            doubles = new double[capacity];
            Arrays.fill(doubles, 0, size, constant);
        } else if (isBit(constant) && isBit(differing)) {
            storage = Storage.BITS;
            bits = new long[words(capacity)];
            if (constant == 1.0) {
                for (int i = 0; i < size; i++) {
                    bits[i >>> 6] |= 1L << i;
                }
            }
        } else if (isShort(constant) && isShort(differing)) {
            storage = Storage.SHORT;
            shorts = new short[capacity];
            Arrays.fill(shorts, 0, size, (short) constant);
        } else {
            storage = Storage.FLOAT;
            floats = new float[capacity];
            Arrays.fill(floats, 0, size, (float) constant);
        }
    }

    private void toShorts() {
        short[] s = new short[capacity];
        for (int i = 0; i < size; i++) {
            s[i] = (short) get(i);
        }
        bits = null;
        shorts = s;
        storage = Storage.SHORT;
    }

    private void toFloats() {
        float[] f = new float[capacity];
        for (int i = 0; i < size; i++) {
            f[i] = (float) get(i);
        }
        bits = null;
        shorts = null;
        floats = f;
        storage = Storage.FLOAT;
    }

    /** A whole number a short holds exactly (counts of defects, weeks): stored in 2 bytes. */
    private static boolean isShort(double v) {
        return v == Math.rint(v) && v >= Short.MIN_VALUE && v <= Short.MAX_VALUE
                && Double.doubleToLongBits(v) != Double.doubleToLongBits(-0.0);
    }

    private static boolean isBit(double v) {
        return v == 1.0 || Double.doubleToLongBits(v) == 0L;
    }

    private static int words(int n) {
        return (n + 63) >>> 6;
    }

    private void ensureCapacity() {
        if (size < capacity) {
            return;
        }
        int grown = (int) Math.min(Integer.MAX_VALUE - 8, 2L * capacity);
        if (grown <= size) {
            throw new IllegalStateException("too many runs for one column: " + size);
        }
        capacity = grown;
        switch (storage) {
            case BITS -> bits = Arrays.copyOf(bits, words(capacity));
            case SHORT -> shorts = Arrays.copyOf(shorts, capacity);
            case FLOAT -> floats = Arrays.copyOf(floats, capacity);
            case DOUBLE -> doubles = Arrays.copyOf(doubles, capacity);
            case CONSTANT -> { }
        }
    }

    /** The value of the {@code i}-th run appended (0-based). */
    double get(int i) {
        return switch (storage) {
            case CONSTANT -> constant;
            case BITS -> (bits[i >>> 6] >>> i & 1L) != 0 ? 1.0 : 0.0;
            case SHORT -> shorts[i];
            case FLOAT -> floats[i];
            case DOUBLE -> doubles[i];
        };
    }

    /**
     * A summary number read from this column, as a planner would write it: a value stored as a
     * float is given back as the double closest to its shortest decimal form (0.1f reads 0.1, not
     * 0.10000000149011612).
     */
    double clean(double storedValue) {
        if (storage != Storage.FLOAT || !Double.isFinite(storedValue)) {
            return storedValue;
        }
        return Double.parseDouble(Float.toString((float) storedValue));
    }

    /** True while every value appended so far is the same. */
    boolean isConstant() {
        return storage == Storage.CONSTANT;
    }

    /** Copies the first {@code n} values into {@code target}, which must hold at least n. */
    void copyTo(double[] target, int n) {
        copyTo(target, 0, n);
    }

    /** Copies the first {@code n} values into {@code target} from index {@code at}. */
    void copyTo(double[] target, int at, int n) {
        switch (storage) {
            case CONSTANT -> Arrays.fill(target, at, at + n, constant);
            case BITS -> {
                for (int i = 0; i < n; i++) {
                    target[at + i] = (bits[i >>> 6] >>> i & 1L) != 0 ? 1.0 : 0.0;
                }
            }
            case SHORT -> {
                for (int i = 0; i < n; i++) {
                    target[at + i] = shorts[i];
                }
            }
            case FLOAT -> {
                for (int i = 0; i < n; i++) {
                    target[at + i] = floats[i];
                }
            }
            case DOUBLE -> System.arraycopy(doubles, 0, target, at, n);
        }
    }

    Storage storage() {
        return storage;
    }

    /** The value of every run while the segment is constant. */
    double constant() {
        return constant;
    }

    /**
     * The narrowest storage that holds every value of this segment exactly: its own storage, or for a
     * constant segment the storage its value would need in a column that varies.
     */
    Storage valueStorage() {
        if (storage != Storage.CONSTANT) {
            return storage;
        }
        return exact ? Storage.DOUBLE : isBit(constant) ? Storage.BITS : isShort(constant) ? Storage.SHORT : Storage.FLOAT;
    }

    /** The segment as bytes, for {@link #decode}. */
    ByteBuffer encode() {
        int n = switch (storage) {
            case CONSTANT -> 8;
            case BITS -> 8 * words(size);
            case SHORT -> 2 * size;
            case FLOAT -> 4 * size;
            case DOUBLE -> 8 * size;
        };
        ByteBuffer b = ByteBuffer.allocate(6 + n);
        b.put((byte) storage.ordinal()).put((byte) (exact ? 1 : 0)).putInt(size);
        switch (storage) {
            case CONSTANT -> b.putDouble(constant);
            case BITS -> b.asLongBuffer().put(bits, 0, words(size));
            case SHORT -> b.asShortBuffer().put(shorts, 0, size);
            case FLOAT -> b.asFloatBuffer().put(floats, 0, size);
            case DOUBLE -> b.asDoubleBuffer().put(doubles, 0, size);
        }
        return b.rewind();
    }

    /** The segment {@link #encode} wrote. */
    static ColumnSegment decode(ByteBuffer b) {
        Storage storage = Storage.values()[b.get()];
        boolean exact = b.get() != 0;
        int size = b.getInt();
        ColumnSegment s = new ColumnSegment(exact, 16);
        s.storage = storage;
        s.size = size;
        s.capacity = Math.max(size, 16);
        switch (storage) {
            case CONSTANT -> s.constant = b.getDouble();
            case BITS -> b.asLongBuffer().get(s.bits = new long[words(s.capacity)], 0, words(size));
            case SHORT -> b.asShortBuffer().get(s.shorts = new short[s.capacity], 0, size);
            case FLOAT -> b.asFloatBuffer().get(s.floats = new float[s.capacity], 0, size);
            case DOUBLE -> b.asDoubleBuffer().get(s.doubles = new double[s.capacity], 0, size);
        }
        return s;
    }

    /** Bytes held by this column's arrays: what the column costs in memory. */
    long storedBytes() {
        return switch (storage) {
            case CONSTANT -> 0L;
            case BITS -> 8L * bits.length;
            case SHORT -> 2L * shorts.length;
            case FLOAT -> 4L * floats.length;
            case DOUBLE -> 8L * doubles.length;
        };
    }
}
