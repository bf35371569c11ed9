package org.rolloutsim.model;

/**
 * How many hours the team works next week (MODEL.md 5 and 11.1; seed: "be attentive to team
 * fatigue"). Hours follow the work required at the planned pace, capped at {@code 1 + maxOvertime}.
 * In v1 every week a wave is in cut-over or stabilization is worked at the maximum. In v2 overtime
 * is a policy: stabilization work counts in the requirement like any other claim, and while the
 * team's fatigue is at or above {@code overtimeFatigueCap} it rests at normal hours, so a team
 * alternates sprints and rest instead of burning out.
 */
final class OvertimePolicy {
    private final double maxOvertime;
    private final boolean managed;
    private final double fatigueCap;

    /**
     * @param managed    the rules of MODEL.md 11 apply
     * @param fatigueCap fatigue at or above which the team works normal hours (v2)
     */
    OvertimePolicy(double maxOvertime, boolean managed, double fatigueCap) {
        this.maxOvertime = maxOvertime;
        this.managed = managed;
        this.fatigueCap = fatigueCap;
    }

    /**
     * The hours factor for next week, 1 to {@code 1 + maxOvertime}.
     *
     * @param required  person-weeks a week the active waves need at the planned pace
     * @param capacity  person-weeks a week the team gives at normal hours
     * @param fatigue   the team's fatigue now
     * @param anyLive   some wave is in cut-over or stabilization
     */
    double hours(double required, double capacity, double fatigue, boolean anyLive) {
        if (!managed && anyLive) {
            return 1 + maxOvertime; // v1: cut-over and stabilization, all hands
        }
        if (managed && fatigue >= fatigueCap) {
            return 1; // the rest rule
        }
        double h = capacity > 0 ? required / capacity : (required > 0 ? 1 + maxOvertime : 1);
        return Math.max(1, Math.min(1 + maxOvertime, h));
    }
}
