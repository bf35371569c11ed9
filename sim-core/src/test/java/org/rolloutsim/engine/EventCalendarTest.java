package org.rolloutsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
}
