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
 * <p>The clock only moves forward by whole weeks and a week holds few events, so the calendar is a
 * bucket per week (a calendar queue) rather than a heap: each week's events are a list kept in
 * (kind, sequence) order, scheduling walks only the events of its own week, and taking the next
 * event is the head of the earliest non-empty week. An event is three integers held in parallel
 * primitive arrays, with freed slots reused: scheduling and polling allocate nothing once the
 * arrays have grown to a run's peak (the weeks array to the latest week scheduled). Weeks from
 * {@value #BUCKET_WEEKS} on (a model's "not before the end of time") go to a short list kept in
 * order instead, after every earlier week's events.
 */
public final class EventCalendar {
    private static final int NONE = -1;
    /** Weeks below this have a bucket: 78 years of weeks, far beyond any run's horizon. */
    static final int BUCKET_WEEKS = 4096;

    /** First and last event of each week's list, or NONE. */
    private int[] head;
    private int[] tail;
    /** Event slots: fields, and the next event of the same week (or the next free slot). */
    private int[] kinds = new int[64];
    private int[] payloads = new int[64];
    private int[] next = new int[64];
    private int slotsUsed;
    private int free = NONE;
    /** Events in the buckets. */
    private int size;
    /** Events of weeks from BUCKET_WEEKS on, in (week, kind, sequence) order from farFirst to farEnd. */
    private int[] farWeeks = new int[4];
    private int[] farKinds = new int[4];
    private int[] farPayloads = new int[4];
    private int farFirst;
    private int farEnd;
    /** No week before this one holds an event. */
    private int earliest;

    private int currentWeek = Integer.MIN_VALUE;
    private int currentKind;
    private int currentPayload;

    public EventCalendar() {
        this(64);
    }

    /**
     * A calendar with buckets ready for weeks {@code 0 .. weeks - 1}, for a simulation that knows
     * its horizon: later weeks still get buckets as they are scheduled, at the cost of a copy.
     */
    public EventCalendar(int weeks) {
        int length = Math.max(1, Math.min(weeks, BUCKET_WEEKS));
        head = filled(length);
        tail = filled(length);
    }

    /** Removes every event, keeping the arrays for reuse. */
    public void clear() {
        Arrays.fill(head, NONE);
        Arrays.fill(tail, NONE);
        slotsUsed = 0;
        free = NONE;
        size = 0;
        farFirst = 0;
        farEnd = 0;
        earliest = 0;
        currentWeek = Integer.MIN_VALUE;
    }

    /** Number of pending events. */
    public int size() {
        return size + farEnd - farFirst;
    }

    /**
     * Schedules an event.
     *
     * @param week    when it fires; not earlier than the event being handled, nor than week 0
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
        if (week < 0) {
            throw new IllegalArgumentException("event week must be >= 0: " + week);
        }
        if (week >= BUCKET_WEEKS) {
            scheduleFar(week, kind, payload);
            return;
        }
        if (week >= head.length) {
            growWeeks(week);
        }
        int e = newSlot();
        kinds[e] = kind;
        payloads[e] = payload;
        // after every event of the week whose kind is not later: kind order, then insertion order
        int last = tail[week];
        if (last == NONE) {
            next[e] = NONE;
            head[week] = e;
            tail[week] = e;
        } else if (kinds[last] <= kind) {
            next[e] = NONE;
            next[last] = e;
            tail[week] = e;
        } else if (kinds[head[week]] > kind) {
            next[e] = head[week];
            head[week] = e;
        } else {
            int before = head[week];
            while (kinds[next[before]] <= kind) {
                before = next[before];
            }
            next[e] = next[before];
            next[before] = e;
        }
        size++;
        if (week < earliest) {
            earliest = week;
        }
    }

    /** Week of the earliest pending event, or {@link Integer#MAX_VALUE} when none. */
    public int nextWeek() {
        if (size == 0) {
            return farFirst < farEnd ? farWeeks[farFirst] : Integer.MAX_VALUE;
        }
        skipEmptyWeeks(Integer.MAX_VALUE);
        return earliest;
    }

    /**
     * Takes the earliest event if it is due by {@code week}; its fields are then readable through
     * {@link #week()}, {@link #kind()} and {@link #payload()}.
     *
     * @return false when no event is due
     */
    public boolean pollDue(int week) {
        if (size == 0) {
            return pollFar(week);
        }
        skipEmptyWeeks(week);
        if (earliest > week || head[earliest] == NONE) {
            return false;
        }
        int e = head[earliest];
        head[earliest] = next[e];
        if (next[e] == NONE) {
            tail[earliest] = NONE;
        }
        currentWeek = earliest;
        currentKind = kinds[e];
        currentPayload = payloads[e];
        next[e] = free;
        free = e;
        size--;
        return true;
    }

    /** Moves {@code earliest} past empty weeks, up to {@code limit}; there is an event pending. */
    private void skipEmptyWeeks(int limit) {
        while (earliest < limit && head[earliest] == NONE) {
            earliest++;
        }
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

    /** Inserts after every far event whose (week, kind) is not later: the order of the buckets. */
    private void scheduleFar(int week, int kind, int payload) {
        if (farFirst == farEnd) {
            farFirst = 0;
            farEnd = 0;
        }
        if (farEnd == farWeeks.length) {
            int capacity = farWeeks.length * 2;
            farWeeks = Arrays.copyOf(farWeeks, capacity);
            farKinds = Arrays.copyOf(farKinds, capacity);
            farPayloads = Arrays.copyOf(farPayloads, capacity);
        }
        int i = farEnd++;
        while (i > farFirst && (farWeeks[i - 1] > week || (farWeeks[i - 1] == week && farKinds[i - 1] > kind))) {
            farWeeks[i] = farWeeks[i - 1];
            farKinds[i] = farKinds[i - 1];
            farPayloads[i] = farPayloads[i - 1];
            i--;
        }
        farWeeks[i] = week;
        farKinds[i] = kind;
        farPayloads[i] = payload;
    }

    private boolean pollFar(int week) {
        if (farFirst == farEnd || farWeeks[farFirst] > week) {
            return false;
        }
        currentWeek = farWeeks[farFirst];
        currentKind = farKinds[farFirst];
        currentPayload = farPayloads[farFirst];
        farFirst++;
        return true;
    }

    private int newSlot() {
        if (free != NONE) {
            int e = free;
            free = next[e];
            return e;
        }
        if (slotsUsed == kinds.length) {
            int capacity = slotsUsed * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
            next = Arrays.copyOf(next, capacity);
        }
        return slotsUsed++;
    }

    private void growWeeks(int week) {
        int capacity = Math.max(head.length * 2, week + 1);
        int old = head.length;
        head = Arrays.copyOf(head, capacity);
        tail = Arrays.copyOf(tail, capacity);
        Arrays.fill(head, old, capacity, NONE);
        Arrays.fill(tail, old, capacity, NONE);
    }

    private static int[] filled(int length) {
        int[] a = new int[length];
        Arrays.fill(a, NONE);
        return a;
    }
}
