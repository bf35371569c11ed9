package org.rolloutsim.stats;

import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rolloutsim.stats.ColumnSegment.Storage;

/**
 * Every run's value of one scalar output, in run order: a chain of {@link ColumnSegment}s of
 * {@link #SEGMENT_RUNS} runs each, the last one filling in memory and the full ones kept in memory
 * or spilled to disk as the batch's {@link ColumnStore} decides.
 *
 * <p>Values read back are exactly those one unsegmented column would give: a column is constant
 * only while every segment holds the same constant, and once it varies every value is read in the
 * widest storage any segment needs (so a constant 0.1 reads 0.1f in a column stored as floats),
 * as {@link ColumnSegment} describes.
 */
final class ScalarColumn {
    static final int SEGMENT_RUNS = 1 << 16;

    private final boolean exact;
    private final ColumnStore store;
    private final int segmentRuns;
    /** Full segments: a {@link ColumnSegment} in memory or a {@link ColumnStore.Spilled} location. */
    private final List<Object> full = new ArrayList<>();
    private ColumnSegment last;
    private int size;
    private boolean constant = true;
    private double constantValue;
    private Storage widest = Storage.CONSTANT;
    private int cachedIndex = -1;
    private ColumnSegment cached;

    /** A column kept in memory whatever its length (no store). */
    ScalarColumn(boolean exact, int initialCapacity) {
        this(exact, initialCapacity, new ColumnStore(Long.MAX_VALUE), SEGMENT_RUNS);
    }

    /**
     * @param exact           keep values as {@code double} once they vary
     * @param initialCapacity runs to make room for at first
     * @param store           where full segments go
     * @param segmentRuns     runs per segment
     */
    ScalarColumn(boolean exact, int initialCapacity, ColumnStore store, int segmentRuns) {
        this.exact = exact;
        this.store = store;
        this.segmentRuns = segmentRuns;
        this.last = new ColumnSegment(exact, Math.min(initialCapacity, segmentRuns));
    }

    int size() {
        return size;
    }

    void append(double v) {
        if (size == 0) {
            constantValue = v;
        } else if (constant && Double.doubleToLongBits(v) != Double.doubleToLongBits(constantValue)) {
            constant = false;
        }
        last.append(v);
        size++;
        if (last.size() == segmentRuns) {
            seal();
        }
    }

    private void seal() {
        Storage s = last.valueStorage();
        widest = s.compareTo(widest) > 0 ? s : widest;
        full.add(store.keep(last.storedBytes()) ? last : store.write(last));
        last = new ColumnSegment(exact, 16);
    }

    /** The storage every value is read in: what one unsegmented column would have. */
    private Storage readStorage() {
        if (constant) {
            return Storage.CONSTANT;
        }
        Storage s = last.size() == 0 ? widest : max(widest, last.valueStorage());
        return exact ? Storage.DOUBLE : s;
    }

