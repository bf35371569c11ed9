package org.rolloutsim.stats;

import java.nio.ByteBuffer;

/**
 * How many times each whole-number key occurred, in one array over the range of keys in use. The
 * array is replaced, with room for half as many keys again (at most 1,024 more), when a key outside
 * it arrives; adding within it allocates nothing.
 */
final class DenseCounts {
    /** The most spare keys an array is given when it grows. */
    private static final int SLACK = 1024;

    private int[] counts = new int[0];
    /** Key of {@code counts[0]}. */
    private int offset;
    private int lowest = Integer.MAX_VALUE;
    private int highest = Integer.MIN_VALUE;
    private long total;

    /** Adds {@code times} occurrences of {@code key}. */
    void add(int key, int times) {
        if (key < lowest || key > highest) {
            include(key, key);
        }
        counts[key - offset] += times;
        total += times;
    }

    /**
     * Adds one occurrence of each of the first {@code count} values, whole numbers from {@code low}
     * to {@code high}: the range is widened once, then each value is a bare increment.
     */
    void addAll(float[] values, int count, int low, int high) {
        if (low < lowest || high > highest) {
            include(low, high);
        }
        int[] c = counts;
        int base = offset;
        for (int i = 0; i < count; i++) {
            c[(int) values[i] - base]++;
        }
        total += count;
    }

    /** Makes room for the keys from {@code low} to {@code high}. */
    private void include(int low, int high) {
        int newLowest = Math.min(lowest, low);
        int newHighest = Math.max(highest, high);
        if (counts.length == 0 || newLowest < offset || newHighest >= offset + counts.length) {
            long needed = (long) newHighest - newLowest + 1;
            // Half as much again as the range in use, up to SLACK keys more, so a range that keeps
            // growing is copied rarely, a wide one (a long tail of open defects) wastes little, and
            // one that slides (keys dropped below) does not grow the array.
            long room = needed + Math.min(needed / 2, SLACK);
            // Leave the slack on the side that grew, so a range growing one way keeps fitting.
            long newOffset = newLowest < lowest && counts.length > 0 ? (long) newHighest - room + 1 : newLowest;
            int[] grown = new int[Math.toIntExact(room)];
            if (total > 0) {
                System.arraycopy(counts, lowest - offset, grown, (int) (lowest - newOffset), highest - lowest + 1);
            }
            counts = grown;
            offset = (int) newOffset;
        }
        lowest = newLowest;
        highest = newHighest;
    }

    /** Occurrences of every key. */
    long total() {
        return total;
    }

    /** The smallest key seen; undefined when empty. */
    int lowest() {
        return lowest;
    }

    /** The largest key seen; undefined when empty. */
    int highest() {
        return highest;
    }

    /** Occurrences of {@code key}. */
    int count(int key) {
        return key < lowest || key > highest ? 0 : counts[key - offset];
    }

    /** Occurrences of the keys below {@code key}. */
    long countBelow(int key) {
        long below = 0;
        for (int k = lowest; k < key && k <= highest; k++) {
            below += counts[k - offset];
        }
        return below;
    }

    /** The k-th smallest key (1-based), counting every occurrence; k must be in [1, total]. */
    int kth(long k) {
        long seen = 0;
        for (int key = lowest; key <= highest; key++) {
            seen += counts[key - offset];
            if (seen >= k) {
                return key;
            }
        }
        throw new IllegalArgumentException("rank " + k + " beyond " + total + " values");
    }

    /** The occurrences of keys below {@code key} are removed and returned. */
    long removeBelow(int key) {
        long removed = 0;
        for (int k = lowest; k < key && k <= highest; k++) {
            removed += counts[k - offset];
            counts[k - offset] = 0;
        }
        total -= removed;
        if (total == 0) {
            lowest = Integer.MAX_VALUE;
            highest = Integer.MIN_VALUE;
        } else if (key > lowest) {
            lowest = key;
            while (counts[lowest - offset] == 0) {
                lowest++;
            }
        }
        return removed;
    }

    long storedBytes() {
        return 4L * counts.length;
    }

    /** The counts as bytes, for {@link #decode}: the range in use and its counts. */
    void encode(ByteSink out) {
        out.putLong(total);
        if (total == 0) {
            return;
        }
        out.putInt(lowest).putInt(highest);
        for (int k = lowest; k <= highest; k++) {
            out.putInt(counts[k - offset]);
        }
    }

    /** The counts {@link #encode} wrote; they answer as the originals do. */
    static DenseCounts decode(ByteBuffer in) {
        DenseCounts d = new DenseCounts();
        d.total = in.getLong();
        if (d.total == 0) {
            return d;
        }
        d.lowest = in.getInt();
        d.highest = in.getInt();
        d.offset = d.lowest;
        d.counts = new int[d.highest - d.lowest + 1];
        in.asIntBuffer().get(d.counts);
        in.position(in.position() + 4 * d.counts.length);
        return d;
    }
}
