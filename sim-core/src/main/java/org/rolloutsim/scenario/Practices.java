package org.rolloutsim.scenario;

import java.util.Objects;
import org.rolloutsim.random.Distribution;

/**
 * How the programme works (MODEL.md 2.5): preparation, testing, training, the command centre,
 * support, learning between sites, care for the team, interface maintenance.
 *
 * @param prepWeeks               build starts this many weeks before a wave's go-live (78)
 * @param testCycles              test cycles before go-live (4)
 * @param testCycleWeeks          weeks per test cycle (3)
 * @param trainingWeeks           weeks of end-user training before go-live (12)
 * @param supportRatio            users per at-the-elbow supporter (15)
 * @param crossSiteEmbedding      future teams embedded in current go-lives (false)
 * @param wellnessCostPerFteWeek  wellness programme cost; above 0 means funded (0)
 * @param celebrateMilestones     mark each stabilized go-live (false)
 * @param interfaceMaintenanceFte maintenance staff for interfaces; {@code null} means just enough
 *                                for the sites' baseline interfaces
 */
public record Practices(
        int prepWeeks,
        int testCycles,
        int testCycleWeeks,
        int trainingWeeks,
        CommandCentre commandCentre,
        Distribution supportRatio,
        boolean crossSiteEmbedding,
        Distribution wellnessCostPerFteWeek,
        boolean celebrateMilestones,
        Distribution interfaceMaintenanceFte) {

    public static final int DEFAULT_PREP_WEEKS = 78;
    public static final int DEFAULT_TEST_CYCLES = 4;
    public static final int DEFAULT_TEST_CYCLE_WEEKS = 3;
    public static final int DEFAULT_TRAINING_WEEKS = 12;

    public Practices {
        if (prepWeeks < 1 || testCycles < 0 || testCycleWeeks < 1 || trainingWeeks < 0) {
            throw new IllegalArgumentException(
                    "need prepWeeks >= 1, testCycles >= 0, testCycleWeeks >= 1, trainingWeeks >= 0");
        }
        commandCentre = commandCentre == null ? CommandCentre.defaults() : commandCentre;
        supportRatio = supportRatio == null ? Distribution.constant(15) : supportRatio;
        wellnessCostPerFteWeek = wellnessCostPerFteWeek == null ? Distribution.constant(0) : wellnessCostPerFteWeek;
    }

    public static Practices defaults() {
        return new Practices(DEFAULT_PREP_WEEKS, DEFAULT_TEST_CYCLES, DEFAULT_TEST_CYCLE_WEEKS,
                DEFAULT_TRAINING_WEEKS, null, null, false, null, false, null);
    }

    /**
     * The command centre that runs each cut-over.
     *
     * @param weeklyCost cost per FTE-week; {@code null} means the consultants' weekly cost
     * @param minWeeks   weeks the command centre stays at least; {@code null} means the default: 2 weeks
     *                   under {@code governance.response: none}, else drawn per wave from
     *                   triangular(2, 3, 6) (MODEL.md 11.3)
     */
    public record CommandCentre(
            Distribution fte,
            Distribution weeklyCost,
            Integer minWeeks,
            Distribution exitIncidentsPerThousandUsers) {
        /** The fewest weeks a command centre stays when {@code minWeeks} is not given: 2 in v1, at least 2 drawn in v2. */
        public static final int SHORTEST_DEFAULT_STAY_WEEKS = 2;

        public CommandCentre {
            fte = Objects.requireNonNullElseGet(fte, () -> Distribution.constant(20));
            if (minWeeks != null && minWeeks < 0) {
                throw new IllegalArgumentException("commandCentre.minWeeks must be >= 0");
            }
            exitIncidentsPerThousandUsers = Objects.requireNonNullElseGet(
                    exitIncidentsPerThousandUsers, () -> Distribution.constant(0.5));
        }

        public static CommandCentre defaults() {
            return new CommandCentre(null, null, null, null);
        }
    }
}
