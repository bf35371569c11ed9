package org.rolloutsim.engine;

/** Handles the dated events of a simulation; may schedule further events. */
@FunctionalInterface
public interface EventHandler {
    void handle(int week, int kind, int payload, EventCalendar calendar);
}
