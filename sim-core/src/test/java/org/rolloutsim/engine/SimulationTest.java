package org.rolloutsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    @Test
    void eachWeekRunsDueEventsThenStepsInTheirOrder() {
        List<String> log = new ArrayList<>();
        Simulation sim = new Simulation();
        sim.every(30, week -> log.add(week + " costs"));
        sim.every(10, week -> log.add(week + " capacity"));
        sim.every(20, week -> log.add(week + " work"));
        sim.every(10, week -> log.add(week + " capacity-2"));
        sim.onEvent((week, kind, payload, calendar) -> {
            log.add(week + " event " + kind + "/" + payload);
            if (payload == 1) {
                calendar.schedule(week, kind + 1, 2); // a same-week follow-up of a later kind
                calendar.schedule(week + 1, 0, 3);
            }
        });
        sim.calendar().schedule(1, 5, 1);
        sim.calendar().schedule(1, 0, 0);

        int weeks = sim.run(3, () -> false);

        assertEquals(3, weeks);
        assertEquals(List.of(
                "0 capacity", "0 capacity-2", "0 work", "0 costs",
                "1 event 0/0", "1 event 5/1", "1 event 6/2",
                "1 capacity", "1 capacity-2", "1 work", "1 costs",
                "2 event 0/3",
                "2 capacity", "2 capacity-2", "2 work", "2 costs"), log);
    }

    @Test
    void runStopsAtTheEndOfTheWeekInWhichItFinished() {
        int[] counter = {0};
        Simulation sim = new Simulation().every(0, week -> counter[0]++);
        int weeks = sim.run(100, () -> counter[0] == 7);
        assertEquals(7, weeks);
    }

    @Test
    void runStopsAtTheHorizon() {
        Simulation sim = new Simulation().every(0, week -> { });
        assertEquals(12, sim.run(12, () -> false));
    }
}
