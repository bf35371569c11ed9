package org.rolloutsim.engine;

/** One of the fixed phases of a simulated week (capacity, work, defects, ..., costs). */
@FunctionalInterface
public interface WeeklyStep {
    void step(int week);
}
