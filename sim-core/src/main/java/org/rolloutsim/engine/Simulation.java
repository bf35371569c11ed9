package org.rolloutsim.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A week-by-week discrete-event simulation. Each week runs:
 * <ol>
 *   <li>every event due that week, in {@link EventCalendar} order (events may schedule events for
 *       the same week, which then run in the same pass if their kind is not earlier);</li>
 *   <li>the weekly steps, in ascending {@code order}; steps of equal order in the order they were
 *       added.</li>
 * </ol>
 * The run stops after the first week at whose end {@code finished} is true, or at the horizon.
 * Knows nothing of what is simulated. Build one per run; stepping allocates nothing.
 */
public final class Simulation {
    private final EventCalendar calendar;
    private final List<Entry> entries = new ArrayList<>();
    private WeeklyStep[] steps = new WeeklyStep[0];
    private EventHandler handler = (week, kind, payload, cal) -> {
        throw new IllegalStateException("an event was scheduled but no handler is set");
    };

    private record Entry(int order, int insertion, WeeklyStep step) {
    }

    public Simulation() {
        calendar = new EventCalendar();
    }

    /** A simulation whose events fall mostly before {@code horizonWeeks}: its calendar is sized for them. */
    public Simulation(int horizonWeeks) {
        calendar = new EventCalendar(horizonWeeks);
    }

    public EventCalendar calendar() {
        return calendar;
    }

    public Simulation onEvent(EventHandler eventHandler) {
        this.handler = eventHandler;
        return this;
    }

    /** Adds a weekly step at position {@code order} in the week. */
    public Simulation every(int order, WeeklyStep step) {
        entries.add(new Entry(order, entries.size(), step));
        steps = null; // ordered when the first week runs: a run adds all its steps first
        return this;
    }

    /**
     * Runs weeks {@code 0, 1, ...} until {@code finished} holds at the end of a week or
     * {@code horizonWeeks} weeks have run.
     *
     * @return the number of weeks run; equal to {@code horizonWeeks} for a run that did not finish
     *         unless it finished in its last week, which {@code finished} tells apart
     */
    public int run(int horizonWeeks, BooleanSupplier finished) {
        for (int week = 0; week < horizonWeeks; week++) {
            runWeek(week);
            if (finished.getAsBoolean()) {
                return week + 1;
            }
        }
        return horizonWeeks;
    }

    /** Runs one week: its due events, then its steps. */
    public void runWeek(int week) {
        if (steps == null) {
            entries.sort(Comparator.comparingInt(Entry::order).thenComparingInt(Entry::insertion));
            steps = new WeeklyStep[entries.size()];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = entries.get(i).step();
            }
        }
        while (calendar.pollDue(week)) {
            handler.handle(calendar.week(), calendar.kind(), calendar.payload(), calendar);
        }
        for (WeeklyStep step : steps) {
            step.step(week);
        }
    }
}
