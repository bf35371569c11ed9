package org.rolloutsim.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Working space of one number per run for a summary's exact statistics: sorted copies, ranks and
 * counts. Space up to a limit of bytes is an ordinary array on the heap; larger space is a
 * temporary file mapped into memory, which the operating system pages in and out, so the heap a
 * summary needs does not grow with the run count.
 *
 * <p>The file is opened with delete-on-close and closed as soon as it is mapped: on Unix it has no
 * name from then on, so nothing is left behind even if the process is killed, and its pages are
 * released when the buffer is garbage collected.
 *
 * <p>Not thread-safe, like the statistics that own it.
 */
final class RunScratch {
    private final long heapBytes;
    private DoubleBuffer sortSpace;
    private RadixSort radixSort;
    private int[] perRun = new int[0];

    /** @param heapBytes the largest space, in bytes, kept on the heap */
    RunScratch(long heapBytes) {
        this.heapBytes = heapBytes;
    }

    /** The largest space, in bytes, kept on the heap. */
    long heapBytes() {
        return heapBytes;
    }

    /** Room for {@code n} doubles, all 0. */
    DoubleBuffer doubles(int n) {
        long bytes = (long) n * Double.BYTES;
        return bytes <= heapBytes ? DoubleBuffer.wrap(new double[n]) : mapped(bytes).asDoubleBuffer();
    }

    /**
     * Room for {@code n} doubles that a sort uses while it runs: the same space for every sort, so
     * that sorting column after column does not make a file each time. Not to be held between calls.
     */
    DoubleBuffer sortSpace(int n) {
        if (sortSpace == null || sortSpace.capacity() < n) {
            sortSpace = doubles(n);
        }
        return sortSpace;
    }

    /**
     * The sorter of this space's thread, which keeps its working arrays (two numbers per run, on the
     * heap: use it for heap arrays only) from one sort to the next until {@link #release}.
     */
    RadixSort radixSort() {
        if (radixSort == null) {
            radixSort = new RadixSort();
        }
        return radixSort;
    }

    /**
     * An int per run on the heap (any values), the same array from call to call until
     * {@link #release}: for ranks that a statistic uses and drops before asking again.
     */
    int[] perRun(int n) {
        if (perRun.length < n) {
            perRun = new int[n];
        }
        return perRun;
    }

    /** Lets go of the heap arrays kept between sorts, once the statistics that used them are done. */
    void release() {
        radixSort = null;
        perRun = new int[0];
    }

    /** Room for {@code n} ints, all 0. */
    IntBuffer ints(int n) {
        long bytes = (long) n * Integer.BYTES;
        return bytes <= heapBytes ? IntBuffer.wrap(new int[n]) : mapped(bytes).asIntBuffer();
    }

    private static ByteBuffer mapped(long bytes) {
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many runs for one summary: " + bytes + " bytes of working space");
        }
        Path path = null;
        try {
            path = Files.createTempFile("rollout-summary-", ".bin");
            try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE)) {
                return file.map(FileChannel.MapMode.READ_WRITE, 0, bytes).order(ByteOrder.nativeOrder());
            }
        } catch (IOException e) {
            deleteQuietly(path);
            throw new UncheckedIOException("cannot make working space for the summary in a temporary file: "
                    + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // already reported: the caller fails with the first error
        }
    }
}
