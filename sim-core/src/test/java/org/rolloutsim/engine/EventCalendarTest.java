package org.rolloutsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

    private static List<String> drain(EventCalendar calendar, int upToWeek) {
        List<String> fired = new ArrayList<>();
        while (calendar.pollDue(upToWeek)) {
            fired.add(calendar.week() + ":" + calendar.kind() + ":" + calendar.payload());
        }
        return fired;
    }

    @Test
    void eventsFireByWeekThenKindThenSchedulingOrder() {
        EventCalendar calendar = new EventCalendar();
        calendar.schedule(5, 2, 100);
        calendar.schedule(3, 4, 101);
        calendar.schedule(5, 0, 102);
        calendar.schedule(5, 2, 103);
        calendar.schedule(3, 1, 104);
        calendar.schedule(5, 2, 105);
        assertEquals(List.of("3:1:104", "3:4:101", "5:0:102", "5:2:100", "5:2:103", "5:2:105"),
                drain(calendar, 10));
    }

    @Test
    void onlyEventsDueByTheWeekAreTaken() {
        EventCalendar calendar = new EventCalendar();
        calendar.schedule(2, 0, 1);
        calendar.schedule(7, 0, 2);
        assertEquals(List.of("2:0:1"), drain(calendar, 6));
        assertEquals(7, calendar.nextWeek());
        assertFalse(calendar.pollDue(6));
        assertTrue(calendar.pollDue(7));
        assertEquals(Integer.MAX_VALUE, calendar.nextWeek());
    }

    @Test
    void manyEqualKeysKeepInsertionOrderThroughHeapGrowth() {
        EventCalendar calendar = new EventCalendar();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            calendar.schedule(1, 3, i);
            expected.add("1:3:" + i);
        }
        assertEquals(expected, drain(calendar, 1));
    }

    @Test
    void schedulingIntoThePastIsRefused() {
        EventCalendar calendar = new EventCalendar();
        calendar.schedule(4, 0, 0);
        assertTrue(calendar.pollDue(4));
        assertThrows(IllegalArgumentException.class, () -> calendar.schedule(3, 0, 0));
        calendar.schedule(4, 1, 9); // same week, later kind: allowed
        assertEquals(List.of("4:1:9"), drain(calendar, 4));
    }

    @Test
    void clearForgetsPendingEvents() {
        EventCalendar calendar = new EventCalendar();
        calendar.schedule(1, 0, 0);
        calendar.clear();
        assertEquals(0, calendar.size());
        assertFalse(calendar.pollDue(100));
    }

    @Test
    void aKindBetweenOthersOfItsWeekFiresBetweenThem() {
        EventCalendar calendar = new EventCalendar();
        calendar.schedule(200, 1, 0); // beyond the first weeks held
        calendar.schedule(200, 5, 1);
        calendar.schedule(200, 3, 2);
        calendar.schedule(200, 3, 3);
        calendar.schedule(200, 0, 4);
        calendar.schedule(200, 5, 5);
        assertEquals(List.of("200:0:4", "200:1:0", "200:3:2", "200:3:3", "200:5:1", "200:5:5"),
                drain(calendar, 200));
    }

    /**
     * Against a plain reference (the pending events sorted by week, kind and scheduling order), over
     * a long random sequence of scheduling and polling, as a simulation does: events scheduled while
     * handling others, for their own week or later, some far ahead.
     */
    @Test
    void firesInTheSameOrderAsSortingByWeekKindAndSequence() {
        Random random = new Random(20_261_201L);
        EventCalendar calendar = new EventCalendar();
        List<int[]> pending = new ArrayList<>(); // {week, kind, sequence, payload}
        Comparator<int[]> order = Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1])
                .thenComparingInt(e -> e[2]);
        int sequence = 0;
        int now = 0;
        int fired = 0;
        for (int week = 0; week < 3_000; week++) {
            int scheduled = random.nextInt(4);
            for (int i = 0; i < scheduled; i++) {
                int at = now + (random.nextInt(50) == 0 ? EventCalendar.BUCKET_WEEKS + random.nextInt(9) // the end of time
                        : random.nextInt(10) == 0 ? random.nextInt(400) : random.nextInt(6));
                int[] event = {Math.max(at, week), random.nextInt(6), sequence++, random.nextInt(1000)};
                calendar.schedule(event[0], event[1], event[3]);
                pending.add(event);
            }
            while (calendar.pollDue(week)) {
                pending.sort(order);
                int[] expected = pending.remove(0);
                assertEquals(expected[0] + ":" + expected[1] + ":" + expected[3],
                        calendar.week() + ":" + calendar.kind() + ":" + calendar.payload());
                now = calendar.week();
                fired++;
                if (random.nextInt(3) == 0) { // a handler schedules for its own week, a kind not earlier
                    int[] event = {now, calendar.kind() + random.nextInt(3), sequence++, random.nextInt(1000)};
                    calendar.schedule(event[0], event[1], event[3]);
                    pending.add(event);
                }
            }
            now = week;
            assertEquals(pending.size(), calendar.size());
            pending.sort(order);
            assertEquals(pending.isEmpty() ? Integer.MAX_VALUE : pending.get(0)[0], calendar.nextWeek());
        }
        assertTrue(fired > 3_000, "the sequence exercised the calendar: " + fired + " events fired");
    }

    /** A model may put an event at the end of time (a gate that is never due): it comes last, in order. */
    @Test
    void eventsBeyondTheBucketedWeeksComeAfterAllOthersInOrder() {
        EventCalendar calendar = new EventCalendar();
        int far = EventCalendar.BUCKET_WEEKS;
        calendar.schedule(1 << 30, 3, 0);
        calendar.schedule(far + 5, 2, 1);
        calendar.schedule(1 << 30, 1, 2);
        calendar.schedule(far + 5, 2, 3);
        calendar.schedule(far - 1, 4, 4);
        calendar.schedule(Integer.MAX_VALUE, 0, 5);
        assertEquals(6, calendar.size());
        assertEquals(far - 1, calendar.nextWeek());
        assertEquals(List.of("4095:4:4"), drain(calendar, far + 4));
        assertEquals(far + 5, calendar.nextWeek());
        assertEquals(List.of("4101:2:1", "4101:2:3"), drain(calendar, far + 5));
        calendar.schedule(far + 5, 3, 6); // the clock is past the buckets: still in order
        calendar.schedule(far + 9, 0, 7);
        assertEquals(List.of("4101:3:6", "4105:0:7", "1073741824:1:2", "1073741824:3:0", "2147483647:0:5"),
                drain(calendar, Integer.MAX_VALUE));
        assertEquals(0, calendar.size());
        assertEquals(Integer.MAX_VALUE, calendar.nextWeek());
    }

    @Test
    void negativeWeeksAreRefused() {
        EventCalendar calendar = new EventCalendar();
        assertThrows(IllegalArgumentException.class, () -> calendar.schedule(-1, 0, 0));
    }
}
