package org.rolloutsim.stats;

import java.nio.DoubleBuffer;

/**
 * The merge step of a sort too large for the heap: runs of values, each already ascending and lying
 * one after the other, become one ascending sequence. Values are ordered as {@link Double#compare}
 * orders them, which is the order {@link java.util.Arrays#sort(double[])} gives (-0.0 before 0.0,
 * NaN last), so a merged copy equals a sorted one.
 */
final class SortedRuns {
    private SortedRuns() {
    }

    /**
     * Merges the runs of {@code runs[0..n)}, each {@code runLength} long (the last may be shorter),
     * into {@code target[0..n)}.
     */
    static void merge(DoubleBuffer runs, int n, int runLength, DoubleBuffer target) {
        int count = (int) ((n + (long) runLength - 1) / runLength);
        int[] next = new int[count];
        int[] end = new int[count];
        double[] head = new double[count];
        int[] heap = new int[count];
        for (int r = 0; r < count; r++) {
            next[r] = r * runLength;
            end[r] = Math.min(n, next[r] + runLength);
            head[r] = runs.get(next[r]);
            heap[r] = r;
        }
        int size = count;
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(heap, size, i, head);
        }
        for (int out = 0; out < n; out++) {
            int r = heap[0];
            target.put(out, head[r]);
            if (++next[r] < end[r]) {
                head[r] = runs.get(next[r]);
            } else {
                heap[0] = heap[--size];
            }
            siftDown(heap, size, 0, head);
        }
    }

    /** Restores the min-heap of runs (by their head value) below position {@code i}. */
    private static void siftDown(int[] heap, int size, int i, double[] head) {
        int r = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && Double.compare(head[heap[child + 1]], head[heap[child]]) < 0) {
                child++;
            }
            if (Double.compare(head[heap[child]], head[r]) >= 0) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = r;
    }
}