    private static Storage max(Storage a, Storage b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Segment {@code k}, read back from disk if it was spilled; {@code keep} keeps the last one
     * read for the next call (value by value reading), else it is left to the garbage collector.
     */
    private ColumnSegment segment(int k, boolean keep) {
        if (k == full.size()) {
            return last;
        }
        Object s = full.get(k);
        if (s instanceof ColumnSegment inMemory) {
            return inMemory;
        }
        if (cachedIndex == k) {
            return cached;
        }
        ColumnSegment read = store.read((ColumnStore.Spilled) s);
        if (keep) {
            cached = read;
            cachedIndex = k;
        }
        return read;
    }

    /** The value of the {@code i}-th run appended (0-based). */
    double get(int i) {
        if (constant) {
            return constantValue;
        }
        return cast(segment(i / segmentRuns, true).get(i % segmentRuns), readStorage());
    }

    private static double cast(double v, Storage storage) {
        return storage == Storage.FLOAT ? (float) v : v;
    }

    /** A summary number read from this column; see {@link ColumnSegment#clean}. */
    double clean(double storedValue) {
        if (readStorage() != Storage.FLOAT || !Double.isFinite(storedValue)) {
            return storedValue;
        }
        return Double.parseDouble(Float.toString((float) storedValue));
    }

    /** True while every value appended so far is the same. */
    boolean isConstant() {
        return constant;
    }

    /** Copies the first {@code n} values into {@code target}, which must hold at least n. */
    void copyTo(double[] target, int n) {
        for (int k = 0, at = 0; at < n; k++, at += segmentRuns) {
            copySegment(k, target, at, Math.min(segmentRuns, n - at));
        }
    }

    /** Runs per segment: the chunk {@link #copySegment} reads. */
    int segmentRuns() {
        return segmentRuns;
    }

    /**
     * Copies the values of runs {@code k·segmentRuns} to {@code k·segmentRuns + count} (segment
     * {@code k}, or its first {@code count} runs) into {@code target} from {@code at}, as
     * {@link #copyTo} gives them; reading a column segment by segment this way needs one segment's
     * room, not one number per run.
     */
    void copySegment(int k, double[] target, int at, int count) {
        if (constant) {
            Arrays.fill(target, at, at + count, constantValue);
            return;
        }
        ColumnSegment segment = segment(k, false);
        segment.copyTo(target, at, count);
        if (readStorage() == Storage.FLOAT && segment.storage() == Storage.CONSTANT) {
            Arrays.fill(target, at, at + count, (float) segment.constant());
        }
    }

    /** As {@link #sortedCopy(DoubleBuffer, int, RunScratch)}, into an array. */
    void sortedCopy(double[] target, int n) {
        sortedCopy(DoubleBuffer.wrap(target), n, null);
    }

    /**
     * The first {@code n} values in ascending order (NaN last) into {@code target}. Bits and whole
     * numbers are counted rather than compared, so their columns sort in one pass. Other values are
     * sorted in place by their bits ({@link RadixSort}, with its working arrays from {@code scratch}
     * when given) when {@code target} is a heap array; otherwise each segment is sorted on its own
     * into working space from {@code scratch} and the segments are merged, so the heap holds one
     * segment at a time.
     */
    void sortedCopy(DoubleBuffer target, int n, RunScratch scratch) {
        Storage storage = readStorage();
        if (storage == Storage.CONSTANT) {
            for (int i = 0; i < n; i++) {
                target.put(i, constantValue);
            }
        } else if (storage == Storage.BITS || storage == Storage.SHORT) {
            countingSort(target, n);
        } else if (target.hasArray()) {
            copyTo(target.array(), n);
            (scratch == null ? new RadixSort() : scratch.radixSort()).sort(target.array(), n);
        } else {
            DoubleBuffer runs = scratch.sortSpace(n);
            double[] chunk = new double[Math.min(n, segmentRuns)];
            for (int k = 0, at = 0; at < n; k++, at += segmentRuns) {
                int count = Math.min(segmentRuns, n - at);
                copySegment(k, chunk, 0, count);
                Arrays.sort(chunk, 0, count);
                runs.put(at, chunk, 0, count);
            }
            SortedRuns.merge(runs, n, segmentRuns, target);
        }
    }

    /** Sorts whole numbers that fit a short (bits among them) by counting each value. */
    private void countingSort(DoubleBuffer target, int n) {
        int[] counts = new int[1 << 16];
        double[] chunk = new double[Math.min(n, segmentRuns)];
        int lowest = counts.length;
        int highest = -1;
        for (int k = 0, at = 0; at < n; k++, at += segmentRuns) {
            int count = Math.min(segmentRuns, n - at);
            copySegment(k, chunk, 0, count);
            for (int i = 0; i < count; i++) {
                int v = (int) chunk[i] - Short.MIN_VALUE;
                counts[v]++;
                lowest = Math.min(lowest, v);
                highest = Math.max(highest, v);
            }
        }
        // only the range the values span, and a heap target filled a run of equal values at a time
        double[] array = target.hasArray() ? target.array() : null;
        int k = 0;
        for (int v = lowest; v <= highest; v++) {
            int c = counts[v];
            if (array != null) {
                Arrays.fill(array, k, k + c, v + Short.MIN_VALUE);
                k += c;
            } else {
                for (; c > 0; c--) {
                    target.put(k++, v + Short.MIN_VALUE);
                }
            }
        }
    }

    /** Bytes this column holds in memory (spilled segments cost none). */
    long storedBytes() {
        long bytes = last.storedBytes();
        for (Object s : full) {
            if (s instanceof ColumnSegment inMemory) {
                bytes += inMemory.storedBytes();
            }
        }
        return bytes;
    }
}
