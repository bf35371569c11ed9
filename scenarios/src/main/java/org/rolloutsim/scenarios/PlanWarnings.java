package org.rolloutsim.scenarios;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rolloutsim.model.PlannedWave;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenario.Response;
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
 * likely than the risk it mitigates. A third: {@code governance.response: none} with the effort or
 * defect density left to its default, which is then v1's, not the v2 default the same plan has
 * under the other responses.
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
        v1Calibration(scenario).ifPresent(out::add);
        return out;
    }

    /** What a planner tuning {@code scenario} may want to know, each one sentence; empty when nothing. */
    public static List<String> advice(Scenario scenario) {
        return TestExitEdge.of(scenario).stream().toList();
    }

    /**
     * Under {@code governance.response: none} the effort and defect density a scenario leaves to their defaults take
     * v1's (docs/scenario-format.md): effort per workflow has a mean of 1.5 person-weeks instead of
     * 4, so the same plan carries about three-eighths of the build work it carries under
     * {@code standard} or {@code full}. Read as "the same programme with no response", such a run
     * finishes on plan with a team the managed runs find short (eight hospitals in four waves with
     * their staff halved: 99% on time under {@code none}, 62% under {@code none} with the v2
     * defaults set, 61% under {@code standard}), so a comparison credits the response with what is a
     * change of estimate. Said only when the scenario leaves one of the two to its default.
     */
    private static Optional<String> v1Calibration(Scenario scenario) {
        if (scenario.governance().response() != Response.NONE) {
            return Optional.empty();
        }
        List<String> defaulted = new ArrayList<>();
        for (Parameter p : List.of(Parameter.EFFORT_PER_WORKFLOW, Parameter.DEFECTS_PER_PERSON_WEEK)) {
            if (!scenario.parameters().isOverridden(p)) {
                defaulted.add(p.key() + " has a mean of " + twoDecimals(p.defaultFor(Response.NONE).mean()) + " ("
                        + twoDecimals(p.defaultValue().mean()) + " under standard and full)");
            }
        }
        if (defaulted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("governance.response none runs the v1 rules, kept for comparison, and v1's defaults: "
                + String.join(" and ", defaulted) + ", so its runs are not this plan with no response;"
                + " to compare responses, set " + (defaulted.size() == 1 ? "it" : "them")
                + " under parameters");
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

    private static String twoDecimals(double x) {
        return String.format(Locale.ROOT, "%.2f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
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
