package org.rolloutsim.stats;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.rolloutsim.scenario.Program;

/**
 * What the programme promised: a week by which every wave is stabilized and a budget for
 * programme cost. Either may be absent; the probabilities that need it are then NaN.
 */
public record Targets(OptionalInt targetWeek, OptionalDouble budget) {
    public static final Targets NONE = new Targets(OptionalInt.empty(), OptionalDouble.empty());

    public Targets {
        Objects.requireNonNull(targetWeek, "targetWeek");
        Objects.requireNonNull(budget, "budget");
    }

    /** The targets a scenario's programme states. */
    public static Targets of(Program program) {
        return new Targets(program.targetWeek(), program.budget());
    }

    public static Targets of(int targetWeek, double budget) {
        return new Targets(OptionalInt.of(targetWeek), OptionalDouble.of(budget));
    }
}
