package org.rolloutsim.scenarios;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rolloutsim.model.PlannedWave;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;

/**
 * What is valid in a scenario but cannot be what its author meant, said as warnings: the scenario
 * still runs (it may be a deliberate what-if), but its results read otherwise as a finding of the
 * simulation. The command line prints each on {@code stderr}; the report states it in its summary.
 *
 * <p>One such: a plan whose own schedule ends after its target. The last go-live of the baseline
 * (snapped to go-live windows, as the runs start from it) plus the command centre's minimum stay
 * comes after {@code program.targetWeek}: no run can finish on time even if everything goes to plan,
 * and the chance on time is 0% for that reason alone, not for any risk. Another: a mitigation more
 * likely than the risk it mitigates.
 *
 * <p>Apart from the warnings, {@link #advice} is what a planner tuning the plan may want to know but
 * which is no mistake: a test exit on a knife edge ({@link TestExitEdge}). The model's defaults sit
 * on that edge by design (MODEL.md 11.3: "four cycles just pass"), so said with every run it would
 * be said of every bundled scenario; {@code rollout validate} says it, as a note.
 */
public final class PlanWarnings {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private PlanWarnings() {
    }

    /** The warnings of {@code scenario}, each one sentence; empty when there are none. */
    public static List<String> of(Scenario scenario) {
        List<String> out = new ArrayList<>();
        targetBeforePlan(scenario).ifPresent(out::add);
        mitigationsMoreLikely(scenario, out);
        return out;
    }

    /** What a planner tuning {@code scenario} may want to know, each one sentence; empty when nothing. */
    public static List<String> advice(Scenario scenario) {
        return TestExitEdge.of(scenario).stream().toList();
    }

    /**
     * A mitigation whose probability (its mean) is above the risk's own makes the risk more likely
     * under {@code --mitigated}, which then reads worse for a reason nobody meant: most likely a
     * probability typed where another was meant. It may be deliberate (a mitigation that trades a
     * likelier risk for a smaller impact), so it is a warning.
     */
    private static void mitigationsMoreLikely(Scenario scenario, List<String> out) {
        for (Risk risk : scenario.risks()) {
            if (risk.mitigation() == null) {
                continue;
            }
            double own = risk.probability().mean();
            double mitigated = risk.mitigation().probability().mean();
            if (mitigated > own) {
                out.add(String.format(Locale.ROOT, "risk %s: its mitigation makes it more likely, not less"
                        + " (probability %s after mitigation against %s before; risks.%s.mitigation.probability),"
                        + " so --mitigated shows it occurring more often", risk.id(), number(mitigated), number(own),
                        risk.id()));
            }
        }
    }

    private static String number(double p) {
        return String.format(Locale.ROOT, "%.3f", p).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * The warnings a report states in its summary: those that change how its results read (a plan
     * that cannot meet its target makes its 0% on time a fact of the plan, not a risk).
     */
    public static List<String> forReport(Scenario scenario) {
        List<String> out = new ArrayList<>();
        targetBeforePlan(scenario).ifPresent(out::add);
        return out;
    }

    private static Optional<String> targetBeforePlan(Scenario scenario) {
        Program program = scenario.program();
        if (program.targetWeek().isEmpty()) {
            return Optional.empty();
        }
        int target = program.targetWeek().getAsInt();
        PlannedWave last = null;
        for (PlannedWave wave : RolloutModel.baselinePlan(scenario)) {
            if (last == null || wave.goLiveWeek() >= last.goLiveWeek()) {
                last = wave;
            }
        }
        int stay = commandCentreStay(scenario);
        int earliest = earliestClose(last.goLiveWeek(), stay);
        if (earliest > target) {
            return Optional.of("the plan cannot meet its own target: its last go-live (wave " + last.id() + ", week "
                    + last.goLiveWeek() + ", " + DATE.format(program.start().plusWeeks(last.goLiveWeek()))
                    + ") and its command centre's minimum stay of " + stay + (stay == 1 ? " week" : " weeks")
                    + " end in week " + earliest + " at the earliest, after the target (week " + target + ", "
                    + DATE.format(program.start().plusWeeks(target)) + "; program.targetWeek), so no run can"
                    + " finish on time even if everything goes to plan");
        }
        return Optional.empty();
    }

    /**
     * The fewest weeks the model keeps a wave's command centre: {@code practices.commandCentre.minWeeks}
     * when set, else the shortest default stay, and one week at least.
     */
    static int commandCentreStay(Scenario scenario) {
        Integer minWeeks = scenario.practices().commandCentre().minWeeks();
        return Math.max(1, minWeeks == null ? Practices.CommandCentre.SHORTEST_DEFAULT_STAY_WEEKS : minWeeks);
    }

    /** A command centre closes at the earliest in the week it has stayed its minimum: the go-live week counts. */
    static int earliestClose(int goLiveWeek, int stay) {
        return goLiveWeek + stay - 1;
    }
}
