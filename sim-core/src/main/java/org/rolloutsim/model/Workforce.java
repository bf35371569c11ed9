package org.rolloutsim.model;

/**
 * The implementation team of one run (MODEL.md 5): head-count by type (staff, consultants,
 * vendor), newcomers ramping up, and the team's accumulated time on the programme.
 *
 * <p>At week 0 every person is experienced; only replacements ramp up. A newcomer who has been on
 * the programme {@code weeksOn} weeks contributes {@code weeksOn / rampUpWeeks} of a person-week
 * and costs the experienced {@code mentoringOverhead} person-weeks a week until fully ramped.
 * Newcomers are held in a ring of weekly cohorts, and the sum of their weeks on is kept up to date
 * as the clock advances, so that neither a week nor a capacity reading allocates or loops.
 */
final class Workforce {
    static final int STAFF = 0;
    static final int CONSULTANTS = 1;
    static final int VENDOR = 2;
    /** Surge consultants brought in by a programme review (MODEL.md 11.4); none in v1. */
    static final int SURGE = 3;
    static final int TYPES = 4;

    private final int[] experienced = new int[TYPES];
    private final int[] ramping = new int[TYPES];
    /** Sum over ramping newcomers of the weeks each has been on the programme. */
    private final long[] rampingWeeksOn = new long[TYPES];
    private final int rampUpWeeks;
    private final int[][] cohortSize;
    private final int[][] cohortWeek;
    private final double[] weight = new double[TYPES];
    private final double mentoringOverhead;
    private double tenureWeeks;
    private int clock;

    /**
     * @param people      people of each type at week 0 ({@code round(fte)})
     * @param rampUpWeeks weeks a newcomer takes to reach full productivity (0: at once)
     * @param partnership in [0, 1]; consultants and vendor work at {@code 0.7 + 0.3 * partnership}
     */
    Workforce(int[] people, int rampUpWeeks, double partnership, double mentoringOverhead) {
        System.arraycopy(people, 0, experienced, 0, Math.min(people.length, TYPES));
        this.rampUpWeeks = Math.max(0, rampUpWeeks);
        int slots = Math.max(1, this.rampUpWeeks);
        cohortSize = new int[TYPES][slots];
        cohortWeek = new int[TYPES][slots];
        weight[STAFF] = 1;
        weight[CONSULTANTS] = 0.7 + 0.3 * partnership;
        weight[VENDOR] = 0.7 + 0.3 * partnership;
        weight[SURGE] = weight[CONSULTANTS];
        this.mentoringOverhead = mentoringOverhead;
    }

    int headcount(int type) {
        return experienced[type] + ramping[type];
    }

    /** People of every type who have served their ramp-up (everyone at week 0). */
    int experienced() {
        return experienced[STAFF] + experienced[CONSULTANTS] + experienced[VENDOR] + experienced[SURGE];
    }

    int headcount() {
        return headcount(STAFF) + headcount(CONSULTANTS) + headcount(VENDOR) + headcount(SURGE);
    }

    /**
     * Moves the clock to {@code week}: newcomers serve the weeks passed, and those who have served
     * their ramp-up become experienced. Called at least once every week, before capacity is read.
     */
    void advance(int week) {
        if (rampUpWeeks == 0 || ramping[STAFF] + ramping[CONSULTANTS] + ramping[VENDOR] + ramping[SURGE] == 0) {
            clock = week; // nobody is ramping: nothing to serve, nobody to graduate
            return;
        }
        int passed = week - clock;
        if (passed > 0) {
            for (int t = 0; t < TYPES; t++) {
                rampingWeeksOn[t] += (long) ramping[t] * passed;
            }
            clock = week;
        }
        int slot = week % rampUpWeeks;
        for (int t = 0; t < TYPES; t++) {
            int n = cohortSize[t][slot];
            if (n > 0 && week - cohortWeek[t][slot] >= rampUpWeeks) {
                experienced[t] += n;
                ramping[t] -= n;
                rampingWeeksOn[t] -= (long) n * (week - cohortWeek[t][slot]);
                cohortSize[t][slot] = 0;
            }
        }
    }

    /** {@code count} replacements of {@code type} join in {@code week}, with no tenure yet. */
    void arrive(int type, int count, int week) {
        advance(week);
        if (rampUpWeeks == 0) {
            experienced[type] += count;
            return;
        }
        int slot = week % rampUpWeeks;
        cohortSize[type][slot] += count;
        cohortWeek[type][slot] = week;
        ramping[type] += count;
    }

    /**
     * Up to {@code count} people of {@code type} leave in {@code week}: the experienced first, then
     * newcomers. They take the team's mean tenure with them.
     *
     * @return how many left
     */
    int leave(int type, int count, int week) {
        advance(week);
        int total = headcount();
        int gone = Math.min(count, headcount(type));
        if (gone <= 0) {
            return 0;
        }
        tenureWeeks -= gone * (tenureWeeks / total);
        int fromExperienced = Math.min(gone, experienced[type]);
        experienced[type] -= fromExperienced;
        int rest = gone - fromExperienced;
        for (int slot = 0; rest > 0 && slot < cohortSize[type].length; slot++) {
            int take = Math.min(rest, cohortSize[type][slot]);
            cohortSize[type][slot] -= take;
            ramping[type] -= take;
            rampingWeeksOn[type] -= (long) take * (clock - cohortWeek[type][slot]);
            rest -= take;
        }
        return gone;
    }

    /** Everyone of {@code type} leaves the team in {@code week} (surge staff released). */
    void release(int type, int week) {
        leave(type, headcount(type), week);
    }

    /**
     * Effective person-weeks of one normal week at full freshness, at the clock's week: experienced
     * people, plus newcomers by how far they have ramped, less mentoring, weighted by partnership
     * for consultants and vendor.
     */
    double baseCapacity() {
        double capacity = 0;
        for (int t = 0; t < TYPES; t++) {
            double people = experienced[t];
            if (ramping[t] > 0) {
                people += (double) rampingWeeksOn[t] / rampUpWeeks - mentoringOverhead * ramping[t];
            }
            capacity += weight[t] * Math.max(0, people);
        }
        return capacity;
    }

    /** Everyone on the team serves another week. */
    void accrueTenure() {
        tenureWeeks += headcount();
    }

    /** Mean time on the programme of the people on the team now, in years. */
    double meanTenureYears() {
        int n = headcount();
        return n == 0 ? 0 : tenureWeeks / n / 52.0;
    }
}
