package org.rolloutsim.engine;

import java.util.Arrays;

/**
 * The dated events of a discrete-event simulation whose clock is the integer week.
 *
 * <p>Events are ordered by (week, kind, insertion sequence): within a week, kinds fire in their
 * numeric order (a model numbers its event kinds in the order its weekly cycle needs), and events of
 * one kind in the order they were scheduled. No hashing, no identity, no wall clock takes part, so
 * the order is the same on every run and every machine.
 *
 * <p>An event is three integers (week, kind, payload) held in a binary heap of parallel primitive
 * arrays: scheduling and polling allocate nothing once the arrays have grown to a run's peak.
 */
public final class EventCalendar {
    private int[] weeks = new int[64];
    private int[] kinds = new int[64];
    private int[] payloads = new int[64];
    private long[] sequences = new long[64];
    private int size;
    private long nextSequence;

    private int currentWeek = Integer.MIN_VALUE;
    private int currentKind;
    private int currentPayload;

    /** Removes every event, keeping the arrays for reuse. */
    public void clear() {
        size = 0;
        nextSequence = 0;
        currentWeek = Integer.MIN_VALUE;
    }

    /** Number of pending events. */
    public int size() {
        return size;
    }

    /**
     * Schedules an event.
     *
     * @param week    when it fires; not earlier than the event being handled
     * @param kind    its rank among the events of a week, lowest first (>= 0)
     * @param payload what the handler needs to identify its subject (a wave index, a risk index)
     */
    public void schedule(int week, int kind, int payload) {
        if (kind < 0) {
            throw new IllegalArgumentException("event kind must be >= 0: " + kind);
        }
        if (week < currentWeek) {
            throw new IllegalArgumentException("cannot schedule in the past: week " + week + " < " + currentWeek);
        }
        if (size == weeks.length) {
            int capacity = size * 2;
            weeks = Arrays.copyOf(weeks, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
        }
        int i = size++;
        weeks[i] = week;
        kinds[i] = kind;
        payloads[i] = payload;
        sequences[i] = nextSequence++;
        siftUp(i);
    }

    /** Week of the earliest pending event, or {@link Integer#MAX_VALUE} when none. */
    public int nextWeek() {
        return size == 0 ? Integer.MAX_VALUE : weeks[0];
    }

    /**
     * Takes the earliest event if it is due by {@code week}; its fields are then readable through
     * {@link #week()}, {@link #kind()} and {@link #payload()}.
     *
     * @return false when no event is due
     */
    public boolean pollDue(int week) {
        if (size == 0 || weeks[0] > week) {
            return false;
        }
        currentWeek = weeks[0];
        currentKind = kinds[0];
        currentPayload = payloads[0];
        size--;
        if (size > 0) {
            move(size, 0);
            siftDown(0);
        }
        return true;
    }

    /** Week of the event last taken by {@link #pollDue}. */
    public int week() {
        return currentWeek;
    }

    /** Kind of the event last taken by {@link #pollDue}. */
    public int kind() {
        return currentKind;
    }

    /** Payload of the event last taken by {@link #pollDue}. */
    public int payload() {
        return currentPayload;
    }

    private boolean before(int a, int b) {
        if (weeks[a] != weeks[b]) {
            return weeks[a] < weeks[b];
        }
        if (kinds[a] != kinds[b]) {
            return kinds[a] < kinds[b];
        }
        return sequences[a] < sequences[b];
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int smallest = left;
            int right = left + 1;
            if (right < size && before(right, left)) {
                smallest = right;
            }
            if (!before(smallest, i)) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void move(int from, int to) {
        weeks[to] = weeks[from];
        kinds[to] = kinds[from];
        payloads[to] = payloads[from];
        sequences[to] = sequences[from];
    }

    private void swap(int a, int b) {
        int w = weeks[a];
        weeks[a] = weeks[b];
        weeks[b] = w;
        int k = kinds[a];
        kinds[a] = kinds[b];
        kinds[b] = k;
        int p = payloads[a];
        payloads[a] = payloads[b];
        payloads[b] = p;
        long s = sequences[a];
        sequences[a] = sequences[b];
        sequences[b] = s;
    }
}
